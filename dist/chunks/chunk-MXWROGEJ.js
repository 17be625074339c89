import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  TEXT,
  codeSpan,
  countsHeadline,
  cutText,
  escapeWorkflowProperty,
  escapeWorkflowValue,
  fold,
  groupBySection,
  linkMessage,
  linkProblem,
  linksLine,
  markdownLink,
  neutralize,
  ruleWords,
  sectionName
} from "./chunk-A7EWG6JG.js";
import {
  countFindings
} from "./chunk-66EQE7WX.js";
import {
  summary
} from "./chunk-6PBNNB3M.js";
import {
  format
} from "./chunk-6UP4LFZW.js";

// src/action/summary.ts
async function writeJobSummary(markdown) {
  if (!process.env["GITHUB_STEP_SUMMARY"]) return;
  await summary.addRaw(markdown, true).write();
}

// src/report/annotations.ts
var LINK_TITLE = {
  dead: { en: "Dead link", zh: "\u94FE\u63A5\u5931\u6548" },
  redirected: { en: "Link moved", zh: "\u94FE\u63A5\u5DF2\u8FC1\u79FB" }
};
function diagnosticAnnotation(file, d, lang = "en") {
  return {
    level: d.severity,
    file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    title: `tracker-bot: ${ruleWords(d.rule, lang)}`,
    message: d.message
  };
}
function linkAnnotation(file, link, message, lang = "en") {
  return {
    level: link.severity ?? (link.verdict === "dead" ? "error" : "warning"),
    file,
    line: link.line,
    title: `tracker-bot: ${LINK_TITLE[link.verdict === "dead" ? "dead" : "redirected"][lang]}`,
    message
  };
}
function renderAnnotation(a) {
  const props = [`file=${escapeWorkflowProperty(a.file)}`, `line=${a.line}`];
  if (a.column !== void 0) props.push(`col=${a.column}`);
  if (a.endLine !== void 0 && a.endLine !== a.line) props.push(`endLine=${a.endLine}`);
  else if (a.endColumn !== void 0) props.push(`endColumn=${a.endColumn}`);
  props.push(`title=${escapeWorkflowProperty(a.title)}`);
  return `::${a.level} ${props.join(",")}::${escapeWorkflowValue(a.message)}`;
}
var ANNOTATIONS_PER_KIND = 10;
function* annotationsOf(files) {
  for (const file of files) {
    for (const d of file.diagnostics) yield { ...diagnosticAnnotation(file.path, d, file.lang), source: "rule" };
    for (const link of file.links) {
      if (link.verdict !== "dead" && link.verdict !== "redirected") continue;
      yield { ...linkAnnotation(file.path, link, linkMessage(link, file.lang), file.lang), source: "link" };
    }
  }
}
function collectAnnotations(files) {
  return [...annotationsOf(files)];
}
function capAnnotations(files, options = {}) {
  const limit = options.limit ?? ANNOTATIONS_PER_KIND;
  const isNew = options.newFirst ?? (() => false);
  const priority = options.priority ?? (() => 0);
  const ranked = collectAnnotations(files).map((annotation, index) => ({ annotation, index, fresh: isNew(annotation.file, annotation.line), rank: priority(annotation) })).sort((a, b) => a.rank - b.rank || Number(b.fresh) - Number(a.fresh) || a.index - b.index);
  const result = { shownAnnotations: [], shown: { error: 0, warning: 0 }, omitted: { error: 0, warning: 0 } };
  for (const { annotation } of ranked) {
    const kind = annotation.level === "error" ? "error" : "warning";
    if (result.shown[kind] >= limit) {
      result.omitted[kind]++;
      continue;
    }
    result.shown[kind]++;
    const { source: _source, ...plain } = annotation;
    result.shownAnnotations.push(plain);
  }
  return result;
}

// src/report/markdown.ts
var PREEXISTING = {
  en: "Problems already in the file before this change ({count}, not blocking)",
  zh: "\u672C\u6B21\u4FEE\u6539\u4E4B\u524D\u5C31\u5DF2\u5B58\u5728\u7684\u95EE\u9898\uFF08{count} \u4E2A\uFF0C\u4E0D\u5F71\u54CD\u672C\u6B21\u68C0\u67E5\u7ED3\u679C\uFF09"
};
var NOT_JUDGED = {
  en: "Links not judged ({count}): blocked by the site or the check failed; not counted as dead",
  zh: "\u672A\u80FD\u5224\u65AD\u7684\u94FE\u63A5\uFF08{count} \u4E2A\uFF09\uFF1A\u88AB\u7F51\u7AD9\u62E6\u622A\u6216\u68C0\u67E5\u5931\u8D25\uFF0C\u4E0D\u8BA1\u4E3A\u5931\u6548"
};
var OWN_HEADLINE = { en: "On the lines this change touches: {counts}", zh: "\u672C\u6B21\u4FEE\u6539\u7684\u884C\uFF1A{counts}" };
var ROWS_FOLD = { en: "{count} rows with problems", zh: "{count} \u884C\u6709\u95EE\u9898" };
var MAX_ITEM_TEXT = 600;
var MAX_NAME_TEXT = 200;
var SUGGESTION_MAX_CHARS = 120;
function diagnosticProblem(d) {
  const icon = d.severity === "error" ? "\u274C" : "\u26A0\uFE0F";
  const expected = d.expected !== void 0 && d.expected !== "" && !d.message.includes(d.expected) && d.expected.length <= SUGGESTION_MAX_CHARS;
  const suggestion = expected ? ` \u2192 ${codeSpan(d.expected)}` : "";
  return { line: d.line, section: d.section, rank: d.severity === "error" ? 1 : 3, text: `${icon} ${neutralize(cutText(d.message, MAX_ITEM_TEXT))}${suggestion}` };
}
function linkProblemItem(link, lang) {
  const icon = link.verdict === "dead" ? "\u274C" : link.verdict === "redirected" ? "\u21AA\uFE0F" : link.verdict === "skipped" ? "\u23ED\uFE0F" : "\u2754";
  const url = link.verdict === "redirected" ? "" : ` ${codeSpan(cutText(link.url, MAX_ITEM_TEXT))}`;
  const rank = link.verdict === "dead" ? 0 : link.verdict === "redirected" ? 2 : 4;
  return { line: link.line, section: link.section, rank, text: `${icon} ${neutralize(cutText(linkProblem(link, lang), MAX_ITEM_TEXT))}${url}` };
}
function sectionTitle(section, lang) {
  return neutralize(cutText(sectionName(section, lang), MAX_NAME_TEXT));
}
function lineReference(path, line, lang, lineUrl) {
  const label = format(TEXT.line, lang, { line });
  const url = lineUrl?.(path, line);
  return url ? markdownLink(label, url) : label;
}
function rowList(file, problems, lang, options, withPath) {
  const lines = [];
  let rows = 0;
  for (const group of groupBySection(problems, file.sections)) {
    const heading = sectionTitle(group.section, lang);
    lines.push("", `**${withPath ? `${neutralize(cutText(file.path, MAX_NAME_TEXT))} \u203A ${heading}` : heading}**`, "");
    for (const row of group.rows) {
      rows++;
      const where = lineReference(file.path, row.line, lang, options.lineUrl);
      const title = file.rowTitles?.[row.line] ?? file.links.find((link) => link.line === row.line)?.title;
      lines.push(title ? `- **${neutralize(cutText(title, MAX_NAME_TEXT))}** \xB7 ${where}` : `- ${where}`);
      for (const problem of [...row.items].sort((a, b) => a.rank - b.rank)) lines.push(`  - ${problem.text}`);
    }
  }
  return { lines, rows };
}
function problemsOf(file, lang) {
  const problems = file.diagnostics.map(diagnosticProblem);
  for (const link of file.links) {
    if (link.verdict === "dead" || link.verdict === "redirected") problems.push(linkProblemItem(link, lang));
  }
  return problems;
}
function renderMarkdown(files, summary2, options) {
  const lang = options.lang;
  const foldAfter = options.foldAfter ?? 20;
  const maxLength = options.maxLength ?? 6e4;
  const counts = countFindings(files);
  const head = [`### ${format(TEXT.reportTitle, lang)}`, ""];
  const headline = countsHeadline(counts, lang);
  if (headline === "") head.push(`\u2705 ${format(TEXT.clean, lang)}`);
  else head.push(`**${options.preexisting ? format(OWN_HEADLINE, lang, { counts: headline }) : headline}**`);
  const links = linksLine(summary2.links, lang);
  if (links) head.push("", links);
  const withPath = new Set([...files, ...options.preexisting ?? []].map((f) => f.path)).size > 1;
  const blocks = [];
  for (const file of files) {
    const { lines, rows } = rowList(file, problemsOf(file, lang), lang, options, withPath);
    if (rows > 0) blocks.push(rows > foldAfter ? fold(format(ROWS_FOLD, lang, { count: rows }), lines) : lines);
  }
  if (options.hints && options.hints.length > 0) blocks.push(["", ...options.hints]);
  for (const file of files) {
    const notJudged = file.links.filter((l) => l.verdict === "blocked" || l.verdict === "error" || l.verdict === "skipped" && l.reason.kind === "budget-exhausted");
    if (notJudged.length === 0) continue;
    const { lines } = rowList(file, notJudged.map((l) => linkProblemItem(l, lang)), lang, options, withPath);
    blocks.push(fold(format(NOT_JUDGED, lang, { count: notJudged.length }), lines));
  }
  for (const file of options.preexisting ?? []) {
    const problems = problemsOf(file, lang);
    if (problems.length === 0) continue;
    const title = format(PREEXISTING, lang, { count: problems.length }) + (withPath ? ` \xB7 ${neutralize(cutText(file.path, MAX_NAME_TEXT), "html")}` : "");
    blocks.push(fold(title, rowList(file, problems, lang, options, withPath).lines));
  }
  return fitToLength(head, blocks, options.appendix ?? [], maxLength, lang);
}
function fitToLength(head, blocks, appendix, maxLength, lang) {
  const join = (lines) => lines.join("\n") + "\n";
  const all = [...head, ...blocks.flat(), ...appendix.flatMap((a) => ["", a])];
  const full = join(all);
  if (full.length <= maxLength) return full;
  const kept = [...head];
  let size = join(kept).length;
  let dropped = 0;
  const budget = maxLength - 400;
  let openDetails = 0;
  let droppingRow = false;
  for (const line of blocks.flat()) {
    if (line.startsWith("  - ") && droppingRow) continue;
    droppingRow = false;
    if (line === "</details>") {
      if (openDetails === 0) continue;
      openDetails--;
    } else if (size + line.length + 1 > budget) {
      if (line.startsWith("- ")) {
        dropped++;
        droppingRow = true;
      }
      continue;
    } else if (line.startsWith("<details>")) {
      openDetails++;
    }
    kept.push(line);
    size += line.length + 1;
  }
  while (openDetails-- > 0) kept.push("", "</details>");
  kept.push("", `> ${format(TEXT.truncated, lang, { count: dropped })}`);
  return join(kept);
}

export {
  lineReference,
  renderMarkdown,
  writeJobSummary,
  renderAnnotation,
  ANNOTATIONS_PER_KIND,
  capAnnotations
};
