// Action adapter › GitHub API › issue comment: posts one new comment on an issue or pull request
// (POST /repos/{owner}/{repo}/issues/{issue_number}/comments), e.g. the reply to `/tracker-bot fix`.
import { callApi } from './errors.js';
import type { GitHubClient } from './octokit.js';

/** Posts `body` as a new comment; returns its URL. Throws GitHubApiError. */
export async function createIssueComment(
  octokit: GitHubClient,
  params: { owner: string; repo: string; issueNumber: number; body: string },
): Promise<string> {
  const { owner, repo, issueNumber, body } = params;
  const { data } = await callApi('POST', `/repos/${owner}/${repo}/issues/${issueNumber}/comments`, () =>
    octokit.rest.issues.createComment({ owner, repo, issue_number: issueNumber, body }),
  );
  return data.html_url;
}
