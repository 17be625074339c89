// Makes untrusted text (cell contents, URLs, titles from a pull request) safe to embed in a
// GitHub comment or issue: no HTML, no @mentions that ping people, no autolinked URLs.

/** Wrap text in a code span that its own backticks cannot close. */
export function codeSpan(text: string): string {
  const single = text.replace(/\r?\n/g, ' ');
  const longestRun = Math.max(0, ...(single.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = single.startsWith('`') || single.endsWith('`') || single.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${single}${pad}${fence}`;
}

/** A fenced code block (info string `info`) whose fence is longer than any backtick run inside `text`. */
export function codeBlock(text: string, info = ''): string {
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${info}\n${text}\n${fence}`;
}

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/g;

/** Escape HTML, break @mentions and #references' auto-linking of users, and fence bare URLs. */
export function neutralize(text: string): string {
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
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(?=[\w-])/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/** Escape a value for a Markdown table cell. */
export function tableCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
