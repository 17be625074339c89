import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  describeReason
} from "./chunk-QN5TL3GJ.js";
import {
  RULES
} from "./chunk-7XZYIZTT.js";
import {
  format
} from "./chunk-6UP4LFZW.js";

// src/report/workflow-commands.ts
var CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;
function hex(char) {
  const code = char.charCodeAt(0);
  return code < 256 ? `%${code.toString(16).toUpperCase().padStart(2, "0")}` : `%u${code.toString(16).toUpperCase()}`;
}
function escapeWorkflowValue(value) {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(CONTROL, hex).replace(/^::/, "%3A:");
}
function escapeWorkflowProperty(value) {
  return escapeWorkflowValue(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/report/group.ts
function groupBySection(items, sections) {
  const sorted = [...items].sort((a, b) => a.line - b.line);
  const known = sections !== void 0 && sections.length > 0;
  const lastHeading = /* @__PURE__ */ new Map();
  let next = 0;
  const groups = [];
  for (const item of sorted) {
    let headingLine = -1;
    if (known) {
      while (next < sections.length && sections[next].line <= item.line) {
        lastHeading.set(sections[next].title, sections[next].line);
        next++;
      }
      headingLine = lastHeading.get(item.section) ?? -1;
    }
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

// src/report/messages.ts
var TEXT = {
  error: { en: "error", zh: "\u9519\u8BEF" },
  warning: { en: "warning", zh: "\u8B66\u544A" },
  unnamedSection: { en: "(before the first heading)", zh: "\uFF08\u9996\u4E2A\u6807\u9898\u4E4B\u524D\uFF09" },
  clean: { en: "No problems found.", zh: "\u672A\u53D1\u73B0\u95EE\u9898\u3002" },
  movedTo: { en: "moved to {url}", zh: "\u5DF2\u8FC1\u79FB\u81F3 {url}" },
  line: { en: "line {line}", zh: "\u7B2C {line} \u884C" },
  reportTitle: { en: "tracker-bot report", zh: "tracker-bot \u68C0\u67E5\u62A5\u544A" },
  problems: { en: "Problems", zh: "\u95EE\u9898" },
  links: { en: "Links", zh: "\u94FE\u63A5" },
  rule: { en: "Rule", zh: "\u89C4\u5219" },
  count: { en: "Count", zh: "\u6570\u91CF" },
  truncated: {
    en: "\u2026 {count} more rows not shown; the job summary of this run has the full list.",
    zh: "\u2026\u2026\u53E6\u6709 {count} \u884C\u672A\u663E\u793A\uFF1B\u5B8C\u6574\u5217\u8868\u89C1\u672C\u6B21\u8FD0\u884C\u7684 job summary\u3002"
  },
  linksChecked: { en: "Links checked: {parts}", zh: "\u5DF2\u68C0\u67E5\u7684\u94FE\u63A5\uFF1A{parts}" },
  fixableHint: {
    en: "{count} fixable with tracker-bot fix",
    zh: "\u5176\u4E2D {count} \u4E2A\u53EF\u7528 tracker-bot fix \u81EA\u52A8\u4FEE\u590D"
  }
};
function sectionName(section, lang) {
  return section ?? format(TEXT.unnamedSection, lang);
}
var NOUNS = {
  error: { en: ["error", "errors"], zh: "\u4E2A\u9519\u8BEF" },
  warning: { en: ["warning", "warnings"], zh: "\u4E2A\u8B66\u544A" },
  fix: { en: ["fix", "fixes"], zh: "\u5904\u4FEE\u590D" },
  file: { en: ["file", "files"], zh: "\u4E2A\u6587\u4EF6" },
  row: { en: ["row", "rows"], zh: "\u884C" },
  suggestion: { en: ["one-click suggestion", "one-click suggestions"], zh: "\u6761\u4FEE\u590D\u5EFA\u8BAE" },
  dead: { en: ["dead", "dead"], zh: "\u4E2A\u5931\u6548" },
  redirected: { en: ["moved", "moved"], zh: "\u4E2A\u5DF2\u8FC1\u79FB" },
  blocked: { en: ["blocked", "blocked"], zh: "\u4E2A\u88AB\u62E6\u622A" },
  error_check: { en: ["failed to check", "failed to check"], zh: "\u4E2A\u68C0\u67E5\u5931\u8D25" },
  alive: { en: ["alive", "alive"], zh: "\u4E2A\u6B63\u5E38" },
  skipped: { en: ["skipped", "skipped"], zh: "\u4E2A\u5DF2\u8DF3\u8FC7" }
};
function countOf(count, noun, lang) {
  const words = NOUNS[noun];
  return lang === "zh" ? `${count} ${words.zh}` : `${count} ${words.en[count === 1 ? 0 : 1]}`;
}
function listOf(parts, lang) {
  return parts.join(lang === "zh" ? "\uFF0C" : ", ");
}
function countsHeadline(counts, lang) {
  const parts = [];
  if (counts.errors > 0) parts.push(countOf(counts.errors, "error", lang));
  if (counts.warnings > 0) parts.push(countOf(counts.warnings, "warning", lang));
  return listOf(parts, lang);
}
function linksLine(links, lang) {
  if (!links) return "";
  const order = [["dead", "dead"], ["redirected", "redirected"], ["blocked", "blocked"], ["error", "error_check"], ["alive", "alive"], ["skipped", "skipped"]];
  const parts = order.filter(([v]) => links[v] > 0).map(([v, noun]) => countOf(links[v], noun, lang));
  return parts.length === 0 ? "" : format(TEXT.linksChecked, lang, { parts: listOf(parts, lang) });
}
var LINK_PROBLEM = {
  dead: { en: "Dead link: {reason}", zh: "\u94FE\u63A5\u5931\u6548\uFF1A{reason}" },
  redirected: { en: "Link moved permanently to {finalUrl}", zh: "\u94FE\u63A5\u5DF2\u6C38\u4E45\u8FC1\u79FB\u81F3 {finalUrl}" },
  blocked: { en: "Link not judged: {reason}", zh: "\u65E0\u6CD5\u5224\u65AD\u94FE\u63A5\uFF1A{reason}" },
  error: { en: "Link check failed: {reason}", zh: "\u94FE\u63A5\u68C0\u67E5\u5931\u8D25\uFF1A{reason}" },
  alive: { en: "Link alive", zh: "\u94FE\u63A5\u6B63\u5E38" },
  skipped: { en: "Link skipped: {reason}", zh: "\u5DF2\u8DF3\u8FC7\u94FE\u63A5\uFF1A{reason}" }
};
function linkReason(link, lang) {
  return describeReason(link.reason, lang, { ...link.retryAt ? { retryAt: link.retryAt } : {}, ...link.checkedAt ? { checkedAt: link.checkedAt } : {} });
}
function linkProblem(link, lang) {
  return format(LINK_PROBLEM[link.verdict], lang, { reason: linkReason(link, lang), finalUrl: link.finalUrl ?? "" });
}
var LINK_MESSAGE = {
  dead: { en: "Dead link, {why}: {title} {url}", zh: "\u94FE\u63A5\u5931\u6548\uFF0C{why}\uFF1A{title} {url}" },
  redirected: { en: "Link moved permanently: {title} {url} \u2192 {finalUrl}", zh: "\u94FE\u63A5\u5DF2\u6C38\u4E45\u8FC1\u79FB\uFF1A{title} {url} \u2192 {finalUrl}" },
  blocked: { en: "Link not judged, {why}: {title} {url}", zh: "\u65E0\u6CD5\u5224\u65AD\uFF0C{why}\uFF1A{title} {url}" },
  error: { en: "Link check failed, {why}: {title} {url}", zh: "\u94FE\u63A5\u68C0\u67E5\u5931\u8D25\uFF0C{why}\uFF1A{title} {url}" },
  alive: { en: "Link alive: {title} {url}", zh: "\u94FE\u63A5\u6B63\u5E38\uFF1A{title} {url}" },
  skipped: { en: "Link skipped, {why}: {title} {url}", zh: "\u5DF2\u8DF3\u8FC7\u94FE\u63A5\uFF0C{why}\uFF1A{title} {url}" }
};
function linkMessage(link, lang) {
  const why = linkReason(link, lang);
  return format(LINK_MESSAGE[link.verdict], lang, { why, title: link.title, url: link.url, finalUrl: link.finalUrl ?? "" }).replace(/\s+/g, " ").trim();
}
var RULE_WORDS = new Map(RULES.map((rule) => [rule.id, rule.description]));
function ruleWords(rule, lang) {
  const words = RULE_WORDS.get(rule);
  return words ? format(words, lang) : rule;
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
var CONTROL2 = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
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
  return text.replace(CONTROL2, (c) => c === "	" || c === "\n" || c === "\r" || c === "\u2028" || c === "\u2029" ? " " : "").replace(/@(?=[\p{L}\p{N}_-])/gu, `@${ZWSP}`).replace(/#(?=\d)/g, `#${ZWSP}`).replace(/(GH)-(?=\d)/gi, `$1${ZWSP}-`).replace(/(www)\./gi, `$1${ZWSP}.`).replace(/\/(?=\/)/g, `/${ZWSP}`).replace(/:(?=\/)/g, `:${ZWSP}`).replace(SYNTAX, (c) => NAMED[c] ?? `&#${c.charCodeAt(0)};`);
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
  escapeWorkflowValue,
  escapeWorkflowProperty,
  groupBySection,
  fold,
  TEXT,
  sectionName,
  countOf,
  listOf,
  countsHeadline,
  linksLine,
  linkReason,
  linkProblem,
  linkMessage,
  ruleWords,
  codeSpan,
  codeBlock,
  neutralize,
  cutText,
  markdownLink,
  tableCell
};
