import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/report/truncate.ts
var MARKDOWN_BODY_LIMIT = 6e4;
function truncateMarkdown(body, note, limit = MARKDOWN_BODY_LIMIT) {
  if (body.length <= limit) return body;
  const tail = `

${note}`;
  const budget = Math.max(0, limit - tail.length - 8);
  let cut = body.slice(0, budget);
  const lastNewline = cut.lastIndexOf("\n");
  if (lastNewline > 0) cut = cut.slice(0, lastNewline);
  else if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const fence = unclosedFence(cut);
  if (fence) cut += `
${fence}`;
  return `${cut}${tail}`;
}
function unclosedFence(markdown) {
  let open = null;
  for (const line of markdown.split("\n")) {
    const fence = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!fence) continue;
    const run = fence[1] ?? "";
    if (open === null) open = run;
    else if (run[0] === open[0] && run.length >= open.length && (fence[2] ?? "").trim() === "") open = null;
  }
  return open;
}

export {
  MARKDOWN_BODY_LIMIT,
  truncateMarkdown
};
