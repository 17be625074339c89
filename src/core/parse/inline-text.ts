// Parse stage helper: plain text of a short inline Markdown string (headings, cells), for titles,
// sorting and comparisons. Not a full inline parser: links and images become their text,
// emphasis/code/strike markers, HTML tags and backslash escapes are dropped. Linear time on any input.

const ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function unescapeMarkdown(text: string): string {
  return text.indexOf('\\') === -1 ? text : text.replace(ESCAPABLE, '$1');
}

export function stripInlineMarkup(text: string): string {
  if (!/[\\`*_~[\]<&!]/.test(text)) return text.trim();
  const placeholders: string[] = [];
  const hold = (value: string): string => {
    placeholders.push(value);
    return `\u0000${placeholders.length - 1}\u0000`;
  };
  // Every pass is a regex without nested quantifiers or a scanner that reads each character a bounded number
  // of times: heading and cell text comes from strangers, and one backtracking pattern made a 40 KB heading
  // take 34 s.
  let out = text.replace(ESCAPABLE, (_m, ch: string) => hold(ch));
  out = holdCodeSpans(out, hold);
  out = replaceLinks(out);
  out = out.replace(/<((?:https?|mailto):[^<>\s]*)>/gi, '$1');
  out = removeHtml(out);
  out = out.replace(/[*~]+/g, '');
  out = removeFlankingUnderscores(out);
  out = out.replace(/&(#x[0-9a-f]{1,8}|#[0-9]{1,8}|[a-z]{1,32});/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
  out = out.replace(/\u0000(\d+)\u0000/g, (_m, index: string) => placeholders[Number(index)] ?? '');
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Code spans (CommonMark §6.1): a backtick run opens one that the next run of the same length closes; a run
 * with no such partner is literal. Each run is matched once, through a "next run of this length" table.
 */
function holdCodeSpans(text: string, hold: (value: string) => string): string {
  if (text.indexOf('`') === -1) return text;
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 96) continue;
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 96) j++;
    starts.push(i);
    lengths.push(j - i);
    i = j - 1;
  }
  const nextSameLength = new Array<number>(starts.length);
  const latest = new Map<number, number>();
  for (let k = starts.length - 1; k >= 0; k--) {
    nextSameLength[k] = latest.get(lengths[k]!) ?? -1;
    latest.set(lengths[k]!, k);
  }
  let out = '';
  let pos = 0;
  for (let k = 0; k < starts.length; ) {
    const close = nextSameLength[k]!;
    if (close === -1) {
      k++;
      continue;
    }
    let code = text.slice(starts[k]! + lengths[k]!, starts[close]).replace(/\r?\n/g, ' ');
    if (code.length >= 2 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
    out += text.slice(pos, starts[k]) + hold(code);
    pos = starts[close]! + lengths[close]!;
    k = close + 1;
  }
  return out + text.slice(pos);
}

/**
 * Inline links and images `[text](destination "title")` and reference links `[text][label]` become their
 * text. The label runs from the first `[` after the previous `]` (no nesting, as before); a destination scan
 * stops at the first character that cannot continue it, so each character is read a bounded number of times.
 */
function replaceLinks(text: string): string {
  if (text.indexOf(']') === -1) return text;
  let out = '';
  let pos = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 /* [ */) {
      if (open === -1) open = i;
      continue;
    }
    if (code !== 93 /* ] */) continue;
    if (open !== -1) {
      const next = text.charCodeAt(i + 1);
      const end = next === 40 ? inlineDestinationEnd(text, i + 1) : next === 91 ? text.indexOf(']', i + 2) + 1 || -1 : -1;
      if (end !== -1) {
        const start = open > pos && text.charCodeAt(open - 1) === 33 /* ! */ ? open - 1 : open;
        out += text.slice(pos, start) + text.slice(open + 1, i);
        pos = end;
        i = end - 1;
      }
    }
    open = -1;
  }
  return out + text.slice(pos);
}

/** Index just past `(destination "title")` starting at text[at] === '(', or -1. */
function inlineDestinationEnd(text: string, at: number): number {
  let i = at + 1;
  while (i < text.length) {
    const char = text[i]!;
    if (char === ')') return i + 1;
    if (char === '(') {
      let j = i + 1;
      while (j < text.length && text[j] !== '(' && text[j] !== ')') j++;
      if (text[j] !== ')') return -1;
      i = j + 1;
    } else if (/\s/.test(char)) {
      while (i < text.length && /\s/.test(text[i]!)) i++;
      if (text[i] !== '"') return -1;
      const close = text.indexOf('"', i + 1);
      return close !== -1 && text[close + 1] === ')' ? close + 2 : -1;
    } else {
      i++;
    }
  }
  return -1;
}

/** HTML tags `<a …>`, `</a>` and comments `<!-- … -->` are dropped; a `<` that starts neither is text. */
function removeHtml(text: string): string {
  if (text.indexOf('<') === -1) return text;
  let out = '';
  let pos = 0;
  let noMoreClose = false;
  let noMoreCommentEnd = false;
  for (let i = text.indexOf('<'); i !== -1 && i < text.length; i = text.indexOf('<', i + 1)) {
    if (i < pos) continue;
    let end = -1;
    if (text.startsWith('<!--', i)) {
      if (!noMoreCommentEnd) {
        const close = text.indexOf('-->', i + 4);
        if (close === -1) noMoreCommentEnd = true;
        else end = close + 3;
      }
    } else if (/^<\/?[A-Za-z]/.test(text.slice(i, i + 3)) && !noMoreClose) {
      const close = text.indexOf('>', i + 1);
      if (close === -1) noMoreClose = true;
      else end = close + 1;
    }
    if (end === -1) continue;
    out += text.slice(pos, i);
    pos = end;
    i = end - 1;
  }
  return out + text.slice(pos);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Emphasis underscores: a run of `_` is dropped unless it sits inside a word (snake_case stays). */
function removeFlankingUnderscores(text: string): string {
  if (text.indexOf('_') === -1) return text;
  let out = '';
  let pos = 0;
  for (let i = text.indexOf('_'); i !== -1; i = text.indexOf('_', i)) {
    let j = i;
    while (text.charCodeAt(j) === 95) j++;
    const before = i > 0 ? String.fromCodePoint(text.codePointAt(i - 1 - (isLowSurrogate(text.charCodeAt(i - 1)) && i > 1 ? 1 : 0))!) : '';
    const after = j < text.length ? String.fromCodePoint(text.codePointAt(j)!) : '';
    if (!WORD_CHAR.test(before) || !WORD_CHAR.test(after)) {
      out += text.slice(pos, i);
      pos = j;
    }
    i = j;
  }
  return out + text.slice(pos);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
