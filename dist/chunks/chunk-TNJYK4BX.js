import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  ANNOTATIONS_PER_KIND,
  buildJsonReport,
  capAnnotations,
  renderAnnotation,
  renderMarkdown,
  tableCell
} from "./chunk-IJVBHG5N.js";
import {
  TEXT,
  ruleWords
} from "./chunk-MZU4NVIZ.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import {
  readFile
} from "./chunk-KNTYTWFO.js";
import {
  setOutput,
  summary
} from "./chunk-233KTPYA.js";
import {
  countFindings,
  findTrackerFiles,
  require_picomatch,
  summarize
} from "./chunk-LC77XD5H.js";
import {
  InputError,
  format,
  readTrackerFile,
  workspacePath
} from "./chunk-C4OUAXN4.js";
import {
  __toESM
} from "./chunk-3Y2NLIWH.js";

// src/report/line-link.ts
import { createHash } from "node:crypto";
function diffAnchor(path) {
  return `diff-${createHash("sha256").update(path, "utf8").digest("hex")}`;
}
function encodePath(path) {
  return path.split("/").map((segment) => encodeURIComponent(segment).replace(/[()'!*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)).join("/");
}
function repositoryUrl(target) {
  return `${target.serverUrl.replace(/\/+$/, "")}/${encodeURIComponent(target.owner)}/${encodeURIComponent(target.repo)}`;
}
function workflowRunUrl(target, runId) {
  return `${repositoryUrl(target)}/actions/runs/${encodeURIComponent(runId)}`;
}
function lineLinker(target) {
  const base = repositoryUrl(target);
  const pr = target.pullRequest;
  return (path, line) => {
    if (pr && pr.isChanged(path, line)) return `${base}/pull/${pr.number}/files#${diffAnchor(path)}R${line}`;
    return `${base}/blob/${encodeURIComponent(target.sha)}/${encodePath(path)}?plain=1#L${line}`;
  };
}

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
function emitAnnotations(files, options = {}) {
  const write = options.write ?? ((line) => void process.stdout.write(`${line}
`));
  const { shownAnnotations, shown, omitted } = capAnnotations(files, options);
  for (const annotation of shownAnnotations) write(renderAnnotation(annotation));
  return { shown, omitted };
}

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

// src/action/summary.ts
async function writeJobSummary(markdown) {
  if (!process.env["GITHUB_STEP_SUMMARY"]) return;
  await summary.addRaw(markdown, true).write();
}

// src/action/tracker-files.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { join as join2, resolve } from "node:path";
function normalizePattern(pattern) {
  return pattern.replace(/^\.\//, "");
}
function matchTrackerPaths(paths, patterns) {
  const normalized = patterns.map(normalizePattern);
  const isMatch = (0, import_picomatch.default)(normalized, { dot: false });
  const literal = new Set(normalized.filter((p) => !import_picomatch.default.scan(p).isGlob));
  return paths.filter((path) => literal.has(path) || isMatch(path));
}
async function workspaceTrackerPaths(workspace, patterns) {
  return findTrackerFiles(patterns.map(normalizePattern), workspace);
}
async function readWorkspaceTracker(workspace, path) {
  try {
    return await readTrackerFile(await workspacePath(workspace, path));
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.message.replace(join2(resolve(workspace), "/"), ""));
    throw error;
  }
}
async function readTrackerAtRef(octokit, repo, path, ref) {
  const file = await readFile(octokit, { owner: repo.owner, repo: repo.repo, path, ref });
  return file?.content ?? null;
}

export {
  workflowRunUrl,
  lineLinker,
  setCountOutputs,
  exitCodeFor,
  reportDirectory,
  writeReportFile,
  buildPublishedReport,
  emitAnnotations,
  renderJobSummary,
  writeJobSummary,
  matchTrackerPaths,
  workspaceTrackerPaths,
  readWorkspaceTracker,
  readTrackerAtRef
};
