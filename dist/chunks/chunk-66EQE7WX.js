import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import {
  reasonCode
} from "./chunk-QN5TL3GJ.js";
import {
  setOutput
} from "./chunk-6PBNNB3M.js";

// src/report/json.ts
function toJsonLink(link) {
  return { ...link, reason: reasonCode(link.reason) };
}
function toJsonDiagnostic(d) {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    section: d.section,
    fixable: d.fixable
  };
}
function buildJsonReport(files, summary) {
  return {
    version: 1,
    files: files.map((file) => ({ path: file.path, diagnostics: file.diagnostics.map(toJsonDiagnostic), links: file.links.map(toJsonLink) })),
    summary
  };
}

// src/report/model.ts
var VERDICTS = ["dead", "redirected", "blocked", "error", "alive", "skipped"];
function countFindings(files) {
  const links = Object.fromEntries(VERDICTS.map((v) => [v, 0]));
  const byRule = /* @__PURE__ */ new Map();
  let ruleErrors = 0;
  let ruleWarnings = 0;
  let fixable = 0;
  let movedErrors = 0;
  for (const file of files) {
    for (const d of file.diagnostics) {
      if (d.severity === "error") ruleErrors++;
      else ruleWarnings++;
      if (d.fixable) fixable++;
      byRule.set(d.rule, (byRule.get(d.rule) ?? 0) + 1);
    }
    for (const link of file.links) {
      links[link.verdict]++;
      if (link.verdict === "redirected" && link.severity === "error") movedErrors++;
    }
  }
  return {
    errors: ruleErrors + links.dead + movedErrors,
    warnings: ruleWarnings + links.redirected - movedErrors,
    deadLinks: links.dead,
    redirectedLinks: links.redirected,
    fixable,
    ruleErrors,
    ruleWarnings,
    byRule,
    links
  };
}
function summarize(files, withLinks) {
  const counts = countFindings(files);
  const summary = { errors: counts.ruleErrors, warnings: counts.ruleWarnings, fixable: counts.fixable };
  if (withLinks) summary.links = counts.links;
  return summary;
}
function countScanFindings(findings) {
  const counts = { dead: 0, moved: 0, suspected: 0, blocked: 0, error: 0 };
  for (const finding of findings) counts[finding.kind]++;
  return counts;
}
function toReportedLink(occurrence, verdict) {
  const link = {
    url: occurrence.url,
    line: occurrence.line,
    section: occurrence.section,
    title: occurrence.title,
    verdict: verdict.verdict,
    status: verdict.status,
    reason: verdict.reason,
    ms: verdict.ms
  };
  if (verdict.finalUrl && verdict.finalUrl !== occurrence.url) link.finalUrl = verdict.finalUrl;
  if (verdict.retryAt) {
    link.retryAt = verdict.retryAt;
    link.checkedAt = verdict.checkedAt;
  }
  if (verdict.facts) link.facts = verdict.facts;
  return link;
}

// src/action/outputs.ts
import { appendFileSync, existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { EOL, tmpdir } from "node:os";
import { join } from "node:path";
var REPORT_FILE_NAME = "tracker-bot-report.json";
var RunOutputs = class {
  values = /* @__PURE__ */ new Map();
  set(name, value) {
    this.values.set(name, value);
  }
  get(name) {
    return this.values.get(name);
  }
  /**
   * Writes every collected output to the runner, in a fixed order: to the GITHUB_OUTPUT file in one
   * append (outputFileText), else (outside a runner) as @actions/core's `set-output` command.
   */
  flush() {
    const file = process.env["GITHUB_OUTPUT"];
    if (!file) {
      for (const [name, value] of this.values) setOutput(name, value);
      return;
    }
    if (this.values.size === 0) return;
    if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
    appendFileSync(file, outputFileText(this.values), "utf8");
  }
};
function outputFileText(values) {
  let text = "";
  for (const [name, raw] of values) {
    const value = String(raw);
    let n = 0;
    let delimiter = `ghadelimiter_tracker-bot_${n}`;
    while (name.includes(delimiter) || value.includes(delimiter)) delimiter = `ghadelimiter_tracker-bot_${++n}`;
    text += `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  }
  return text;
}
function setCountOutputs(outputs, counts) {
  outputs.set("errors", counts.errors);
  outputs.set("warnings", counts.warnings);
  outputs.set("dead-links", counts.deadLinks);
  outputs.set("redirected-links", counts.redirectedLinks);
}
function exitCodeFor(counts, failOn) {
  if (failOn === "never") return 0;
  if (counts.errors > 0) return 1;
  return failOn === "warning" && counts.warnings > 0 ? 1 : 0;
}
function reportDirectory() {
  return process.env["RUNNER_TEMP"] || tmpdir();
}
async function writeReportFile(outputs, report, directory = reportDirectory(), name = REPORT_FILE_NAME) {
  await mkdir(directory, { recursive: true });
  const path = join(directory, name);
  await writeFileAtomic(path, JSON.stringify(report, null, 2) + "\n");
  outputs.set("report", path);
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

export {
  buildJsonReport,
  VERDICTS,
  countFindings,
  summarize,
  countScanFindings,
  toReportedLink,
  RunOutputs,
  setCountOutputs,
  exitCodeFor,
  reportDirectory,
  writeReportFile,
  buildPublishedReport
};
