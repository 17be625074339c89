import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRepositories } from '../../../src/action/api/index.js';
import { createOctokit } from '../../../src/action/api/octokit.js';
import { linksSchema } from '../../../src/config/schema.js';
import { checkLinks } from '../../../src/links/index.js';
import { createGitHubRepositoryChecker, parseRepositoryUrl } from '../../../src/links/checkers/github.js';
import { startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';

describe('parseRepositoryUrl', () => {
  it('takes owner and name from github.com repository URLs only', () => {
    expect(parseRepositoryUrl('https://github.com/openai/gpt-2')).toEqual({ repo: { owner: 'openai', name: 'gpt-2' }, rest: '', isRoot: true });
    expect(parseRepositoryUrl('https://www.github.com/openai/gpt-2/')).toMatchObject({ isRoot: true });
    expect(parseRepositoryUrl('https://github.com/openai/gpt-2.git')).toMatchObject({ repo: { name: 'gpt-2' } });
    expect(parseRepositoryUrl('https://github.com/a/b/blob/main/README.md#x')).toEqual({
      repo: { owner: 'a', name: 'b' },
      rest: '/blob/main/README.md#x',
      isRoot: false,
    });
    expect(parseRepositoryUrl('https://github.com/openai')).toBeNull();
    expect(parseRepositoryUrl('https://github.com/topics/gpt')).toBeNull();
    expect(parseRepositoryUrl('https://github.com/features/copilot')).toBeNull();
    expect(parseRepositoryUrl('https://gist.github.com/a/b')).toBeNull();
    expect(parseRepositoryUrl('https://example.com/a/b')).toBeNull();
  });
});

describe('GitHub repository checker through the API', () => {
  let github: FakeGitHub;

  beforeAll(async () => {
    github = await startFakeGitHub();
    const { state } = github;
    state.addRepo({ owner: 'live', name: 'repo' });
    state.addRepo({ owner: 'old-owner', name: 'old-name' });
    state.moveRepo('old-owner/old-name', 'new-owner/new-name');
    state.addRepo({ owner: 'frozen', name: 'tool', archived: true });
  });
  afterAll(() => github.close());

  it('batches repositories into GraphQL and turns them into verdicts', async () => {
    const octokit = createOctokit('test-token', { baseUrl: github.url, retryBaseMs: 1, writeIntervalMs: 0 });
    const checker = createGitHubRepositoryChecker((repos) => checkRepositories(octokit, repos));
    const urls = [
      'https://github.com/live/repo',
      'https://github.com/old-owner/old-name',
      'https://github.com/old-owner/old-name/tree/main/docs',
      'https://github.com/gone/away',
      'https://github.com/frozen/tool',
    ];
    const verdicts = await checkLinks(urls, linksSchema.parse({ retries: 0 }), { checkers: [checker] });
    expect(verdicts.get('https://github.com/live/repo')).toMatchObject({ verdict: 'alive', status: 200 });
    expect(verdicts.get('https://github.com/old-owner/old-name')).toMatchObject({
      verdict: 'redirected',
      finalUrl: expect.stringMatching(/\/new-owner\/new-name$/),
    });
    expect(verdicts.get('https://github.com/old-owner/old-name/tree/main/docs')?.finalUrl).toMatch(/\/new-owner\/new-name\/tree\/main\/docs$/);
    expect(verdicts.get('https://github.com/gone/away')).toMatchObject({ verdict: 'dead', reason: { kind: 'github-repo-missing' } });
    expect(verdicts.get('https://github.com/frozen/tool')).toMatchObject({ verdict: 'alive', reason: { kind: 'github-repo-archived' } });
    expect([...checker.archived]).toEqual(['https://github.com/frozen/tool']);
    expect(github.requestsTo('POST', '/graphql')).toHaveLength(1);
  });

  it('leaves the URLs to the HTTP engine when the lookup fails', async () => {
    const checker = createGitHubRepositoryChecker(async (repos) => repos.map((repo) => ({ repo, status: 'error' as const, message: 'boom' })));
    const verdicts = await checker.checkBatch(['https://github.com/live/repo']);
    expect(verdicts.size).toBe(0);
  });
});
