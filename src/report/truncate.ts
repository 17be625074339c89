// Reporter › size limit: cuts a rendered Markdown body that GitHub would reject as too long. Used for the
// pull-request comment and the tracking issue (the renderers that fill to a budget cut first; this is the
// last guard that holds for any body).

/** GitHub rejects comment and issue bodies over 65,536 characters; bodies stay well below. */
export const MARKDOWN_BODY_LIMIT = 60_000;

/**
 * Cuts `body` to at most `limit` characters at a line boundary, closes a code fence left open by the cut,
 * and appends `note` (already in the report's language, e.g. "… 42 more findings in the job log").
 * A body within the limit comes back unchanged.
 */
export function truncateMarkdown(body: string, note: string, limit: number = MARKDOWN_BODY_LIMIT): string {
  if (body.length <= limit) return body;
  const tail = `\n\n${note}`;
  const budget = Math.max(0, limit - tail.length - 8);
  let cut = body.slice(0, budget);
  const lastNewline = cut.lastIndexOf('\n');
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const fence = unclosedFence(cut);
  if (fence) cut += `\n${fence}`;
  return `${cut}${tail}`;
}

/** The opening run of a fenced code block (CommonMark §4.5) left open at the end of `markdown`, or null. */
function unclosedFence(markdown: string): string | null {
  let open: string | null = null;
  for (const line of markdown.split('\n')) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) continue;
    const run = fence[1] ?? '';
    if (open === null) open = run;
    else if (run[0] === open[0] && run.length >= open.length && (fence[2] ?? '').trim() === '') open = null;
  }
  return open;
}
