// Action adapter › schedule executor (`schedule`, `workflow_dispatch`): carries out a SchedulePlan. It checks every link of the trackers with
// the link engine and its cache, confirms dead links over the cache's verdict history, and keeps one tracking
// issue in step (create once, edit in place, close as completed, reopen on relapse). With `shard: i/n` it
// checks one host-partitioned slice and writes a shard report; with `merge-reports` it joins shard reports
// and then manages the issue like a single run. Links dying is not a failure: the issue is the alarm.
import { escapeWorkflowValue as logSafe } from '../report/workflow-commands.js';
import * as core from '@actions/core';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { toFileReport, withPageFactRules, type AnalyzedFile } from '../app/analyze.js';
import { analyseTracker } from './analyse.js';
import { checkTrackerLinks } from '../app/check-links.js';
import { verdictSettings } from '../core/lint.js';
import type { LinksConfig } from '../core/options.js';
import { reasonCode } from '../core/reasons.js';
import { ruleById } from '../core/rules/index.js';
import type { Lang, LinkOccurrence, LinkVerdict } from '../core/types.js';
import { canonicalizeUrl } from '../core/url/canonicalize.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { readLinkCacheFile, writeLinkCacheFile } from '../io/link-cache-file.js';
import { findArchivedCopies } from '../links/archive.js';
import type { LinkCache } from '../links/cache.js';
import { createGitHubRepositoryChecker, type GitHubRepositoryChecker } from '../links/checkers/github.js';
import { buildJsonReport } from '../report/json.js';
import { lineLinker } from '../report/line-link.js';
import { countScanFindings, summarize, type ArchivedRepoFinding } from '../report/model.js';
import { closeComment, defaultIssueTitle, issueLabelDescription, renderIssueBody, renderScanSummary } from '../report/tracking-issue.js';
import { ANNOTATIONS_PER_KIND } from '../report/annotations.js';
import { emitAnnotations } from './annotations.js';
import { checkRepositories, upsertTrackingIssue, type TrackingIssueResult } from './api/index.js';
import type { ActionRunContext } from './context.js';
import { reportDirectory, setCountOutputs, writeReportFile, type RunCounts } from './outputs.js';
import { planSchedule, type SchedulePlan } from './plan.js';
import { runLang } from './settings.js';
import { mergeIntoCacheFile } from './scheduled/cache-merge.js';
import { collectFindings, type ScanFinding } from './scheduled/confirm.js';
import { openFixPullRequest, type FixPullRequestResult } from './scheduled/fix-pr.js';
import { expandReportGlob, shardReportName } from './scheduled/report-files.js';
import {
  SHARD_REPORT_KIND,
  SHARD_REPORT_VERSION,
  ShardMergeError,
  mergeShardReports,
  parseShardReport,
  shardUrls,
  type ShardReportFile,
  type ShardSpec,
} from './scheduled/shard.js';
import { writeJobSummary } from './summary.js';
import { readWorkspaceTracker, workspaceTrackerPaths } from './tracker-files.js';
import { InputError } from '../io/read-tracker.js';

interface LoadedTrackers {
  files: AnalyzedFile[];
  lang: Lang;
  occurrences: LinkOccurrence[];
}

async function loadTrackers(ctx: ActionRunContext, plan: SchedulePlan): Promise<LoadedTrackers> {
  const files: AnalyzedFile[] = [];
  for (const path of plan.paths) {
    const source = await readWorkspaceTracker(ctx.workspace, path);
    files.push(analyseTracker(ctx, path, source));
  }
  return { files, lang: runLang(ctx, files[0]?.source), occurrences: files.flatMap((file) => file.links) };
}

function githubChecker(ctx: ActionRunContext): GitHubRepositoryChecker | null {
  const octokit = ctx.octokit;
  if (!octokit) return null;
  return createGitHubRepositoryChecker((repos) =>
    checkRepositories(octokit, repos, {
      onFallback: (error) => core.warning(`GitHub GraphQL repository check failed (${error.message}); using REST instead.`),
    }),
  );
}

interface LinkResults {
  verdicts: Map<string, LinkVerdict>;
  cache: LinkCache;
  archivedRepos: Set<string>;
  warnings: string[];
}

/**
 * Checks `occurrences` with the engine and the cache at `cache-path`; the cache is pruned to `keep` (every
 * canonical URL still in a configured file) and saved afterwards.
 */
async function checkOccurrences(ctx: ActionRunContext, plan: SchedulePlan, occurrences: LinkOccurrence[], keep: ReadonlySet<string>): Promise<LinkResults> {
  const loaded = await readLinkCacheFile(plan.cachePath);
  const checker = githubChecker(ctx);
  const result = await checkTrackerLinks(occurrences, ctx.config.links, {
    cache: loaded.cache,
    ...(checker ? { checkers: [checker] } : {}),
    // The token stays with the API checker; link fetches never carry it.
    budgetMs: plan.linkBudgetMs,
  });
  loaded.cache.prune(keep);
  await writeLinkCacheFile(loaded.cache, plan.cachePath);
  return {
    verdicts: result.verdicts,
    cache: loaded.cache,
    archivedRepos: new Set(checker?.archived ?? []),
    warnings: [...(loaded.warning ? [loaded.warning] : []), ...result.warnings],
  };
}

function checkableUrls(occurrences: readonly LinkOccurrence[]): string[] {
  return [...new Set(occurrences.map((o) => canonicalizeUrl(o.url)))];
}

async function runShard(ctx: ActionRunContext, plan: SchedulePlan, trackers: LoadedTrackers, shard: ShardSpec): Promise<number> {
  const mine = new Set(shardUrls(checkableUrls(trackers.occurrences), shard));
  const occurrences = trackers.occurrences.filter((o) => mine.has(canonicalizeUrl(o.url)));
  core.info(`Shard ${shard.index}/${shard.count}: checking ${mine.size} of ${checkableUrls(trackers.occurrences).length} unique URLs.`);
  const results = await checkOccurrences(ctx, plan, occurrences, new Set(checkableUrls(trackers.occurrences)));
  for (const warning of results.warnings) core.warning(warning);
  const cache: ShardReportFile['cache'] = {};
  for (const url of mine) {
    const entry = results.cache.get(url);
    if (entry) cache[url] = entry;
  }
  const report: ShardReportFile = {
    kind: SHARD_REPORT_KIND,
    version: SHARD_REPORT_VERSION,
    shard,
    sha: ctx.sha,
    urls: [...mine],
    verdicts: [...results.verdicts.values()].map((verdict) => ({ ...verdict, reason: reasonCode(verdict.reason) })),
    cache,
    archivedRepos: [...results.archivedRepos],
    warnings: results.warnings,
  };
  const path = join(reportDirectory(), shardReportName(shard.index, shard.count));
  await writeFileAtomic(path, JSON.stringify(report) + '\n');
  ctx.outputs.set('report', path);
  const counts = countScanFindings(collectFindings(occurrences, results.verdicts, (url) => results.cache.get(url)?.history, { deadAfter: plan.deadAfter, verdictSettings: verdictSettings(ctx.config.rules) }));
  core.info(
    `Shard ${shard.index}/${shard.count}: ${counts.dead} confirmed dead, ${counts.moved} moved, ${counts.suspected} suspected, ${counts.blocked} blocked, ${counts.error} failed; report written to ${logSafe(path)}.`,
  );
  return 0;
}

async function mergeShards(ctx: ActionRunContext, plan: SchedulePlan, reportsGlob: string, trackers: LoadedTrackers): Promise<LinkResults> {
  const paths = await expandReportGlob(reportsGlob, ctx.workspace);
  const reports = [];
  for (const path of paths) {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      throw new ShardMergeError(`merge-reports: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    }
    reports.push({ origin: path, report: parseShardReport(text, path) });
  }
  if (reports.length === 0) throw new ShardMergeError(`merge-reports: no file matches ${reportsGlob}`);
  const merged = mergeShardReports(reports);
  const expected = checkableUrls(trackers.occurrences);
  const unchecked = expected.filter((url) => !merged.urls.has(url));
  if (unchecked.length > 0) {
    throw new ShardMergeError(
      `merge-reports: the shards did not check ${unchecked.length} of the tracker's URLs (e.g. ${unchecked[0]}); were they run on another commit or config?`,
    );
  }
  const loaded = await mergeIntoCacheFile(plan.cachePath, merged.cache, new Set(expected));
  core.info(`Merged ${reports.length} shard reports (${merged.urls.size} URLs).`);
  return {
    verdicts: merged.verdicts,
    cache: loaded.cache,
    archivedRepos: merged.archivedRepos,
    warnings: [...new Set([...(loaded.warning ? [loaded.warning] : []), ...merged.warnings])],
  };
}

/**
 * The files with the link-verdict rules' findings added (repo-archived), and the archived repositories the
 * issue lists: the rows those findings are on (none when `rules:` turns repo-archived off).
 */
function withLinkRules(ctx: ActionRunContext, trackers: LoadedTrackers, verdicts: ReadonlyMap<string, LinkVerdict>): { files: AnalyzedFile[]; archived: ArchivedRepoFinding[] } {
  const archived: ArchivedRepoFinding[] = [];
  const files = trackers.files.map((file) => {
    const checked = withPageFactRules(file, new Map(), { config: ctx.config, now: ctx.now, lang: file.lang }, verdicts);
    const found = new Set(checked.diagnostics.filter((d) => !file.diagnostics.includes(d) && ruleById(d.rule)?.usesLinkVerdicts).map((d) => `${d.line}:${d.column}`));
    for (const o of file.links) {
      if (found.has(`${o.line}:${o.column}`) && verdicts.get(canonicalizeUrl(o.url))?.reason.kind === 'github-repo-archived') {
        archived.push({ file: o.file, section: o.section, line: o.line, title: o.title, url: o.url });
      }
    }
    return checked;
  });
  return { files, archived };
}

/** Exit code of a scan that did its job: links dying fails it only with `fail-on: warning`. */
export function scheduledExitCode(failOn: 'error' | 'warning' | 'never', listed: { dead: number; moved: number }): number {
  return failOn === 'warning' && listed.dead + listed.moved > 0 ? 1 : 0;
}

/** Entry point for `schedule` and `workflow_dispatch` (chosen by run.ts); failures follow run.ts's one policy. */
export async function runScheduledScan(ctx: ActionRunContext): Promise<number> {
  const plan = planSchedule(ctx, await workspaceTrackerPaths(ctx.workspace, ctx.inputs.files));
  const trackers = await loadTrackers(ctx, plan);
  if (plan.links.kind === 'shard') return runShard(ctx, plan, trackers, plan.links.shard);

  const octokit = ctx.octokit;
  if (!octokit || !plan.issue) throw new InputError('a GitHub token is required to manage the tracking issue (input github-token)');
  const results =
    plan.links.kind === 'merge'
      ? await mergeShards(ctx, plan, plan.links.reports, trackers)
      : await checkOccurrences(ctx, plan, trackers.occurrences, new Set(checkableUrls(trackers.occurrences)));
  for (const warning of results.warnings) core.warning(warning);

  const settings = verdictSettings(ctx.config.rules);
  const findings = collectFindings(trackers.occurrences, results.verdicts, (url) => results.cache.get(url)?.history, { deadAfter: plan.deadAfter, verdictSettings: settings });
  await addArchivedCopies(findings, ctx.config.links);
  const linted = withLinkRules(ctx, trackers, results.verdicts);
  const { archived } = linted;
  const counts = countScanFindings(findings);
  const { lang } = trackers;
  const { owner, repo } = ctx.repo;
  const renderOptions = {
    lang,
    deadAfter: plan.deadAfter,
    scannedAt: ctx.now.toISOString(),
    lineUrl: lineLinker({ serverUrl: ctx.serverUrl, owner, repo, sha: ctx.sha }),
    sections: Object.fromEntries(trackers.files.map((file) => [file.path, file.tracker.sections.map((s) => ({ title: s.title, line: s.line }))])),
    ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  };

  const issue: TrackingIssueResult = await upsertTrackingIssue(octokit, {
    owner,
    repo,
    label: plan.issue.label,
    labelDescription: issueLabelDescription(lang),
    title: plan.issue.title ?? defaultIssueTitle(lang),
    body: renderIssueBody(findings, archived, renderOptions),
    open: counts.dead + counts.moved > 0,
    closeComment: closeComment(lang),
  });
  if (issue.number !== null) ctx.outputs.set('issue-number', issue.number);
  core.info(`Tracking issue: ${issue.number === null ? 'none needed' : `#${issue.number}`} (${issue.action}).`);

  let fixPr: FixPullRequestResult | null = null;
  if (plan.fixPr) {
    fixPr = await openFixPullRequest(octokit, { ctx, files: trackers.files, verdicts: results.verdicts, lang });
    core.info(`Fix pull request: ${fixPr.number === null ? 'nothing to fix' : `#${fixPr.number}`} (${fixPr.action}).`);
  }

  const fileReports = linted.files.map((file) => toFileReport(file, results.verdicts, settings));
  const listedUrls = new Set(findings.filter((f) => f.kind === 'dead' || f.kind === 'moved').map((f) => `${f.file}\n${f.line}\n${f.url}`));
  const annotated = fileReports.map((file) => ({ ...file, links: file.links.filter((l) => listedUrls.has(`${file.path}\n${l.line}\n${l.url}`)) }));
  // Links are the point of a scan: dead ones take the annotation slots first, then moved ones, then lint.
  const emitted = emitAnnotations(annotated, { priority: (a) => (a.source === 'link' ? (a.level === 'error' ? 0 : 1) : 2) });
  const omittedCount = emitted.omitted.error + emitted.omitted.warning;
  const summary = summarize(fileReports, true);
  await writeReportFile(ctx.outputs, buildJsonReport(fileReports, summary));
  const runCounts: RunCounts = { errors: summary.errors, warnings: summary.warnings, deadLinks: counts.dead, redirectedLinks: counts.moved };
  setCountOutputs(ctx.outputs, runCounts);
  const summaryIssue = { number: issue.number, url: issue.url, action: issue.action };
  const summaryOptions = omittedCount > 0 ? { ...renderOptions, annotationsOmitted: { count: omittedCount, limit: ANNOTATIONS_PER_KIND } } : renderOptions;
  await writeJobSummary(renderScanSummary(findings, archived, results.verdicts.size, summaryIssue, { ...summaryOptions, fixPullRequest: fixPr }));
  return scheduledExitCode(plan.failOn, counts);
}

/** Suggests an archived copy for each confirmed dead link, through the link engine (links.archiveApi). */
async function addArchivedCopies(findings: ScanFinding[], links: LinksConfig): Promise<void> {
  const dead = findings.filter((f) => f.kind === 'dead');
  if (dead.length === 0) return;
  const snapshots = await findArchivedCopies(
    dead.map((f) => f.url),
    { api: links.archiveApi, links, onFailure: (url, reason) => core.info(`No archived copy for ${logSafe(url)}: ${logSafe(reason)}`) },
  );
  for (const finding of dead) {
    const snapshot = snapshots.get(finding.url);
    if (snapshot) finding.archiveUrl = snapshot.url;
  }
}
