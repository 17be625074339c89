// Action adapter › report-from (two-stage fork recipe, stage 2): publishes a JSON report written by an
// earlier unprivileged run, running no checks. The report is untrusted input: size-capped, parsed with a
// strict schema, its paths limited to the `files` patterns, and its PR number and head SHA confirmed
// against the trusted event payload and the API before anything is posted.
import { escapeWorkflowValue as logSafe } from '../report/workflow-commands.js';
import * as core from '@actions/core';
import { open } from 'node:fs/promises';
import * as z from 'zod/mini';
import { parseReasonCode } from '../core/reasons.js';
import type { Lang } from '../core/types.js';
import { InputError } from '../io/read-tracker.js';
import { VERDICTS, type FileReport } from '../report/model.js';
import { getPullRequest } from './api/index.js';
import { lineLinker } from '../report/line-link.js';
import { publishPullRequestComment } from './comment.js';
import type { ActionRunContext } from './context.js';
import { buildPublishedReport, countFindings, setCountOutputs, writeReportFile } from './outputs.js';
import { requireOctokit } from './context.js';
import { writeJobSummary } from './summary.js';
import { renderJobSummary } from '../report/job-summary.js';
import { workspacePath } from '../io/workspace-path.js';
import { matchTrackerPaths } from './tracker-files.js';

export const MAX_REPORT_BYTES = 2 * 1024 * 1024;

const line = z.int().check(z.minimum(0), z.maximum(10_000_000));
const shortText = (max: number) => z.string().check(z.maxLength(max));
const path = z.string().check(
  z.minLength(1),
  z.maxLength(500),
  z.refine((p) => !/[\u0000-\u001f]/.test(p) && !p.startsWith('/') && !p.split('/').includes('..'), 'not a safe repository-relative path'),
);

const diagnosticSchema = z.strictObject({
  rule: z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/)),
  severity: z.enum(['error', 'warning']),
  message: shortText(2000),
  line,
  column: line,
  endLine: line,
  endColumn: line,
  section: z.nullable(shortText(500)),
  fixable: z.boolean(),
});

const linkSchema = z.strictObject({
  url: shortText(4096),
  line,
  section: z.nullable(shortText(500)),
  title: shortText(2000),
  verdict: z.enum(VERDICTS as [string, ...string[]]),
  status: z.nullable(z.int().check(z.minimum(0), z.maximum(999))),
  finalUrl: z.optional(shortText(4096)),
  reason: z.pipe(
    shortText(300).check(z.refine((code) => parseReasonCode(code) !== null, 'not a verdict reason')),
    z.transform((code: string) => parseReasonCode(code)!),
  ),
  ms: z.number().check(z.minimum(0), z.maximum(86_400_000)),
  facts: z.optional(
    z.strictObject({
      title: z.optional(shortText(500)),
      publisher: z.optional(shortText(500)),
      author: z.optional(shortText(500)),
      published: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
    }),
  ),
  severity: z.optional(z.enum(['error', 'warning'])),
});

const fileSchema = z.strictObject({ path, diagnostics: z.array(diagnosticSchema), links: z.array(linkSchema) });
const count = z.int().check(z.minimum(0));

export const publishedReportSchema = z.strictObject({
  version: z.literal(1),
  files: z.array(fileSchema).check(z.maxLength(1000)),
  summary: z.strictObject({ errors: count, warnings: count, fixable: count, links: z.optional(z.record(z.enum(VERDICTS as [string, ...string[]]), count)) }),
  lang: z.optional(z.enum(['en', 'zh'])),
  preexisting: z.optional(z.array(fileSchema).check(z.maxLength(1000))),
  pullRequest: z.strictObject({ number: z.int().check(z.positive()), headSha: z.string().check(z.regex(/^[0-9a-f]{40}$/)) }),
});

export type ParsedReport = z.output<typeof publishedReportSchema>;

/** Reads and validates an untrusted report file; a one-line InputError says what is wrong. */
export async function readPublishedReport(file: string, displayPath: string, maxBytes = MAX_REPORT_BYTES): Promise<ParsedReport> {
  let bytes: Buffer;
  try {
    const handle = await open(file, 'r');
    try {
      const { size } = await handle.stat();
      if (size > maxBytes) throw new InputError(`report-from ${displayPath}: ${size} bytes, over the ${maxBytes}-byte limit`);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`report-from ${displayPath}: cannot read (${code ?? 'unknown error'})`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new InputError(`report-from ${displayPath}: not valid JSON`);
  }
  const parsed = publishedReportSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(top level)';
    throw new InputError(`report-from ${displayPath}: rejected, ${where}: ${issue.message}`);
  }
  return parsed.data;
}

/** The head SHA and repository the triggering run was for: trusted, from the event payload. */
function trustedHead(ctx: ActionRunContext): { sha: string; repo: string | null } {
  const run = ctx.payload['workflow_run'] as { head_sha?: unknown; head_repository?: { full_name?: unknown } } | undefined;
  if (run && typeof run.head_sha === 'string') {
    const repo = run.head_repository?.full_name;
    return { sha: run.head_sha, repo: typeof repo === 'string' ? repo : null };
  }
  const pr = ctx.payload['pull_request'] as { head?: { sha?: unknown; repo?: { full_name?: unknown } | null } } | undefined;
  if (pr && typeof pr.head?.sha === 'string') {
    const repo = pr.head.repo?.full_name;
    return { sha: pr.head.sha, repo: typeof repo === 'string' ? repo : null };
  }
  throw new InputError(`report-from needs a workflow_run (or pull_request) event to confirm the report against; got ${ctx.eventName}`);
}

function toFileReports(files: ParsedReport['files'], lang: Lang): FileReport[] {
  return files.map((file) => ({
    path: file.path,
    lang,
    diagnostics: file.diagnostics,
    links: file.links.map((link) => ({ ...link, verdict: link.verdict as FileReport['links'][number]['verdict'] })),
  }));
}

export async function runPublishReport(ctx: ActionRunContext): Promise<number> {
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
  const allPaths = [...report.files, ...(report.preexisting ?? [])].map((file) => file.path);
  const outside = allPaths.filter((p) => matchTrackerPaths([p], ctx.inputs.files).length === 0);
  if (outside.length > 0) throw new InputError(`report-from: rejected, ${outside[0]} is not selected by the files input`);

  const lang: Lang = ctx.inputs.lang === 'auto' ? (report.lang ?? 'en') : ctx.inputs.lang;
  const files = toFileReports(report.files, lang);
  const preexisting = toFileReports(report.preexisting ?? [], lang);
  const withLinks = report.summary.links !== undefined;
  const lineUrl = lineLinker({ serverUrl: ctx.serverUrl, ...ctx.repo, sha: pr.headSha });
  setCountOutputs(ctx.outputs, countFindings(files));
  await writeJobSummary(renderJobSummary(files, { lang, preexisting, lineUrl, withLinks }));
  await writeReportFile(ctx.outputs, buildPublishedReport(files, preexisting, withLinks, { lang, pullRequest: claimed }));
  if (ctx.inputs.comment) {
    const url = await publishPullRequestComment(octokit, ctx.repo, pr.number, { lang, files, preexisting, withLinks, lineUrl, appendix: [] });
    if (url) ctx.outputs.set('comment-url', url);
  }
  core.info(`tracker-bot: published the report for pull request #${pr.number} (${logSafe(pr.headSha.slice(0, 7))})`);
  return 0;
}
