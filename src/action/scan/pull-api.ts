// Scheduled scan › GitHub API operations the fix pull request needs and the shared API layer lacks: a branch
// ref (read, create, force-reset through the git refs API) and the pull requests opened from one head branch.
import { callApi, isNotFoundError, isValidationError } from '../api/errors.js';
import type { GitHubClient } from '../api/octokit.js';

export interface RepoParams {
  owner: string;
  repo: string;
}

/** The commit a branch points at, or null when the branch does not exist. */
export async function getBranchSha(octokit: GitHubClient, params: RepoParams & { branch: string }): Promise<string | null> {
  const { owner, repo, branch } = params;
  try {
    const { data } = await callApi('GET', `/repos/${owner}/${repo}/git/ref/heads/${branch}`, () =>
      octokit.rest.git.getRef({ owner, repo, ref: `heads/${branch}` }),
    );
    return data.object.sha;
  } catch (error) {
    if (isNotFoundError(error)) return null;
    throw error;
  }
}

/** Points `branch` at `sha`, creating it when missing and moving it (force) when it exists. */
export async function resetBranch(octokit: GitHubClient, params: RepoParams & { branch: string; sha: string }): Promise<'created' | 'reset'> {
  const { owner, repo, branch, sha } = params;
  if ((await getBranchSha(octokit, params)) === null) {
    try {
      await callApi('POST', `/repos/${owner}/${repo}/git/refs`, () =>
        octokit.rest.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha }),
      );
      return 'created';
    } catch (error) {
      // Created by a concurrent run in the meantime: fall through to the reset.
      if (!isValidationError(error)) throw error;
    }
  }
  await callApi('PATCH', `/repos/${owner}/${repo}/git/refs/heads/${branch}`, () =>
    octokit.rest.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha, force: true }),
  );
  return 'reset';
}

export interface OpenPull {
  number: number;
  url: string;
  title: string;
  body: string | null;
}

/** The open pull request from `branch` (same repository) into `base`, if any. */
export async function findOpenPull(octokit: GitHubClient, params: RepoParams & { branch: string; base: string }): Promise<OpenPull | null> {
  const { owner, repo, branch, base } = params;
  const pulls = await callApi('GET', `/repos/${owner}/${repo}/pulls`, () =>
    octokit.paginate(octokit.rest.pulls.list, { owner, repo, state: 'open', head: `${owner}:${branch}`, base, per_page: 100 }),
  );
  const ours = pulls.find((pull) => pull.head.ref === branch && pull.head.repo?.full_name.toLowerCase() === `${owner}/${repo}`.toLowerCase());
  return ours ? { number: ours.number, url: ours.html_url, title: ours.title, body: ours.body } : null;
}

export async function createPull(
  octokit: GitHubClient,
  params: RepoParams & { branch: string; base: string; title: string; body: string },
): Promise<OpenPull> {
  const { owner, repo } = params;
  const { data } = await callApi('POST', `/repos/${owner}/${repo}/pulls`, () =>
    octokit.rest.pulls.create({ owner, repo, head: params.branch, base: params.base, title: params.title, body: params.body }),
  );
  return { number: data.number, url: data.html_url, title: data.title, body: data.body };
}

export async function updatePull(
  octokit: GitHubClient,
  params: RepoParams & { number: number; title: string; body: string },
): Promise<void> {
  const { owner, repo } = params;
  await callApi('PATCH', `/repos/${owner}/${repo}/pulls/${params.number}`, () =>
    octokit.rest.pulls.update({ owner, repo, pull_number: params.number, title: params.title, body: params.body }),
  );
}
