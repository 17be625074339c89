import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_KIND,
  renderMarkdown
} from "./chunk-MXWROGEJ.js";
import {
  TEXT,
  ruleWords,
  tableCell
} from "./chunk-A7EWG6JG.js";
import {
  countFindings,
  summarize
} from "./chunk-66EQE7WX.js";
import {
  format
} from "./chunk-6UP4LFZW.js";

// src/report/job-summary.ts
var SUMMARY_MAX_CHARS = 3e5;
var T = {
  own: { en: "This change", zh: "\u672C\u6B21\u4FEE\u6539" },
  before: { en: "Already there", zh: "\u5DF2\u5B58\u5728" },
  countsHeading: { en: "Counts by check", zh: "\u6309\u68C0\u67E5\u9879\u7EDF\u8BA1" },
  deadLinks: { en: "Dead links", zh: "\u5931\u6548\u94FE\u63A5" },
  movedLinks: { en: "Permanently moved links", zh: "\u5DF2\u6C38\u4E45\u8FC1\u79FB\u7684\u94FE\u63A5" },
  annotationsOmitted: {
    en: "{errors} error and {warnings} warning annotations were not shown (GitHub shows {limit} of each per step); every finding is listed below.",
    zh: "\u53E6\u6709 {errors} \u4E2A\u9519\u8BEF\u6CE8\u89E3\u548C {warnings} \u4E2A\u8B66\u544A\u6CE8\u89E3\u672A\u663E\u793A\uFF08GitHub \u6BCF\u4E2A\u6B65\u9AA4\u6BCF\u7C7B\u53EA\u663E\u793A {limit} \u4E2A\uFF09\uFF1B\u5168\u90E8\u95EE\u9898\u89C1\u4E0B\u65B9\u5217\u8868\u3002"
  }
};
function perKind(files, lang) {
  const counts = countFindings(files);
  const kinds = /* @__PURE__ */ new Map();
  const add = (key, count) => {
    if (count > 0) kinds.set(key, (kinds.get(key) ?? 0) + count);
  };
  for (const [rule, count] of counts.byRule) add(ruleWords(rule, lang), count);
  add(format(T.deadLinks, lang), counts.deadLinks);
  add(format(T.movedLinks, lang), counts.redirectedLinks);
  return kinds;
}
function countTable(files, preexisting, lang) {
  const own = perKind(files, lang);
  const before = preexisting ? perKind(preexisting, lang) : /* @__PURE__ */ new Map();
  const kinds = [.../* @__PURE__ */ new Set([...own.keys(), ...before.keys()])].sort(
    (a, b) => (own.get(b) ?? 0) - (own.get(a) ?? 0) || (before.get(b) ?? 0) - (before.get(a) ?? 0) || a.localeCompare(b)
  );
  if (kinds.length === 0) return [];
  const heading = ["", `#### ${format(T.countsHeading, lang)}`];
  if (!preexisting) {
    return [...heading, "", `| ${format(TEXT.problems, lang)} | ${format(TEXT.count, lang)} |`, "| :-- | --: |", ...kinds.map((k) => `| ${tableCell(k)} | ${own.get(k) ?? 0} |`)];
  }
  return [
    ...heading,
    "",
    `| ${format(TEXT.problems, lang)} | ${format(T.own, lang)} | ${format(T.before, lang)} |`,
    "| :-- | --: | --: |",
    ...kinds.map((k) => `| ${tableCell(k)} | ${own.get(k) ?? 0} | ${before.get(k) ?? 0} |`)
  ];
}
function renderJobSummary(files, options) {
  const { lang } = options;
  const lines = [];
  for (const note of options.notes ?? []) lines.push(`> ${note}`, "");
  const omitted = options.annotations?.omitted;
  if (omitted && omitted.error + omitted.warning > 0) {
    lines.push(`> ${format(T.annotationsOmitted, lang, { errors: omitted.error, warnings: omitted.warning, limit: ANNOTATIONS_PER_KIND })}`, "");
  }
  lines.push(...countTable(files, options.preexisting, lang));
  const report = renderMarkdown(files, summarize(files, options.withLinks), {
    lang,
    ...options.lineUrl ? { lineUrl: options.lineUrl } : {},
    ...options.preexisting ? { preexisting: options.preexisting } : {},
    ...options.hints ? { hints: options.hints } : {},
    ...options.appendix ? { appendix: options.appendix } : {},
    maxLength: SUMMARY_MAX_CHARS,
    foldAfter: 200
  });
  return `${report}
${lines.join("\n")}
`;
}

export {
  renderJobSummary
};
