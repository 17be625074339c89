// Action adapter › sticky comment: publishes the pull request's one bot comment (rendered by
// src/report/comment.ts) — created once, edited after, turned into the all-clear once the PR is clean.
import { hasProblems, renderCommentBody, type CommentContent } from '../report/comment.js';
import { findStickyComment, upsertStickyComment, type GitHubClient } from './api/index.js';
import type { RepoRef } from './context.js';

async function hasStickyComment(octokit: GitHubClient, repo: RepoRef, issueNumber: number): Promise<boolean> {
  return (await findStickyComment(octokit, { owner: repo.owner, repo: repo.repo, issueNumber })) !== null;
}

/**
 * Posts or edits the sticky comment. A clean pull request gets no new comment; an existing one is edited
 * to the all-clear line. Returns the comment's URL, or null when nothing was posted.
 */
export async function publishPullRequestComment(
  octokit: GitHubClient,
  repo: RepoRef,
  issueNumber: number,
  content: CommentContent,
): Promise<string | null> {
  const params = { owner: repo.owner, repo: repo.repo, issueNumber };
  if (!hasProblems(content) && !(await hasStickyComment(octokit, repo, issueNumber))) return null;
  return (await upsertStickyComment(octokit, { ...params, body: renderCommentBody(content) })).url;
}
