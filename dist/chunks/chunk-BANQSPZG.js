import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  setOutput
} from "./chunk-233KTPYA.js";
import {
  buildJsonReport
} from "./chunk-GH26YCKT.js";
import {
  summarize
} from "./chunk-SJPTXLU4.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";

// src/action/outputs.ts
import { mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
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
  /** Writes every collected output to the runner (GITHUB_OUTPUT), in a fixed order. */
  flush() {
    for (const [name, value] of this.values) setOutput(name, value);
  }
};
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
  RunOutputs,
  setCountOutputs,
  exitCodeFor,
  reportDirectory,
  writeReportFile,
  buildPublishedReport
};
