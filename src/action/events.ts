// Action adapter › events: the event payload (GITHUB_EVENT_PATH) read into the typed events the plans take.
// Pure: a payload in, an event out, or a one-line InputError for a payload that lacks what the event needs.
import { InputError } from '../io/read-tracker.js';
import type { RepoRef } from './settings.js';

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

/** The `pull_request` of a pull_request / pull_request_target payload. Throws InputError when it is incomplete. */
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

export interface CommentEvent {
  /** The payload's `action` (created, edited, deleted); undefined when absent. */
  action: unknown;
  issueNumber: number;
  isPullRequest: boolean;
  body: string;
  login: string;
  userType: string;
  authorAssociation: string;
}

/** The comment of an issue_comment payload, or null when the payload has no issue or comment. */
export function commentFromPayload(payload: Record<string, unknown>): CommentEvent | null {
  const issue = payload['issue'] as { number?: unknown; pull_request?: unknown } | undefined;
  const comment = payload['comment'] as
    | { body?: unknown; author_association?: unknown; user?: { login?: unknown; type?: unknown } | null }
    | undefined;
  if (!issue || typeof issue.number !== 'number' || !comment) return null;
  return {
    action: payload['action'],
    issueNumber: issue.number,
    isPullRequest: issue.pull_request !== undefined && issue.pull_request !== null,
    body: typeof comment.body === 'string' ? comment.body : '',
    login: typeof comment.user?.login === 'string' ? comment.user.login : '',
    userType: typeof comment.user?.type === 'string' ? comment.user.type : '',
    authorAssociation: typeof comment.author_association === 'string' ? comment.author_association : 'NONE',
  };
}
