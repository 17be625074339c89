// Action adapter › GitHub API › branch ref: reads a branch's commit and points a branch at a commit
// (created when missing, force-moved when present) through the git refs API. Used by the fix pull request.
import { callApi, isNotFoundError, isValidationError } from './errors.js';
import type { GitHubClient } from './octokit.js';

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
