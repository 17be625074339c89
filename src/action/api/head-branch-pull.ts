// Action adapter › GitHub API › head-branch pull request: the one open pull request from a bot branch of this
// repository into a base branch (find, create, edit title and body). Used by the fix pull request.
import { callApi } from './errors.js';
import type { GitHubClient } from './octokit.js';
import type { RepoParams } from './branch-ref.js';

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
