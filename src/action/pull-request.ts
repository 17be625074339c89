// Action adapter › pull_request / pull_request_target: lints the tracker files a PR changes, counts only
// problems on the lines it adds or changes (scope: changed), checks the links of those rows, and reports
// through annotations, the job summary, one sticky comment, review suggestions and the sort mode.
// Nothing from the PR is run or installed; on pull_request_target the files are read through the API.
import { escapeWorkflowValue as logSafe } from '../report/workflow-commands.js';
import * as core from '@actions/core';
import { analyzeSource, pageFactsOf, toFileReport, withPageFactRules, type AnalyzedFile } from '../app/analyze.js';
import type { Config } from '../config/schema.js';
import type { Lang, LinkVerdict } from '../core/types.js';
import { InputError } from '../io/read-tracker.js';
import type { FileReport } from '../report/model.js';
import {
  commitFile,
  listPullRequestFiles,
  postReviewSuggestions,
  readFile,
  type GitHubClient,
  type LineRange,
  type LineSuggestion,
  type PullRequestFile,
} from './api/index.js';
import { emitAnnotations } from './annotations.js';
import { changedLinks, lineSet, splitByChangedLines, type LineFilter } from './changed-lines.js';
import { lineLinker } from '../report/line-link.js';
import { publishPullRequestComment } from './comment.js';
import { applyInputOverrides, loadPullRequestConfig } from './config.js';
import type { ActionRunContext, RepoRef } from './context.js';
import { checkOccurrences, linkScopeFor } from './links.js';
import { localFixCommand } from './fix-command.js';
import { renderConfigNote, renderNextSteps, renderReviewBody, renderSortCommitted, sortForkNote } from '../report/fix-advice.js';
import { buildPublishedReport, countFindings, exitCodeFor, setCountOutputs, writeReportFile } from './outputs.js';
import { sortDiffBlock, sortSource } from './sort.js';
import { buildLineSuggestions } from './suggestions.js';
import { renderJobSummary, writeJobSummary } from './summary.js';
import { matchTrackerPaths, readTrackerAtRef, readWorkspaceTracker } from './tracker-files.js';
import { WriteAccess } from './write-access.js';

export interface PullRequestEvent {
  number: number;
  headSha: string;
  headRef: string;
  /** owner/name of the head repository; null when the fork was deleted. */
  headRepo: string | null;
  baseSha: string;
  baseRef: string;
  isSameRepo: boolean;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

export function pullRequestFromPayload(payload: Record<string, unknown>, repo: RepoRef): PullRequestEvent {
  const pr = payload['pull_request'] as Record<string, unknown> | undefined;
  const head = pr?.['head'] as Record<string, unknown> | undefined;
  const base = pr?.['base'] as Record<string, unknown> | undefined;
  const number = pr?.['number'];
  const headSha = text(head?.['sha']);
  const baseSha = text(base?.['sha']);
  const headRef = text(head?.['ref']);
  const baseRef = text(base?.['ref']);
  if (typeof number !== 'number' || !headSha || !baseSha || !headRef || !baseRef) {
    throw new InputError('the event payload has no pull_request with number, head and base (GITHUB_EVENT_PATH)');
  }
  const headRepo = text((head?.['repo'] as Record<string, unknown> | null | undefined)?.['full_name']);
  const baseRepo = text((base?.['repo'] as Record<string, unknown> | null | undefined)?.['full_name']) ?? `${repo.owner}/${repo.repo}`;
  return {
    number,
    headSha,
    headRef,
    headRepo,
    baseSha,
    baseRef,
    isSameRepo: headRepo !== null && headRepo.toLowerCase() === baseRepo.toLowerCase(),
  };
}

export function requireOctokit(ctx: ActionRunContext): GitHubClient {
  if (!ctx.octokit) throw new InputError('input github-token is empty; this event needs the GitHub API');
  return ctx.octokit;
}

function repoRefOf(fullName: string): RepoRef {
  const [owner = '', repo = ''] = fullName.split('/');
  return { owner, repo };
}

function langOverride(ctx: ActionRunContext): Lang | undefined {
  return ctx.inputs.lang === 'auto' ? undefined : ctx.inputs.lang;
}

async function configForPullRequest(ctx: ActionRunContext, octokit: GitHubClient, pr: PullRequestEvent): Promise<{ config: Config; note: (lang: Lang) => string }> {
  const chosen = await loadPullRequestConfig(octokit, ctx.repo, ctx.inputs.config, pr.baseSha, pr.baseRef);
  const note = (lang: Lang) => renderConfigNote(chosen.origin, ctx.inputs.config, pr.baseRef, lang);
  core.info(
    chosen.origin === 'base-branch'
      ? `tracker-bot: using ${logSafe(ctx.inputs.config)} from the base branch ${logSafe(pr.baseRef)}`
      : `tracker-bot: the base branch has no ${logSafe(ctx.inputs.config)}; using the built-in defaults (never the pull request's copy)`,
  );
  const config = applyInputOverrides(chosen.config, { allowPrivateHosts: ctx.inputs.allowPrivateHosts, sortOff: ctx.inputs.sort === 'off' });
  return { config, note };
}

async function readPullRequestSources(
  ctx: ActionRunContext,
  octokit: GitHubClient,
  pr: PullRequestEvent,
  paths: string[],
): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  const fromApi = ctx.eventName === 'pull_request_target';
  if (fromApi && !pr.headRepo) throw new InputError('the pull request head repository no longer exists');
  for (const path of paths) {
    const source = fromApi
      ? await readTrackerAtRef(octokit, repoRefOf(pr.headRepo!), path, pr.headSha)
      : await readWorkspaceTracker(ctx.workspace, path);
    if (source === null) throw new InputError(`${path}: not found at the pull request head ${pr.headSha}`);
    sources.set(path, source);
  }
  return sources;
}

interface SortCommitOutcome {
  headSha: string;
  committed: { path: string; sha: string }[];
  /** True when a commit was refused and the sort should be shown as a diff instead. */
  refused: boolean;
}

async function commitSortedFiles(
  ctx: ActionRunContext,
  octokit: GitHubClient,
  pr: PullRequestEvent,
  config: Config,
  paths: string[],
  sources: Map<string, string>,
  writes: WriteAccess,
  lang: Lang | undefined,
  changedFilter: (path: string) => LineFilter,
): Promise<SortCommitOutcome> {
  const outcome: SortCommitOutcome = { headSha: pr.headSha, committed: [], refused: false };
  for (const path of paths) {
    const file = await readFile(octokit, { owner: ctx.repo.owner, repo: ctx.repo.repo, path, ref: pr.headRef });
    if (!file) continue;
    const fileLang = lang ?? analyzeSource(path, file.content, { config, now: ctx.now }).lang;
    const sorted = sortSource(file.content, config, fileLang, ctx.now, ctx.inputs.scope === 'all' ? undefined : changedFilter(path));
    if (sorted === file.content) continue;
    const commit = await writes.attempt('committing the sorted file', () =>
      commitFile(octokit, {
        owner: ctx.repo.owner,
        repo: ctx.repo.repo,
        branch: pr.headRef,
        path,
        content: sorted,
        sha: file.sha,
        message: `Sort the rows of ${path} (tracker-bot)`,
      }),
    );
    if (!commit) {
      outcome.refused = true;
      return outcome;
    }
    core.info(`tracker-bot: committed the sorted ${logSafe(path)} as ${commit.commitSha}`);
    outcome.committed.push({ path, sha: commit.commitSha });
    outcome.headSha = commit.commitSha;
    sources.set(path, sorted);
  }
  return outcome;
}

export async function runPullRequest(ctx: ActionRunContext): Promise<number> {
  const octokit = requireOctokit(ctx);
  const pr = pullRequestFromPayload(ctx.payload, ctx.repo);
  const prRef = { owner: ctx.repo.owner, repo: ctx.repo.repo, pullNumber: pr.number };
  const { config, note: configNote } = await configForPullRequest(ctx, octokit, pr);
  let prFiles = await listPullRequestFiles(octokit, prRef);
  const paths = matchTrackerPaths(
    prFiles.filter((file) => file.status !== 'removed').map((file) => file.path),
    ctx.inputs.files,
  );
  core.info(`tracker-bot: PR #${pr.number} changes ${paths.length} tracker file(s)${paths.length ? `: ${logSafe(paths.join(', '))}` : ''}`);
  const sources = await readPullRequestSources(ctx, octokit, pr, paths);
  let filesByPath = new Map<string, PullRequestFile>(prFiles.map((file) => [file.path, file]));
  const changedFilter = (path: string): LineFilter => lineSet(filesByPath.get(path)?.addedLines ?? []);
  const writes = new WriteAccess();
  const lang = langOverride(ctx);

  let sortMode = ctx.inputs.sort;
  let headSha = pr.headSha;
  const appendix: string[] = [];
  const forkFallback = sortMode === 'commit' && !pr.isSameRepo;
  if (forkFallback) sortMode = 'suggest';
  if (sortMode === 'commit') {
    const outcome = await commitSortedFiles(ctx, octokit, pr, config, paths, sources, writes, lang, changedFilter);
    headSha = outcome.headSha;
    if (outcome.refused) sortMode = 'suggest';
    if (outcome.committed.length > 0) {
      prFiles = await listPullRequestFiles(octokit, prRef);
      filesByPath = new Map<string, PullRequestFile>(prFiles.map((file) => [file.path, file]));
      for (const { path, sha } of outcome.committed) {
        const fileLang = lang ?? analyzeSource(path, sources.get(path)!, { config, now: ctx.now }).lang;
        appendix.push(renderSortCommitted(path, sha, fileLang));
      }
    }
  }

  // With `scope: changed` the rules judge the PR's rows (sort-order names only the rows it added or moved).
  let analyzed = paths.map((path) =>
    analyzeSource(path, sources.get(path)!, {
      config,
      now: ctx.now,
      ...(lang ? { lang } : {}),
      ...(ctx.inputs.scope === 'all' ? {} : { focusLines: changedFilter(path) }),
    }),
  );

  const linkScope = linkScopeFor(ctx.inputs.checkLinks, 'pull_request');
  const withLinks = linkScope !== 'none';
  let verdicts: Map<string, LinkVerdict> | undefined;
  if (withLinks) {
    const occurrences = analyzed.flatMap((file) => (linkScope === 'all' ? file.links : changedLinks(file.links, changedFilter(file.path))));
    verdicts = await checkOccurrences(occurrences, config, ctx.octokit, 'pull_request');
    // Rows are compared with their pages only where the pull request wrote them.
    const ownRows = analyzed.flatMap((file) => changedLinks(file.links, changedFilter(file.path)));
    const pageFacts = pageFactsOf(verdicts, ownRows);
    analyzed = analyzed.map((file) => withPageFactRules(file, pageFacts, { config, now: ctx.now, ...(lang ? { lang } : {}) }));
  }

  const own: FileReport[] = [];
  const preexisting: FileReport[] = [];
  for (const file of analyzed) {
    const report = toFileReport(file, verdicts);
    if (ctx.inputs.scope === 'all') {
      own.push(report);
      continue;
    }
    const split = splitByChangedLines(report, changedFilter(file.path));
    own.push(split.own);
    preexisting.push(split.preexisting);
  }

  if (sortMode === 'suggest') appendix.push(...sortDiffs(analyzed, own, config, ctx.now, forkFallback, ctx.inputs.scope === 'all' ? undefined : changedFilter));

  const commentLang: Lang = lang ?? analyzed[0]?.lang ?? (config.lang === 'auto' ? 'en' : config.lang);
  const lineUrl = lineLinker({
    serverUrl: ctx.serverUrl,
    ...ctx.repo,
    sha: headSha,
    pullRequest: { number: pr.number, isChanged: (path, line) => changedFilter(path)(line) },
  });
  const counts = countFindings(own);
  setCountOutputs(counts);
  const annotations = emitAnnotations(own, { newFirst: (path, line) => changedFilter(path)(line) });

  // Suggestions go first so the comment can say how many are waiting on the diff.
  let suggested = 0;
  if (ctx.inputs.suggestions && !writes.denied) {
    const suggestions = analyzed.flatMap((file, index) => {
      const report = own[index]!;
      return buildLineSuggestions(file, report.diagnostics, report.links, changedFilter(file.path));
    });
    suggested = await postSuggestions(octokit, prRef, headSha, filesByPath, suggestions, commentLang, writes);
  }
  const hints = nextSteps(commentLang, { suggested, fixable: countFindings(own).fixable, isSameRepo: pr.isSameRepo, paths });

  await writeJobSummary(
    renderJobSummary(own, { lang: commentLang, preexisting, lineUrl, annotations, withLinks, appendix, hints, notes: [configNote(commentLang)] }),
  );
  await writeReportFile(
    buildPublishedReport(own, preexisting, withLinks, { lang: commentLang, pullRequest: { number: pr.number, headSha } }),
  );

  if (ctx.inputs.comment) {
    const url = await writes.attempt('posting the pull request comment', () =>
      publishPullRequestComment(octokit, ctx.repo, pr.number, { lang: commentLang, files: own, preexisting, withLinks, lineUrl, appendix, hints }),
    );
    if (url) core.setOutput('comment-url', url);
  }
  return exitCodeFor(counts, ctx.inputs.failOn);
}

function sortDiffs(
  analyzed: AnalyzedFile[],
  own: FileReport[],
  config: Config,
  now: Date,
  forkFallback: boolean,
  changedFilter: ((path: string) => LineFilter) | undefined,
): string[] {
  const blocks: string[] = [];
  analyzed.forEach((file, index) => {
    if (!own[index]!.diagnostics.some((d) => d.rule === 'sort-order')) return;
    const sorted = sortSource(file.source, config, file.lang, now, changedFilter?.(file.path));
    if (sorted === file.source) return;
    const forkNote = forkFallback ? sortForkNote(file.lang) : undefined;
    blocks.push(sortDiffBlock(file.path, file.source, sorted, file.lang, forkNote, changedFilter !== undefined));
  });
  return blocks;
}

async function postSuggestions(
  octokit: GitHubClient,
  prRef: { owner: string; repo: string; pullNumber: number },
  headSha: string,
  filesByPath: Map<string, PullRequestFile>,
  suggestions: LineSuggestion[],
  lang: Lang,
  writes: WriteAccess,
): Promise<number> {
  if (suggestions.length === 0) return 0;
  const diffHunks = new Map<string, LineRange[]>([...filesByPath].map(([path, file]) => [path, file.hunks]));
  const result = await writes.attempt('posting review suggestions', () =>
    postReviewSuggestions(octokit, {
      ...prRef,
      commitId: headSha,
      diffHunks,
      suggestions,
      reviewBody: renderReviewBody(lang),
    }),
  );
  if (result) {
    core.info(
      `tracker-bot: suggestions: ${result.posted} posted, ${result.skippedDuplicate} already posted, ` +
        `${result.skippedOutsideDiff} outside the diff, ${result.skippedOverLimit} over the limit, ${result.failed} refused`,
    );
  }
  return result ? result.posted + result.skippedDuplicate : 0;
}

/** What the contributor and the maintainer can do next (see renderNextSteps), with the local command for `paths`. */
export function nextSteps(lang: Lang, facts: { suggested: number; fixable: number; isSameRepo: boolean; paths: string[] }): string[] {
  return renderNextSteps(lang, { ...facts, command: localFixCommand(facts.paths) });
}
