import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  publishPullRequestComment
} from "./chunk-MNY2HXDO.js";
import {
  renderJobSummary
} from "./chunk-KRHT5ZGR.js";
import {
  requireOctokit
} from "./chunk-4QZDYUUY.js";
import "./chunk-NJCGS6YH.js";
import {
  writeJobSummary
} from "./chunk-MXWROGEJ.js";
import {
  getPullRequest
} from "./chunk-VRFK5W2V.js";
import {
  escapeWorkflowValue
} from "./chunk-A7EWG6JG.js";
import {
  VERDICTS,
  buildPublishedReport,
  countFindings,
  setCountOutputs,
  writeReportFile
} from "./chunk-66EQE7WX.js";
import "./chunk-GIB4PSQN.js";
import {
  InputError,
  lineLinker,
  matchTrackerPaths,
  workspacePath
} from "./chunk-IGXHPRD4.js";
import {
  parseReasonCode
} from "./chunk-QN5TL3GJ.js";
import {
  info
} from "./chunk-6PBNNB3M.js";
import {
  _enum,
  _gte,
  _lte,
  _maxLength,
  _minLength,
  _positive,
  _regex,
  array,
  boolean,
  int,
  literal,
  nullable,
  number,
  optional,
  pipe,
  record,
  refine,
  strictObject,
  string,
  transform
} from "./chunk-44UXQGHF.js";
import "./chunk-7XZYIZTT.js";
import "./chunk-6UP4LFZW.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-3Y2NLIWH.js";

// src/action/publish-report.ts
import { open } from "node:fs/promises";
var MAX_REPORT_BYTES = 2 * 1024 * 1024;
var line = int().check(_gte(0), _lte(1e7));
var shortText = (max) => string().check(_maxLength(max));
var path = string().check(
  _minLength(1),
  _maxLength(500),
  refine((p) => !/[\u0000-\u001f]/.test(p) && !p.startsWith("/") && !p.split("/").includes(".."), "not a safe repository-relative path")
);
var diagnosticSchema = strictObject({
  rule: string().check(_regex(/^[a-z][a-z0-9-]{0,63}$/)),
  severity: _enum(["error", "warning"]),
  message: shortText(2e3),
  line,
  column: line,
  endLine: line,
  endColumn: line,
  section: nullable(shortText(500)),
  fixable: boolean()
});
var linkSchema = strictObject({
  url: shortText(4096),
  line,
  section: nullable(shortText(500)),
  title: shortText(2e3),
  verdict: _enum(VERDICTS),
  status: nullable(int().check(_gte(0), _lte(999))),
  finalUrl: optional(shortText(4096)),
  reason: pipe(
    shortText(300).check(refine((code) => parseReasonCode(code) !== null, "not a verdict reason")),
    transform((code) => parseReasonCode(code))
  ),
  ms: number().check(_gte(0), _lte(864e5)),
  facts: optional(
    strictObject({
      title: optional(shortText(500)),
      publisher: optional(shortText(500)),
      author: optional(shortText(500)),
      published: optional(string().check(_regex(/^\d{4}-\d{2}-\d{2}$/)))
    })
  ),
  severity: optional(_enum(["error", "warning"]))
});
var fileSchema = strictObject({ path, diagnostics: array(diagnosticSchema), links: array(linkSchema) });
var count = int().check(_gte(0));
var publishedReportSchema = strictObject({
  version: literal(1),
  files: array(fileSchema).check(_maxLength(1e3)),
  summary: strictObject({ errors: count, warnings: count, fixable: count, links: optional(record(_enum(VERDICTS), count)) }),
  lang: optional(_enum(["en", "zh"])),
  preexisting: optional(array(fileSchema).check(_maxLength(1e3))),
  pullRequest: strictObject({ number: int().check(_positive()), headSha: string().check(_regex(/^[0-9a-f]{40}$/)) })
});
async function readPublishedReport(file, displayPath, maxBytes = MAX_REPORT_BYTES) {
  let bytes;
  try {
    const handle = await open(file, "r");
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) throw new InputError(`report-from ${displayPath}: ${size} bytes, over the ${maxBytes}-byte limit`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    throw new InputError(`report-from ${displayPath}: cannot read (${code ?? "unknown error"})`);
  }
  let raw;
  try {
    raw = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new InputError(`report-from ${displayPath}: not valid JSON`);
  }
  const parsed = publishedReportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.map((p) => typeof p === "number" ? `[${p}]` : `.${String(p)}`).join("").replace(/^\./, "") || "(top level)";
    throw new InputError(`report-from ${displayPath}: rejected, ${where}: ${issue.message}`);
  }
  return parsed.data;
}
function trustedHead(ctx) {
  const run = ctx.payload["workflow_run"];
  if (run && typeof run.head_sha === "string") {
    const repo = run.head_repository?.full_name;
    return { sha: run.head_sha, repo: typeof repo === "string" ? repo : null };
  }
  const pr = ctx.payload["pull_request"];
  if (pr && typeof pr.head?.sha === "string") {
    const repo = pr.head.repo?.full_name;
    return { sha: pr.head.sha, repo: typeof repo === "string" ? repo : null };
  }
  throw new InputError(`report-from needs a workflow_run (or pull_request) event to confirm the report against; got ${ctx.eventName}`);
}
function toFileReports(files, lang) {
  return files.map((file) => ({
    path: file.path,
    lang,
    diagnostics: file.diagnostics,
    links: file.links.map((link) => ({ ...link, verdict: link.verdict }))
  }));
}
async function runPublishReport(ctx) {
  const octokit = requireOctokit(ctx);
  const report = await readPublishedReport(await workspacePath(ctx.workspace, ctx.inputs.reportFrom), ctx.inputs.reportFrom);
  const head = trustedHead(ctx);
  const claimed = report.pullRequest;
  if (claimed.headSha !== head.sha) {
    throw new InputError(`report-from: rejected, the report is for head ${claimed.headSha.slice(0, 12)} but the triggering run was for ${head.sha.slice(0, 12)}`);
  }
  const pr = await getPullRequest(octokit, { owner: ctx.repo.owner, repo: ctx.repo.repo, pullNumber: claimed.number });
  if (pr.headSha !== head.sha) {
    throw new InputError(`report-from: rejected, pull request #${pr.number} is at head ${pr.headSha.slice(0, 12)}, not ${head.sha.slice(0, 12)}`);
  }
  if (head.repo && pr.headRepo && head.repo.toLowerCase() !== pr.headRepo.toLowerCase()) {
    throw new InputError(`report-from: rejected, pull request #${pr.number} comes from ${pr.headRepo}, not ${head.repo}`);
  }
  const allPaths = [...report.files, ...report.preexisting ?? []].map((file) => file.path);
  const outside = allPaths.filter((p) => matchTrackerPaths([p], ctx.inputs.files).length === 0);
  if (outside.length > 0) throw new InputError(`report-from: rejected, ${outside[0]} is not selected by the files input`);
  const lang = ctx.inputs.lang === "auto" ? report.lang ?? "en" : ctx.inputs.lang;
  const files = toFileReports(report.files, lang);
  const preexisting = toFileReports(report.preexisting ?? [], lang);
  const withLinks = report.summary.links !== void 0;
  const lineUrl = lineLinker({ serverUrl: ctx.serverUrl, ...ctx.repo, sha: pr.headSha });
  setCountOutputs(ctx.outputs, countFindings(files));
  await writeJobSummary(renderJobSummary(files, { lang, preexisting, lineUrl, withLinks }));
  await writeReportFile(ctx.outputs, buildPublishedReport(files, preexisting, withLinks, { lang, pullRequest: claimed }));
  if (ctx.inputs.comment) {
    const url = await publishPullRequestComment(octokit, ctx.repo, pr.number, { lang, files, preexisting, withLinks, lineUrl, appendix: [] });
    if (url) ctx.outputs.set("comment-url", url);
  }
  info(`tracker-bot: published the report for pull request #${pr.number} (${escapeWorkflowValue(pr.headSha.slice(0, 7))})`);
  return 0;
}
export {
  MAX_REPORT_BYTES,
  publishedReportSchema,
  readPublishedReport,
  runPublishReport
};
