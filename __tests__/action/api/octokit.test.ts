import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit } from '../../../src/action/api/octokit.js';
import { GitHubApiError, isPermissionError, toGitHubApiError } from '../../../src/action/api/errors.js';
import { getPullRequest } from '../../../src/action/api/pull-request.js';
import { listPullRequestFiles } from '../../../src/action/api/pull-request-files.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.github.state.addRepo({ owner: 'acme', name: 'awesome', files: { 'README.md': 'a\nb\nc\n' } });
  h.github.state.addPullRequest({ repo: 'acme/awesome', number: 1, headRef: 'f', changes: { 'README.md': 'a\nB\nc\n' } });
});
afterEach(async () => {
  await h.github.close();
});

const pr = { owner: 'acme', repo: 'awesome', pullNumber: 1 };

describe('createOctokit', () => {
  it('retries a 502 and succeeds', async () => {
    h.github.failNext('GET', /pulls\/1\/files/, 502, 1);
    const files = await listPullRequestFiles(h.octokit, pr);
    expect(files.map((f) => f.path)).toEqual(['README.md']);
    expect(h.github.requestsTo('GET', '/repos/acme/awesome/pulls/1/files').map((r) => r.status)).toEqual([502, 200]);
  });

  it('gives up after three retries with a one-line error', async () => {
    h.github.failNext('GET', '/repos/acme/awesome/pulls/1', 503, 10);
    const error = await getPullRequest(h.octokit, pr).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as Error).message).toBe('GitHub API: GET /repos/acme/awesome/pulls/1 failed: 503 Service Unavailable');
    expect(h.github.requestsTo('GET', '/repos/acme/awesome/pulls/1')).toHaveLength(4);
  });

  it('does not retry a 403 that is not a rate limit', async () => {
    h.github.failNext('GET', '/repos/acme/awesome/pulls/1', 403, 1);
    const error = await getPullRequest(h.octokit, pr).catch((e: unknown) => e);
    expect(isPermissionError(error)).toBe(true);
    expect(h.github.requestsTo('GET', '/repos/acme/awesome/pulls/1')).toHaveLength(1);
  });

  it('waits out a primary rate limit and retries a bounded number of times', async () => {
    const reset = String(Math.floor(Date.now() / 1000));
    h.github.failNext('GET', '/repos/acme/awesome/pulls/1', 403, 1, {
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    });
    expect((await getPullRequest(h.octokit, pr)).number).toBe(1);
    expect(h.warnings.some((w) => /GitHub rate limit hit on GET .*retrying/.test(w))).toBe(true);

    h.github.failNext('GET', '/repos/acme/awesome/pulls/1', 403, 10, {
      message: 'API rate limit exceeded for installation ID 1.',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset },
    });
    const before = h.github.requestsTo('GET', '/repos/acme/awesome/pulls/1').length;
    const error = await getPullRequest(h.octokit, pr).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/403 API rate limit exceeded/);
    expect(isPermissionError(error)).toBe(false);
    expect(h.github.requestsTo('GET', '/repos/acme/awesome/pulls/1').length - before).toBe(3);
  });

  it('retries a secondary rate limit on a write', async () => {
    h.github.failNext('POST', '/repos/acme/awesome/issues/1/comments', 403, 1, {
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
      headers: { 'retry-after': '1' },
    });
    const { data } = await h.octokit.rest.issues.createComment({ owner: 'acme', repo: 'awesome', issue_number: 1, body: 'hi' });
    expect(data.body).toBe('hi');
    expect(h.warnings.some((w) => /secondary rate limit hit on POST/.test(w))).toBe(true);
    expect(h.github.state.issueComments('acme/awesome', 1)).toHaveLength(1);
  });

  it('defaults the base URL to GITHUB_API_URL', async () => {
    const previous = process.env['GITHUB_API_URL'];
    process.env['GITHUB_API_URL'] = h.github.url;
    try {
      const octokit = createOctokit('env-token');
      expect((await getPullRequest(octokit, pr)).headRef).toBe('f');
      expect(h.github.requests.at(-1)?.headers.authorization).toBe('token env-token');
    } finally {
      if (previous === undefined) delete process.env['GITHUB_API_URL'];
      else process.env['GITHUB_API_URL'] = previous;
    }
  });

  it('refuses an empty token with a clear message', () => {
    expect(() => createOctokit('')).toThrow('A GitHub token is required');
  });

  it('describes a network failure in one line', async () => {
    await h.github.close();
    const octokit = createOctokit('t', { baseUrl: h.github.url, retryBaseMs: 1, retries: 0 });
    const error = await getPullRequest(octokit, pr).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBeNull();
    expect((error as Error).message).toMatch(/^GitHub API: GET \/repos\/acme\/awesome\/pulls\/1 failed: .*ECONNREFUSED/);
    expect((error as Error).message).not.toContain('\n');
    h = await startHarness();
  });
});

describe('toGitHubApiError', () => {
  it('lists validation details', () => {
    const error = toGitHubApiError(
      {
        status: 422,
        request: { method: 'POST', url: 'https://api.github.com/repos/o/r/labels' },
        response: { status: 422, data: { message: 'Validation Failed', errors: [{ resource: 'Label', code: 'already_exists', field: 'name' }] } },
      },
      'POST',
      '/x',
    );
    expect(error.message).toBe('GitHub API: POST /repos/o/r/labels failed: 422 Validation Failed (Label name already_exists)');
  });
});
