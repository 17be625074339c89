// Reporter › neutralising: makes untrusted text (cell contents, URLs, titles, file names from a pull request)
// inert wherever the bot posts Markdown (comment, job summary, tracking issue, review, reply): no links,
// images, HTML, emphasis, @mentions, #N / owner/repo#N references or autolinks can come from it. Every
// renderer calls neutralize() (prose) or codeSpan()/codeBlock() (verbatim) on such text.

/** Characters that are the same in any code span: a space inside stays a space, a backtick run is fenced. */
function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

/** Wrap text in a code span that its own backticks cannot close (CommonMark §6.1); line breaks become spaces. */
export function codeSpan(text: string): string {
  const single = text.replace(/\r\n?|\n/g, ' ');
  const fence = '`'.repeat(longestBacktickRun(single) + 1);
  const pad = single.startsWith('`') || single.endsWith('`') || single.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${single}${pad}${fence}`;
}

/** A fenced code block (info string `info`) whose fence is longer than any backtick run inside `text`. */
export function codeBlock(text: string, info = ''): string {
  const fence = '`'.repeat(Math.max(2, longestBacktickRun(text)) + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/g;

/**
 * Markdown and HTML punctuation written as numeric character references. A reference is literal text in
 * CommonMark (§6.2) and in raw HTML alike, so this holds inside a <summary> or a table cell too. `(`, `)`,
 * `!` and `#` need no reference once `[`, `]` and `<` have one: they only make a link, image or heading
 * after those (or at the start of a line, where neutralised text never goes).
 */
const SYNTAX = /[\\`*_[\]<>&|~$"]/g;
/** Line breaks, other control characters and bidirectional overrides (which can disguise text). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' };
const ZWSP = '\u200b';

/**
 * Untrusted text as inert Markdown prose, one line: Markdown/HTML syntax written as character references,
 * bare http(s) URLs in code spans, and a zero-width space breaking what GitHub or GFM would link on its own —
 * `@user` / `@org/team` mentions and e-mail autolinks, `#12` / `owner/repo#12` / `GH-12` references, `www.`
 * and `//` autolinks. Renders as the same characters (plus the invisible breaks).
 *
 * `context: 'html'` is for text inside a raw HTML block (a `<summary>` line), where Markdown code spans are
 * not parsed: URLs are broken like the rest of the prose instead of fenced.
 */
export function neutralize(text: string, context: 'markdown' | 'html' = 'markdown'): string {
  if (context === 'html') return neutralizeProse(text);
  const parts: string[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    parts.push(neutralizeProse(text.slice(last, match.index)));
    parts.push(codeSpan(match[0]));
    last = match.index + match[0].length;
  }
  parts.push(neutralizeProse(text.slice(last)));
  return parts.join('');
}

function neutralizeProse(text: string): string {
  return text
    .replace(CONTROL, (c) => (c === '\t' || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029' ? ' ' : ''))
    .replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`)
    .replace(/#(?=\d)/g, `#${ZWSP}`)
    .replace(/(GH)-(?=\d)/gi, `$1${ZWSP}-`)
    .replace(/(www)\./gi, `$1${ZWSP}.`)
    .replace(/\/(?=\/)/g, `/${ZWSP}`)
    .replace(/:(?=\/)/g, `:${ZWSP}`)
    .replace(SYNTAX, (c) => NAMED[c] ?? `&#${c.charCodeAt(0)};`);
}

/**
 * Untrusted text cut to at most `max` characters (code points) with an ellipsis, before it is neutralised:
 * one long title costs one item its tail, never the rest of a report.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A URL the bot built or validated itself (a line link, an archived copy, a run or issue URL) made safe as a
 * Markdown link destination: `(`, `)`, `<`, `>`, `"` and whitespace percent-encoded, so it can neither end
 * the destination early nor start a title. Not for tracker text: untrusted URLs go in code spans.
 */
export function linkDestination(url: string): string {
  return url.replace(/[()<>\s"]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}

/** `[label](url)`: `label` is trusted Markdown (our own words), `url` one we built (see linkDestination). */
export function markdownLink(label: string, url: string): string {
  return `[${label}](${linkDestination(url)})`;
}

/** Escape a value for a Markdown table cell. */
export function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
