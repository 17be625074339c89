// Action adapter › pull request executor (pull_request / pull_request_target): carries out a PullRequestPlan —
// lints the tracker files a PR changes (each analysed once), counts only problems on the lines it adds or
// changes (scope: changed), checks the links of those rows, and reports through annotations, the job summary,
// one sticky comment, review suggestions and the sort mode. Nothing from the PR is run or installed; on
// pull_request_target the files are read through the API.
import { escapeWorkflowValue as logSafe } from '../report/workflow-commands.js';
import * as core from '@actions/core';
import { pageFactsOf, toFileReport, type AnalyzedFile } from '../app/analyze.js';
import { addPageFactFindings, analyseTracker } from './analyse.js';
import type { Config } from '../core/options.js';
import { verdictSettings } from '../core/lint.js';
import { ROW_ORDER_RULE_IDS } from '../core/rules/index.js';
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
import { withPullRequestConfig } from './config.js';
import { requireOctokit, type ActionRunContext } from './context.js';
import { pullRequestFromPayload, type PullRequestEvent } from './events.js';
import { checkOccurrences } from './links.js';
import { planPullRequest, type PullRequestPlan } from './plan.js';
import { langOf, runLang } from './settings.js';
import { localFixCommand } from './fix-command.js';
import { renderConfigNote, renderNextSteps, renderReviewBody, renderSortCommitted, sortForkNote } from '../report/fix-advice.js';
import { buildPublishedReport, countFindings, exitCodeFor, setCountOutputs, writeReportFile } from './outputs.js';
import { sortDiffBlock, sortSource } from './sort.js';
import { buildLineSuggestions } from './suggestions.js';
import { renderJobSummary } from '../report/job-summary.js';
import { writeJobSummary } from './summary.js';
import { readTrackerAtRef, readWorkspaceTracker } from './tracker-files.js';
import { WriteAccess } from './write-access.js';

/**
 * The run's context with the base branch's config (or the built-in defaults): never the pull request's own
 * copy. Logs where it came from; the note says it in the comment's language.
 */
async function withBaseBranchConfig(runCtx: ActionRunContext, octokit: GitHubClient, pr: PullRequestEvent): Promise<{ ctx: ActionRunContext; note: (lang: Lang) => string }> {
  const ctx = await withPullRequestConfig(runCtx, octokit, { sha: pr.baseSha, ref: pr.baseRef });
  const fromBase = ctx.configOrigin === 'base-branch';
  const note = (lang: Lang) => renderConfigNote(fromBase ? 'base-branch' : 'defaults', ctx.inputs.config, pr.baseRef, lang);
  core.info(
    fromBase
      ? `tracker-bot: using ${logSafe(ctx.inputs.config)} from the base branch ${logSafe(pr.baseRef)}`
      : `tracker-bot: the base branch has no ${logSafe(ctx.inputs.config)}; using the built-in defaults (never the pull request's copy)`,
  );
  return { ctx, note };
}

async function readPullRequestSources(ctx: ActionRunContext, octokit: GitHubClient, plan: PullRequestPlan, headSha: string): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  for (const path of plan.paths) {
    const source =
      plan.readFrom.kind === 'api'
        ? await readTrackerAtRef(octokit, plan.readFrom.repo, path, plan.readFrom.ref)
        : await readWorkspaceTracker(ctx.workspace, path);
    if (source === null) throw new InputError(`${path}: not found at the pull request head ${headSha}`);
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

/**
 * `sort: commit`: sorts each file as the head branch has it and commits the changed ones there. The sorted
 * text replaces the file's source, so the one analysis that follows sees what the branch now holds.
 */
async function commitSortedFiles(
  ctx: ActionRunContext,
  octokit: GitHubClient,
  pr: PullRequestEvent,
  plan: PullRequestPlan,
  sources: Map<string, string>,
  writes: WriteAccess,
  changedFilter: (path: string) => LineFilter,
): Promise<SortCommitOutcome> {
  const outcome: SortCommitOutcome = { headSha: pr.headSha, committed: [], refused: false };
  for (const path of plan.paths) {
    const file = await readFile(octokit, { owner: ctx.repo.owner, repo: ctx.repo.repo, path, ref: pr.headRef });
    if (!file) continue;
    const sorted = sortSource(file.content, ctx.config, langOf(ctx, file.content), ctx.now, plan.focus === 'all' ? undefined : changedFilter(path));
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

interface JudgedFiles {
  /** Each file's one analysis, with the page-facts findings of its own rows. */
  analyzed: AnalyzedFile[];
  /** The pull request's own findings, per file (every finding with `scope: all`). */
  own: FileReport[];
  /** Findings already in the files before the pull request, per file (empty with `scope: all`). */
  preexisting: FileReport[];
  withLinks: boolean;
}

/**
 * Analyses each file once (with `scope: changed` the rules judge the PR's rows: sort-order names only the rows
 * it added or moved), checks the links the plan selects, compares the PR's own rows with their pages, and
 * splits the findings into the PR's own and the pre-existing ones.
 */
async function judgeFiles(ctx: ActionRunContext, plan: PullRequestPlan, sources: ReadonlyMap<string, string>, changedFilter: (path: string) => LineFilter): Promise<JudgedFiles> {
  let analyzed = plan.paths.map((path) =>
    analyseTracker(ctx, path, sources.get(path)!, plan.focus === 'all' ? {} : { focusLines: changedFilter(path) }),
  );
  const withLinks = plan.links !== 'none';
  let verdicts: Map<string, LinkVerdict> | undefined;
  if (withLinks) {
    const occurrences = analyzed.flatMap((file) => (plan.links === 'all' ? file.links : changedLinks(file.links, changedFilter(file.path))));
    verdicts = await checkOccurrences(occurrences, ctx.config, ctx.octokit, plan.linkBudgetMs);
    // Rows are compared with their pages only where the pull request wrote them.
    const ownRows = analyzed.flatMap((file) => changedLinks(file.links, changedFilter(file.path)));
    const pageFacts = pageFactsOf(verdicts, ownRows);
    analyzed = analyzed.map((file) => addPageFactFindings(ctx, file, pageFacts, verdicts));
  }
  const own: FileReport[] = [];
  const preexisting: FileReport[] = [];
  for (const file of analyzed) {
    const report = toFileReport(file, verdicts, verdictSettings(ctx.config.rules));
    if (plan.focus === 'all') {
      own.push(report);
      continue;
    }
    const split = splitByChangedLines(report, changedFilter(file.path));
    own.push(split.own);
    preexisting.push(split.preexisting);
  }
  return { analyzed, own, preexisting, withLinks };
}

export async function runPullRequest(runCtx: ActionRunContext): Promise<number> {
  const octokit = requireOctokit(runCtx);
  const pr = pullRequestFromPayload(runCtx.payload, runCtx.repo);
  const prRef = { owner: runCtx.repo.owner, repo: runCtx.repo.repo, pullNumber: pr.number };
  const { ctx, note: configNote } = await withBaseBranchConfig(runCtx, octokit, pr);
  let prFiles = await listPullRequestFiles(octokit, prRef);
  const plan = planPullRequest(ctx, pr, prFiles);
  const { paths } = plan;
  core.info(`tracker-bot: PR #${pr.number} changes ${paths.length} tracker file(s)${paths.length ? `: ${logSafe(paths.join(', '))}` : ''}`);
  const sources = await readPullRequestSources(ctx, octokit, plan, pr.headSha);
  let filesByPath = new Map<string, PullRequestFile>(prFiles.map((file) => [file.path, file]));
  const changedFilter = (path: string): LineFilter => lineSet(filesByPath.get(path)?.addedLines ?? []);
  const focusFilter = plan.focus === 'all' ? undefined : changedFilter;
  const writes = new WriteAccess();

  let sortMode = plan.sort;
  let headSha = pr.headSha;
  const appendix: string[] = [];
  if (sortMode === 'commit') {
    const outcome = await commitSortedFiles(ctx, octokit, pr, plan, sources, writes, changedFilter);
    headSha = outcome.headSha;
    if (outcome.refused) sortMode = 'suggest';
    if (outcome.committed.length > 0) {
      prFiles = await listPullRequestFiles(octokit, prRef);
      filesByPath = new Map<string, PullRequestFile>(prFiles.map((file) => [file.path, file]));
      for (const { path, sha } of outcome.committed) {
        appendix.push(renderSortCommitted(path, sha, langOf(ctx, sources.get(path)!)));
      }
    }
  }

  const { analyzed, own, preexisting, withLinks } = await judgeFiles(ctx, plan, sources, changedFilter);

  if (sortMode === 'suggest') appendix.push(...sortDiffs(analyzed, own, ctx.config, ctx.now, plan.sortForkFallback, focusFilter));

  const commentLang: Lang = runLang(ctx, analyzed[0]?.source);
  const lineUrl = lineLinker({
    serverUrl: ctx.serverUrl,
    ...ctx.repo,
    sha: headSha,
    pullRequest: { number: pr.number, isChanged: (path, line) => changedFilter(path)(line) },
  });
  const counts = countFindings(own);
  setCountOutputs(ctx.outputs, counts);
  const annotations = emitAnnotations(own, { newFirst: (path, line) => changedFilter(path)(line) });

  // Suggestions go first so the comment can say how many are waiting on the diff.
  let suggested = 0;
  if (plan.suggestions && !writes.denied) {
    const suggestions = analyzed.flatMap((file, index) => {
      const report = own[index]!;
      return buildLineSuggestions(file, report.diagnostics, report.links, changedFilter(file.path));
    });
    suggested = await postSuggestions(octokit, prRef, headSha, filesByPath, suggestions, commentLang, writes);
  }
  const hints = nextSteps(commentLang, { suggested, fixable: counts.fixable, isSameRepo: pr.isSameRepo, paths });

  await writeJobSummary(
    renderJobSummary(own, { lang: commentLang, preexisting, lineUrl, annotations, withLinks, appendix, hints, notes: [configNote(commentLang)] }),
  );
  await writeReportFile(
    ctx.outputs,
    buildPublishedReport(own, preexisting, withLinks, { lang: commentLang, pullRequest: { number: pr.number, headSha } }),
  );

  if (plan.comment) {
    const url = await writes.attempt('posting the pull request comment', () =>
      publishPullRequestComment(octokit, ctx.repo, pr.number, { lang: commentLang, files: own, preexisting, withLinks, lineUrl, appendix, hints }),
    );
    if (url) ctx.outputs.set('comment-url', url);
  }
  return exitCodeFor(counts, plan.failOn);
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
    if (!own[index]!.diagnostics.some((d) => ROW_ORDER_RULE_IDS.includes(d.rule))) return;
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
