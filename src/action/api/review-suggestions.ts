// Action adapter › GitHub API layer: turns single-line fixes into ```suggestion review comments on a pull
// request — only on lines inside the diff, capped per run, never repeating one already posted.
import { createHash } from 'node:crypto';
import { renderSuggestionComment } from '../../report/fix-advice.js';
import { GitHubApiError, callApi, isPermissionError } from './errors.js';
import type { GitHubClient } from './octokit.js';
import { isLineInDiff, type LineRange } from './pull-request-files.js';

export const SUGGESTION_MARKER = 'tracker-bot:suggestion';
export const MAX_SUGGESTIONS_PER_RUN = 30;

export interface LineSuggestion {
  /** Repository-relative path of the file. */
  path: string;
  /** New-side (RIGHT) line number to replace. */
  line: number;
  /** Full replacement text of that line (no trailing newline). */
  replacement: string;
  /** Explanation shown above the suggestion (already in the report's language). */
  message: string;
}

export interface ReviewSuggestionsParams {
  owner: string;
  repo: string;
  pullNumber: number;
  /** Head commit the suggestions were computed against. */
  commitId: string;
  /** Hunk ranges per path (from listPullRequestFiles); lines outside them cannot carry a comment. */
  diffHunks: ReadonlyMap<string, readonly LineRange[]>;
  suggestions: readonly LineSuggestion[];
  /** Body of the review itself (GitHub requires one for a COMMENT review). */
  reviewBody: string;
  limit?: number;
}

export interface ReviewSuggestionsResult {
  posted: number;
  skippedDuplicate: number;
  skippedOutsideDiff: number;
  skippedOverLimit: number;
  /** Comments GitHub refused one by one after the batched review was refused. */
  failed: number;
  reviewUrl: string | null;
}

/** Hidden marker identifying one suggestion: same file, same replacement text → same key. */
export function suggestionKey(suggestion: Pick<LineSuggestion, 'path' | 'replacement'>): string {
  const digest = createHash('sha256').update(`${suggestion.path}\n${suggestion.replacement}`).digest('hex');
  return `<!-- ${SUGGESTION_MARKER} ${digest.slice(0, 16)} -->`;
}

export function suggestionBody(suggestion: LineSuggestion): string {
  return renderSuggestionComment(suggestion.message, suggestion.replacement, suggestionKey(suggestion));
}

interface ExistingReviewComment {
  path: string;
  line?: number | null;
  body: string;
  user: { type?: string } | null;
}

function alreadyPosted(existing: readonly ExistingReviewComment[], suggestion: LineSuggestion): boolean {
  const key = suggestionKey(suggestion);
  return existing.some(
    (comment) =>
      comment.user?.type === 'Bot' &&
      comment.path === suggestion.path &&
      comment.line === suggestion.line &&
      comment.body.includes(key),
  );
}

export async function postReviewSuggestions(
  octokit: GitHubClient,
  params: ReviewSuggestionsParams,
): Promise<ReviewSuggestionsResult> {
  const { owner, repo, pullNumber } = params;
  const limit = params.limit ?? MAX_SUGGESTIONS_PER_RUN;
  const result: ReviewSuggestionsResult = {
    posted: 0,
    skippedDuplicate: 0,
    skippedOutsideDiff: 0,
    skippedOverLimit: 0,
    failed: 0,
    reviewUrl: null,
  };
  const inDiff = params.suggestions.filter((s) => isLineInDiff(params.diffHunks.get(s.path) ?? [], s.line));
  result.skippedOutsideDiff = params.suggestions.length - inDiff.length;
  if (inDiff.length === 0) return result;

  const commentsRoute = `/repos/${owner}/${repo}/pulls/${pullNumber}/comments`;
  const existing = await callApi('GET', commentsRoute, () =>
    octokit.paginate(octokit.rest.pulls.listReviewComments, { owner, repo, pull_number: pullNumber, per_page: 100 }),
  );
  const seen = new Set<string>();
  const fresh = inDiff.filter((suggestion) => {
    const id = `${suggestion.path}:${suggestion.line}`;
    const duplicate = seen.has(id) || alreadyPosted(existing, suggestion);
    seen.add(id);
    if (duplicate) result.skippedDuplicate += 1;
    return !duplicate;
  });
  const toPost = fresh.slice(0, limit);
  result.skippedOverLimit = fresh.length - toPost.length;
  if (toPost.length === 0) return result;

  const comments = toPost.map((s) => ({ path: s.path, line: s.line, side: 'RIGHT' as const, body: suggestionBody(s) }));
  try {
    const review = await callApi('POST', `/repos/${owner}/${repo}/pulls/${pullNumber}/reviews`, () =>
      octokit.rest.pulls.createReview({
        owner,
        repo,
        pull_number: pullNumber,
        commit_id: params.commitId,
        event: 'COMMENT',
        body: params.reviewBody,
        comments,
      }),
    );
    result.posted = comments.length;
    result.reviewUrl = review.data.html_url;
    return result;
  } catch (error) {
    if (!(error instanceof GitHubApiError) || error.status !== 422) throw error;
  }
  // One bad comment sinks a whole review: post them singly and keep the ones GitHub accepts.
  for (const comment of comments) {
    try {
      await callApi('POST', commentsRoute, () =>
        octokit.rest.pulls.createReviewComment({
          owner,
          repo,
          pull_number: pullNumber,
          commit_id: params.commitId,
          ...comment,
        }),
      );
      result.posted += 1;
    } catch (error) {
      if (isPermissionError(error) || !(error instanceof GitHubApiError) || error.status === null) throw error;
      result.failed += 1;
    }
  }
  return result;
}
