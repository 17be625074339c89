// Action adapter › plans: what a run will do, decided before anything is done. Each event has one pure
// function from (Settings, event, files) to a plan — which files to lint, which links to check, which fixes
// to commit, what to publish. The executors (pull-request.ts, push.ts, scheduled.ts, issue-comment.ts,
// publish-report.ts) carry plans out; nothing here reads a file or calls the API.
import { resolve } from 'node:path';
import { InputError } from '../io/read-tracker.js';
import type { PullRequestInfo } from './api/pull-request.js';
import type { CommentEvent, PullRequestEvent } from './events.js';
import type { CheckLinksMode, FailOn, RepoRef, Settings, ShardSpec, SortMode } from './settings.js';
import { matchTrackerPaths } from './tracker-files.js';

/** Which plan a run follows. */
export type RunKind = 'pull-request' | 'push' | 'schedule' | 'fix-command' | 'publish-report';

export const SUPPORTED_EVENTS = 'pull_request, pull_request_target, push, issue_comment, schedule, workflow_dispatch, or report-from';

/** The plan kind of a run; null for events the Action ignores. `report-from` wins over the event. */
export function runKindOf(settings: Pick<Settings, 'eventName' | 'inputs'>): RunKind | null {
  if (settings.inputs.reportFrom) return 'publish-report';
  switch (settings.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return 'pull-request';
    case 'push':
      return 'push';
    case 'issue_comment':
      return 'fix-command';
    case 'schedule':
    case 'workflow_dispatch':
      return 'schedule';
    default:
      return null;
  }
}

export type LinkScope = 'changed' | 'all' | 'none';

/** `auto` means: changed rows on pull requests, every link on schedule/dispatch, none on push. */
export function linkScopeFor(mode: CheckLinksMode, event: 'pull_request' | 'push' | 'schedule'): LinkScope {
  if (mode !== 'auto') return mode;
  return event === 'pull_request' ? 'changed' : event === 'schedule' ? 'all' : 'none';
}

/** Default `links.budget` by event (milliseconds): a pull request's check should not stall; a scan may take an hour. */
export const DEFAULT_LINK_BUDGET_MS = { pull_request: 10 * 60_000, push: 10 * 60_000, schedule: 60 * 60_000 } as const;

function linkBudgetMs(settings: Settings, event: keyof typeof DEFAULT_LINK_BUDGET_MS): number {
  return settings.config.links.budget ?? DEFAULT_LINK_BUDGET_MS[event];
}

/**
 * Whether a run may call the GitHub API at all (Octokit is loaded only then): a push run only to check
 * GitHub repository links, every other kind always, ignored events never.
 */
export function needsApi(settings: Pick<Settings, 'eventName' | 'inputs'>): boolean {
  const kind = runKindOf(settings);
  if (kind === null) return false;
  return kind !== 'push' || linkScopeFor(settings.inputs.checkLinks, 'push') !== 'none';
}

// ---------------------------------------------------------------- push

export interface PushPlan {
  /** Tracker files of the workspace to lint, whole. */
  paths: string[];
  /** Check every link of those files (a push has no changed rows, so `changed` means all). */
  checkLinks: boolean;
  linkBudgetMs: number;
  failOn: FailOn;
}

/** A push: lint the selected workspace files, check their links only when `check-links` asks. */
export function planPush(settings: Settings, paths: readonly string[]): PushPlan {
  return {
    paths: [...paths],
    checkLinks: linkScopeFor(settings.inputs.checkLinks, 'push') !== 'none',
    linkBudgetMs: linkBudgetMs(settings, 'push'),
    failOn: settings.inputs.failOn,
  };
}

// ---------------------------------------------------------------- pull request

export interface PullRequestPlan {
  /** The tracker files the pull request adds or changes (removed ones left out), selected by `files`. */
  paths: string[];
  /** Where their text is read: the workspace checkout (pull_request) or the head repository at the head commit (pull_request_target). */
  readFrom: { kind: 'workspace' } | { kind: 'api'; repo: RepoRef; ref: string };
  /** `changed`: findings count only on the lines the pull request adds or changes; `all`: every finding counts. */
  focus: 'changed' | 'all';
  /** Whose links to check: the changed rows', every row's, or none. */
  links: LinkScope;
  linkBudgetMs: number;
  /** The sort mode carried out: `commit` falls back to `suggest` on a fork (nothing can be committed there). */
  sort: SortMode;
  /** True when `commit` fell back to `suggest` because the pull request comes from a fork. */
  sortForkFallback: boolean;
  comment: boolean;
  suggestions: boolean;
  failOn: FailOn;
}

/**
 * A pull request: lint the tracker files it changes, check the links `check-links` selects, sort per `sort`,
 * publish the comment and suggestions when asked. `files` is the pull request's file list (path, status).
 * Throws InputError when pull_request_target's head repository no longer exists.
 */
export function planPullRequest(settings: Settings, pr: PullRequestEvent, files: readonly { path: string; status: string }[]): PullRequestPlan {
  const paths = matchTrackerPaths(
    files.filter((file) => file.status !== 'removed').map((file) => file.path),
    settings.inputs.files,
  );
  let readFrom: PullRequestPlan['readFrom'] = { kind: 'workspace' };
  if (settings.eventName === 'pull_request_target') {
    if (!pr.headRepo) throw new InputError('the pull request head repository no longer exists');
    const [owner = '', repo = ''] = pr.headRepo.split('/');
    readFrom = { kind: 'api', repo: { owner, repo }, ref: pr.headSha };
  }
  const sortForkFallback = settings.inputs.sort === 'commit' && !pr.isSameRepo;
  return {
    paths,
    readFrom,
    focus: settings.inputs.scope,
    links: linkScopeFor(settings.inputs.checkLinks, 'pull_request'),
    linkBudgetMs: linkBudgetMs(settings, 'pull_request'),
    sort: sortForkFallback ? 'suggest' : settings.inputs.sort,
    sortForkFallback,
    comment: settings.inputs.comment,
    suggestions: settings.inputs.suggestions,
    failOn: settings.inputs.failOn,
  };
}

// ---------------------------------------------------------------- schedule / workflow_dispatch

export interface SchedulePlan {
  /** Tracker files of the workspace whose every link is scanned. */
  paths: string[];
  /** `all`: check every link here; `shard`: check one host-partitioned slice and write a shard report; `merge`: join shard reports. */
  links: { kind: 'all' } | { kind: 'shard'; shard: ShardSpec } | { kind: 'merge'; reports: string };
  linkBudgetMs: number;
  /** Absolute path of the link cache file, which carries the verdict history. */
  cachePath: string;
  deadAfter: number;
  /** The tracking issue to keep in step; null for a shard, which only writes its report. */
  issue: { label: string; title: string | null } | null;
  /** Open or update the pull request of safe fixes. */
  fixPr: boolean;
  failOn: FailOn;
}

/**
 * A scheduled or dispatched scan of `paths` (the workspace files `files` selects). Throws InputError when no
 * file matches or when `shard` and `merge-reports` are both given.
 */
export function planSchedule(settings: Settings, paths: readonly string[]): SchedulePlan {
  const { inputs } = settings;
  if (paths.length === 0) throw new InputError(`input files: no tracker file matches ${inputs.files.join(', ')}`);
  if (inputs.shard && inputs.mergeReports) throw new InputError('inputs shard and merge-reports cannot be used together');
  const links: SchedulePlan['links'] = inputs.shard
    ? { kind: 'shard', shard: inputs.shard }
    : inputs.mergeReports
      ? { kind: 'merge', reports: inputs.mergeReports }
      : { kind: 'all' };
  return {
    paths: [...paths],
    links,
    linkBudgetMs: linkBudgetMs(settings, 'schedule'),
    cachePath: resolve(settings.workspace, inputs.cachePath),
    deadAfter: inputs.deadAfter,
    issue: links.kind === 'shard' ? null : { label: inputs.issueLabel, title: inputs.issueTitle || null },
    fixPr: links.kind !== 'shard' && inputs.fixPr,
    failOn: inputs.failOn,
  };
}

// ---------------------------------------------------------------- issue_comment: /tracker-bot fix

export const FIX_COMMAND = /^\/tracker-bot\s+fix(?:\s|$)/;

export type FixCommandPlan =
  | { kind: 'ignore'; log: string }
  /** Ask the API whether `login` may write; only then fetch the pull request and plan the commit (planFixCommit). */
  | { kind: 'authorize'; login: string; authorAssociation: string; pullNumber: number };

/** An issue comment: a new `/tracker-bot fix` on a pull request by a person is worth checking; anything else is ignored. */
export function planFixCommand(comment: CommentEvent | null): FixCommandPlan {
  if (!comment || !comment.isPullRequest || (comment.action !== undefined && comment.action !== 'created')) {
    return { kind: 'ignore', log: 'not a new comment on a pull request; nothing to do' };
  }
  if (!FIX_COMMAND.test(comment.body.trim()) || comment.userType === 'Bot') {
    return { kind: 'ignore', log: 'the comment is not a /tracker-bot fix command; nothing to do' };
  }
  return { kind: 'authorize', login: comment.login, authorAssociation: comment.authorAssociation, pullNumber: comment.issueNumber };
}

export type FixCommitPlan =
  /** Nothing can be committed: reply why (a closed pull request, a fork, no tracker file changed). */
  | { kind: 'reply'; reason: 'not-open' | 'not-same-repo' | 'no-files'; paths: string[] }
  /** Apply every safe fix to each file at the head branch and commit the changed ones there. */
  | { kind: 'commit'; paths: string[]; branch: string };

/** The fix command on an authorized pull request, given its file list. */
export function planFixCommit(settings: Settings, pr: PullRequestInfo, files: readonly { path: string; status: string }[]): FixCommitPlan {
  const paths = matchTrackerPaths(files.filter((file) => file.status !== 'removed').map((file) => file.path), settings.inputs.files);
  if (pr.state !== 'open') return { kind: 'reply', reason: 'not-open', paths };
  if (!pr.isSameRepo) return { kind: 'reply', reason: 'not-same-repo', paths };
  if (paths.length === 0) return { kind: 'reply', reason: 'no-files', paths };
  return { kind: 'commit', paths, branch: pr.headRef };
}
