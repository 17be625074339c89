import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  buildJsonReport,
  diagnosticAnnotation,
  linkAnnotation,
  renderAnnotation,
  renderMarkdown,
  tableCell
} from "./chunk-ZO5CK6KA.js";
import {
  TEXT,
  linkMessage,
  ruleWords
} from "./chunk-U7HILXEW.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import {
  setOutput,
  summary
} from "./chunk-233KTPYA.js";
import {
  summarize
} from "./chunk-A45WAONH.js";
import {
  format
} from "./chunk-7PO57XKM.js";

// src/report/line-link.ts
import { createHash } from "node:crypto";
function diffAnchor(path) {
  return `diff-${createHash("sha256").update(path, "utf8").digest("hex")}`;
}
function encodePath(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function lineLinker(target) {
  const base = `${target.serverUrl.replace(/\/+$/, "")}/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
  const pr = target.pullRequest;
  return (path, line) => {
    if (pr && pr.isChanged(path, line)) return `${base}/pull/${pr.number}/files#${diffAnchor(path)}R${line}`;
    return `${base}/blob/${encodeURIComponent(target.sha)}/${encodePath(path)}?plain=1#L${line}`;
  };
}

// src/action/messages.ts
var ACTION_TEXT = {
  allClear: {
    en: "\u2705 All clear: no problems left on the lines this pull request changes.",
    zh: "\u2705 \u5DF2\u5168\u90E8\u89E3\u51B3\uFF1A\u672C\u6B21\u4FEE\u6539\u7684\u884C\u4E2D\u6CA1\u6709\u5F85\u5904\u7406\u7684\u95EE\u9898\u3002"
  },
  commentCut: {
    en: "\u2026 Cut to fit GitHub's comment size limit; the job summary of this run has the full report.",
    zh: "\u2026\u2026\u8BC4\u8BBA\u5DF2\u6309 GitHub \u7684\u957F\u5EA6\u4E0A\u9650\u622A\u65AD\uFF1B\u5B8C\u6574\u62A5\u544A\u89C1\u672C\u6B21\u8FD0\u884C\u7684 job summary\u3002"
  },
  annotationsOmitted: {
    en: "{errors} error and {warnings} warning annotations were not shown (GitHub shows {limit} of each per step); every finding is listed below.",
    zh: "\u53E6\u6709 {errors} \u4E2A\u9519\u8BEF\u6CE8\u89E3\u548C {warnings} \u4E2A\u8B66\u544A\u6CE8\u89E3\u672A\u663E\u793A\uFF08GitHub \u6BCF\u4E2A\u6B65\u9AA4\u6BCF\u7C7B\u53EA\u663E\u793A {limit} \u4E2A\uFF09\uFF1B\u5168\u90E8\u95EE\u9898\u89C1\u4E0B\u65B9\u5217\u8868\u3002"
  },
  hintSuggestions: {
    en: "Waiting on the diff: {suggestions}. Open \u201CFiles changed\u201D and press \u201CCommit suggestion\u201D to apply one.",
    zh: "\u5DF2\u5728 diff \u4E2D\u7ED9\u51FA {suggestions}\uFF1A\u6253\u5F00\u201CFiles changed\u201D\uFF0C\u70B9\u51FB\u201CCommit suggestion\u201D\u5373\u53EF\u4E00\u952E\u5E94\u7528\u3002"
  },
  hintFixCommand: {
    en: "Maintainers: comment `/tracker-bot fix` on this pull request to have the bot commit every safe fix.",
    zh: "\u7EF4\u62A4\u8005\uFF1A\u5728\u672C PR \u4E0B\u8BC4\u8BBA `/tracker-bot fix`\uFF0C\u673A\u5668\u4EBA\u4F1A\u63D0\u4EA4\u5168\u90E8\u53EF\u81EA\u52A8\u4FEE\u590D\u7684\u6539\u52A8\u3002"
  },
  hintLocal: { en: "Have a clone? Apply the fixes locally", zh: "\u6709\u672C\u5730\u514B\u9686\uFF1F\u5728\u672C\u5730\u5E94\u7528\u4FEE\u590D" },
  sortHeading: { en: "Sort order of {path}", zh: "{path} \u7684\u6392\u5E8F" },
  sortApply: {
    en: "Rows are not in the configured order. To apply this diff locally, run:",
    zh: "\u8868\u683C\u884C\u672A\u6309\u89C4\u5B9A\u987A\u5E8F\u6392\u5217\u3002\u5728\u672C\u5730\u8FD0\u884C\u4EE5\u4E0B\u547D\u4EE4\u5373\u53EF\u5E94\u7528\u6B64\u4FEE\u6539\uFF1A"
  },
  sortMoveOwnRows: {
    en: "Rows this pull request adds or moves are out of order; this diff puts them in place and leaves every other row where it is:",
    zh: "\u672C PR \u65B0\u589E\u6216\u79FB\u52A8\u7684\u884C\u672A\u6309\u89C4\u5B9A\u987A\u5E8F\u6392\u5217\uFF1B\u6309\u4E0B\u9762\u7684 diff \u79FB\u52A8\u5373\u53EF\uFF0C\u5176\u4ED6\u884C\u4FDD\u6301\u4E0D\u52A8\uFF1A"
  },
  sortCommitted: {
    en: "\u{1F500} Sorted the rows of {path} in commit {sha}.",
    zh: "\u{1F500} \u5DF2\u5728\u63D0\u4EA4 {sha} \u4E2D\u5BF9 {path} \u7684\u8868\u683C\u884C\u91CD\u65B0\u6392\u5E8F\u3002"
  },
  sortForkFallback: {
    en: "This pull request comes from a fork, so the bot cannot push to it; the sorted order is shown as a diff instead.",
    zh: "\u672C PR \u6765\u81EA fork \u4ED3\u5E93\uFF0C\u673A\u5668\u4EBA\u65E0\u6CD5\u76F4\u63A5\u63D0\u4EA4\uFF0C\u56E0\u6B64\u4EE5 diff \u5F62\u5F0F\u7ED9\u51FA\u6392\u5E8F\u7ED3\u679C\u3002"
  },
  reviewBody: {
    en: "tracker-bot: one-click fixes for rows this pull request changes.",
    zh: "tracker-bot\uFF1A\u672C\u6B21\u4FEE\u6539\u7684\u884C\u53EF\u4E00\u952E\u5E94\u7528\u4EE5\u4E0B\u4FEE\u590D\u3002"
  },
  fixNotSameRepo: {
    en: "`/tracker-bot fix` can only commit to pull requests whose branch is in this repository; this one comes from a fork. Run this on your branch and push the result:",
    zh: "`/tracker-bot fix` \u53EA\u80FD\u63D0\u4EA4\u5230\u672C\u4ED3\u5E93\u5185\u5206\u652F\u53D1\u8D77\u7684 PR\uFF1B\u672C PR \u6765\u81EA fork\u3002\u8BF7\u5728\u4F60\u7684\u5206\u652F\u4E0A\u8FD0\u884C\u4EE5\u4E0B\u547D\u4EE4\u5E76\u63A8\u9001\u7ED3\u679C\uFF1A"
  },
  fixNotOpen: {
    en: "`/tracker-bot fix` works on open pull requests only.",
    zh: "`/tracker-bot fix` \u53EA\u9002\u7528\u4E8E\u672A\u5173\u95ED\u7684 PR\u3002"
  },
  fixApplied: {
    en: "\u{1F6E0}\uFE0F Applied {fixes} to {path} in commit {sha}.",
    zh: "\u{1F6E0}\uFE0F \u5DF2\u5728\u63D0\u4EA4 {sha} \u4E2D\u5BF9 {path} \u5E94\u7528 {fixes}\u3002"
  },
  fixNothing: {
    en: "\u2705 Nothing to fix in {files}.",
    zh: "\u2705 {files} \u4E2D\u6CA1\u6709\u53EF\u81EA\u52A8\u4FEE\u590D\u7684\u95EE\u9898\u3002"
  },
  configFromBase: {
    en: "Config: {path} from the base branch {ref}.",
    zh: "\u914D\u7F6E\uFF1A\u57FA\u51C6\u5206\u652F {ref} \u4E0A\u7684 {path}\u3002"
  },
  configDefaults: {
    en: "Config: the built-in defaults, because the base branch {ref} has no {path} (a pull request's own copy is never used).",
    zh: "\u914D\u7F6E\uFF1A\u57FA\u51C6\u5206\u652F {ref} \u6CA1\u6709 {path}\uFF0C\u56E0\u6B64\u4F7F\u7528\u5185\u7F6E\u9ED8\u8BA4\u914D\u7F6E\uFF08\u4ECE\u4E0D\u4F7F\u7528 PR \u81EA\u5E26\u7684\u914D\u7F6E\u6587\u4EF6\uFF09\u3002"
  },
  fixNoFiles: {
    en: "This pull request changes no tracker file, so there is nothing to fix.",
    zh: "\u672C PR \u6CA1\u6709\u4FEE\u6539\u4EFB\u4F55 tracker \u6587\u4EF6\uFF0C\u65E0\u9700\u4FEE\u590D\u3002"
  }
};

// src/action/outputs.ts
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var REPORT_FILE_NAME = "tracker-bot-report.json";
function setCountOutputs(counts) {
  setOutput("errors", counts.errors);
  setOutput("warnings", counts.warnings);
  setOutput("dead-links", counts.deadLinks);
  setOutput("redirected-links", counts.redirectedLinks);
}
function exitCodeFor(counts, failOn) {
  if (failOn === "never") return 0;
  if (counts.errors > 0) return 1;
  return failOn === "warning" && counts.warnings > 0 ? 1 : 0;
}
function reportDirectory() {
  return process.env["RUNNER_TEMP"] || tmpdir();
}
async function writeReportFile(report, directory = reportDirectory(), name = REPORT_FILE_NAME) {
  await mkdir(directory, { recursive: true });
  const path = join(directory, name);
  await writeFileAtomic(path, JSON.stringify(report, null, 2) + "\n");
  setOutput("report", path);
  return path;
}
function buildPublishedReport(files, preexisting, withLinks, extra) {
  const report = buildJsonReport(files, summarize(files, withLinks));
  report.lang = extra.lang;
  if (preexisting.some((file) => file.diagnostics.length + file.links.length > 0)) {
    report.preexisting = buildJsonReport(preexisting, summarize(preexisting, withLinks)).files;
  }
  if (extra.pullRequest) report.pullRequest = extra.pullRequest;
  return report;
}

// src/action/annotations.ts
var ANNOTATIONS_PER_KIND = 10;
function collectAnnotations(files) {
  const annotations = [];
  for (const file of files) {
    for (const d of file.diagnostics) annotations.push({ ...diagnosticAnnotation(file.path, d, file.lang), source: "rule" });
    for (const link of file.links) {
      if (link.verdict !== "dead" && link.verdict !== "redirected") continue;
      annotations.push({ ...linkAnnotation(file.path, link, linkMessage(link, file.lang), file.lang), source: "link" });
    }
  }
  return annotations;
}
function emitAnnotations(files, options = {}) {
  const limit = options.limit ?? ANNOTATIONS_PER_KIND;
  const write = options.write ?? ((line) => void process.stdout.write(`${line}
`));
  const isNew = options.newFirst ?? (() => false);
  const priority = options.priority ?? (() => 0);
  const ranked = collectAnnotations(files).map((annotation, index) => ({ annotation, index, fresh: isNew(annotation.file, annotation.line), rank: priority(annotation) })).sort((a, b) => a.rank - b.rank || Number(b.fresh) - Number(a.fresh) || a.index - b.index);
  const result = { shown: { error: 0, warning: 0 }, omitted: { error: 0, warning: 0 } };
  for (const { annotation } of ranked) {
    const kind = annotation.level === "error" ? "error" : "warning";
    if (result.shown[kind] >= limit) {
      result.omitted[kind]++;
      continue;
    }
    result.shown[kind]++;
    const { source: _source, ...plain } = annotation;
    write(renderAnnotation(plain));
  }
  return result;
}

// src/action/summary.ts
var SUMMARY_MAX_CHARS = 3e5;
var OWN = { en: "This change", zh: "\u672C\u6B21\u4FEE\u6539" };
var BEFORE = { en: "Already there", zh: "\u5DF2\u5B58\u5728" };
var COUNTS_HEADING = { en: "Counts by check", zh: "\u6309\u68C0\u67E5\u9879\u7EDF\u8BA1" };
var DEAD_LINKS = { en: "Dead links", zh: "\u5931\u6548\u94FE\u63A5" };
var MOVED_LINKS = { en: "Permanently moved links", zh: "\u5DF2\u6C38\u4E45\u8FC1\u79FB\u7684\u94FE\u63A5" };
function perKind(files, lang) {
  const counts = /* @__PURE__ */ new Map();
  const add = (key) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const file of files) {
    for (const d of file.diagnostics) add(ruleWords(d.rule, lang));
    for (const link of file.links) {
      if (link.verdict === "dead") add(format(DEAD_LINKS, lang));
      if (link.verdict === "redirected") add(format(MOVED_LINKS, lang));
    }
  }
  return counts;
}
function countTable(files, preexisting, lang) {
  const own = perKind(files, lang);
  const before = preexisting ? perKind(preexisting, lang) : /* @__PURE__ */ new Map();
  const kinds = [.../* @__PURE__ */ new Set([...own.keys(), ...before.keys()])].sort(
    (a, b) => (own.get(b) ?? 0) - (own.get(a) ?? 0) || (before.get(b) ?? 0) - (before.get(a) ?? 0) || a.localeCompare(b)
  );
  if (kinds.length === 0) return [];
  const cell = (text) => tableCell(text);
  const heading = ["", `#### ${format(COUNTS_HEADING, lang)}`];
  if (!preexisting) {
    return [...heading, "", `| ${format(TEXT.problems, lang)} | ${format(TEXT.count, lang)} |`, "| :-- | --: |", ...kinds.map((k) => `| ${cell(k)} | ${own.get(k) ?? 0} |`)];
  }
  return [
    ...heading,
    "",
    `| ${format(TEXT.problems, lang)} | ${format(OWN, lang)} | ${format(BEFORE, lang)} |`,
    "| :-- | --: | --: |",
    ...kinds.map((k) => `| ${cell(k)} | ${own.get(k) ?? 0} | ${before.get(k) ?? 0} |`)
  ];
}
function renderJobSummary(files, options) {
  const { lang } = options;
  const lines = [];
  for (const note of options.notes ?? []) lines.push(`> ${note}`, "");
  const omitted = options.annotations?.omitted;
  if (omitted && omitted.error + omitted.warning > 0) {
    lines.push(
      `> ${format(ACTION_TEXT.annotationsOmitted, lang, { errors: omitted.error, warnings: omitted.warning, limit: ANNOTATIONS_PER_KIND })}`,
      ""
    );
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
async function writeJobSummary(markdown) {
  if (!process.env["GITHUB_STEP_SUMMARY"]) return;
  await summary.addRaw(markdown, true).write();
}

export {
  lineLinker,
  ACTION_TEXT,
  setCountOutputs,
  exitCodeFor,
  reportDirectory,
  writeReportFile,
  buildPublishedReport,
  ANNOTATIONS_PER_KIND,
  emitAnnotations,
  renderJobSummary,
  writeJobSummary
};
