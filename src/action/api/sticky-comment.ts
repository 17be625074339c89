// Action adapter › GitHub API layer: the pull-request bot's single summary comment — created once, edited in
// place on every later run, found again by a hidden marker that only a bot-authored comment may carry.
import { callApi } from './errors.js';
import type { GitHubClient } from './octokit.js';

export const STICKY_COMMENT_MARKER = '<!-- tracker-bot -->';

export interface StickyCommentParams {
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  /** Hidden HTML comment identifying the bot's comment; prepended to the body when missing. */
  marker?: string;
  /** Narrow the match to one bot login (e.g. "github-actions[bot]"); any Bot author matches by default. */
  authorLogin?: string;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
}

interface CommentAuthor {
  login?: string;
  type?: string;
}

/** A comment counts as the bot's own only when a Bot wrote it: anyone can paste the marker. */
export function isBotCommentWithMarker(
  comment: { body?: string | null; user?: CommentAuthor | null },
  marker: string,
  authorLogin?: string,
): boolean {
  return (
    comment.user?.type === 'Bot' &&
    (authorLogin === undefined || comment.user.login === authorLogin) &&
    (comment.body ?? '').includes(marker)
  );
}

export function withMarker(body: string, marker: string): string {
  return body.includes(marker) ? body : `${marker}\n${body}`;
}

/** The bot's comment carrying `marker` (default STICKY_COMMENT_MARKER) on the issue or pull request, or null. */
export async function findStickyComment(octokit: GitHubClient, params: Omit<StickyCommentParams, 'body'>) {
  const { owner, repo, issueNumber } = params;
  const marker = params.marker ?? STICKY_COMMENT_MARKER;
  const comments = await callApi('GET', `/repos/${owner}/${repo}/issues/${issueNumber}/comments`, () =>
    octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: issueNumber, per_page: 100 }),
  );
  return comments.find((comment) => isBotCommentWithMarker(comment, marker, params.authorLogin)) ?? null;
}

export async function upsertStickyComment(
  octokit: GitHubClient,
  params: StickyCommentParams,
): Promise<StickyCommentResult> {
  const { owner, repo, issueNumber } = params;
  const marker = params.marker ?? STICKY_COMMENT_MARKER;
  const body = withMarker(params.body, marker);
  const listRoute = `/repos/${owner}/${repo}/issues/${issueNumber}/comments`;
  const existing = await findStickyComment(octokit, { ...params, marker });
  if (!existing) {
    const created = await callApi('POST', listRoute, () =>
      octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }),
    );
    return { id: created.data.id, url: created.data.html_url, action: 'created' };
  }
  if (existing.body === body) return { id: existing.id, url: existing.html_url, action: 'unchanged' };
  const updated = await callApi('PATCH', `/repos/${owner}/${repo}/issues/comments/${existing.id}`, () =>
    octokit.rest.issues.updateComment({ owner, repo, comment_id: existing.id, body }),
  );
  return { id: updated.data.id, url: updated.data.html_url, action: 'updated' };
}
