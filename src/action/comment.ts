// Action adapter › sticky comment: renders the pull request's one bot comment (findings grouped by section
// with links to the lines, pre-existing problems folded apart, appendix blocks such as a sort diff) and
// publishes it — created once, edited after, turned into a short all-clear line once the PR is clean.
import { format } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import { renderMarkdown } from '../report/markdown.js';
import { TEXT } from '../report/messages.js';
import { summarize, type FileReport } from '../report/model.js';
import {
  COMMENT_LIMIT,
  findStickyComment,
  truncateComment,
  upsertStickyComment,
  type GitHubClient,
} from './api/index.js';
import type { RepoRef } from './context.js';

export type { CommentContent };

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
