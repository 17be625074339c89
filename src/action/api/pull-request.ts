// Action adapter › GitHub API layer: one pull request's refs and origin. An `issue_comment` event carries only
// the issue, so the Action fetches the PR to learn its head/base and whether it comes from a fork.
import { callApi } from './errors.js';
import type { GitHubClient } from './octokit.js';

export interface PullRequestInfo {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  draft: boolean;
  authorLogin: string | null;
  headRef: string;
  headSha: string;
  /** owner/name of the head repository; null when the fork was deleted. */
  headRepo: string | null;
  baseRef: string;
  baseSha: string;
  baseRepo: string;
  /** Head and base live in the same repository (not a fork): a commit to the head branch is possible. */
  isSameRepo: boolean;
  url: string;
}

export async function getPullRequest(
  octokit: GitHubClient,
  params: { owner: string; repo: string; pullNumber: number },
): Promise<PullRequestInfo> {
  const { owner, repo, pullNumber } = params;
  const { data } = await callApi('GET', `/repos/${owner}/${repo}/pulls/${pullNumber}`, () =>
    octokit.rest.pulls.get({ owner, repo, pull_number: pullNumber }),
  );
  const headRepo = data.head.repo?.full_name ?? null;
  const baseRepo = data.base.repo.full_name;
  return {
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: data.merged ?? false,
    draft: data.draft ?? false,
    authorLogin: data.user?.login ?? null,
    headRef: data.head.ref,
    headSha: data.head.sha,
    headRepo,
    baseRef: data.base.ref,
    baseSha: data.base.sha,
    baseRepo,
    isSameRepo: headRepo !== null && headRepo.toLowerCase() === baseRepo.toLowerCase(),
    url: data.html_url,
  };
}
