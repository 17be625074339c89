// Parse stage helper: plain text of a short inline Markdown string (headings, cells), for titles,
// sorting and comparisons. Not a full inline parser: links and images become their text,
// emphasis/code/strike markers, HTML tags and backslash escapes are dropped.

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
  let out = text.replace(ESCAPABLE, (_m, ch: string) => hold(ch));
  out = out.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_m, _ticks: string, code: string) => hold(code.replace(/^ (.*) $/, '$1')));
  out = out.replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1');
  out = out.replace(/!?\[([^\]]*)\]\[[^\]]*\]/g, '$1');
  out = out.replace(/<((?:https?|mailto):[^>\s]*)>/gi, '$1');
  out = out.replace(/<\/?[A-Za-z][^>]*>|<!--[\s\S]*?-->/g, '');
  out = out.replace(/(\*+|~+)/g, '');
  out = out.replace(/(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1');
  out = out.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (match, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
  out = out.replace(/\u0000(\d+)\u0000/g, (_m, index: string) => placeholders[Number(index)] ?? '');
  return out.replace(/\s+/g, ' ').trim();
}
