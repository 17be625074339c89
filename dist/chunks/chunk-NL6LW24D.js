import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/report/group.ts
function groupBySection(items, sections) {
  const sorted = [...items].sort((a, b) => a.line - b.line);
  const headingOf = (item) => {
    if (!sections || sections.length === 0) return -1;
    let found = -1;
    for (const section of sections) {
      if (section.line <= item.line && section.title === item.section) found = section.line;
      if (section.line > item.line) break;
    }
    return found;
  };
  const groups = [];
  for (const item of sorted) {
    const headingLine = headingOf(item);
    let group = groups[groups.length - 1];
    if (!group || group.section !== item.section || group.headingLine !== headingLine) {
      group = { section: item.section, headingLine, rows: [] };
      groups.push(group);
    }
    const row = group.rows[group.rows.length - 1];
    if (row && row.line === item.line) row.items.push(item);
    else group.rows.push({ line: item.line, items: [item] });
  }
  return groups;
}
function fold(summary, lines) {
  return ["", `<details><summary>${summary}</summary>`, "", ...lines, "", "</details>"];
}

// src/report/neutralize.ts
function longestBacktickRun(text) {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === "`" ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}
function codeSpan(text) {
  const single = text.replace(/\r\n?|\n/g, " ");
  const fence = "`".repeat(longestBacktickRun(single) + 1);
  const pad = single.startsWith("`") || single.endsWith("`") || single.startsWith(" ") ? " " : "";
  return `${fence}${pad}${single}${pad}${fence}`;
}
function codeBlock(text, info = "") {
  const fence = "`".repeat(Math.max(2, longestBacktickRun(text)) + 1);
  return `${fence}${info}
${text}
${fence}`;
}
var URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/g;
var SYNTAX = /[\\`*_[\]<>&|~$"]/g;
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" };
var ZWSP = "\u200B";
function neutralize(text, context = "markdown") {
  if (context === "html") return neutralizeProse(text);
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    parts.push(neutralizeProse(text.slice(last, match.index)));
    parts.push(codeSpan(match[0]));
    last = match.index + match[0].length;
  }
  parts.push(neutralizeProse(text.slice(last)));
  return parts.join("");
}
function neutralizeProse(text) {
  return text.replace(CONTROL, (c) => c === "	" || c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029" ? " " : "").replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`).replace(/(GH)-(?=\d)/gi, `$1${ZWSP}-`).replace(/(www)\./gi, `$1${ZWSP}.`).replace(/\/(?=\/)/g, `/${ZWSP}`).replace(/:(?=\/)/g, `:${ZWSP}`).replace(SYNTAX, (c) => NAMED[c] ?? `&#${c.charCodeAt(0)};`);
}
function cutText(text, max) {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}\u2026`;
}
function linkDestination(url) {
  return url.replace(/[()<>\s"]/g, (c) => c === "(" ? "%28" : c === ")" ? "%29" : encodeURIComponent(c));
}
function markdownLink(label, url) {
  return `[${label}](${linkDestination(url)})`;
}
function tableCell(text) {
  return text.replace(/\|/g, "\\|");
}

export {
  groupBySection,
  fold,
  codeSpan,
  codeBlock,
  neutralize,
  cutText,
  markdownLink,
  tableCell
};
