import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRepositoriesQuery, checkRepositories, type RepositoryRef } from '../../../src/action/api/repositories.js';
import type { GitHubApiError } from '../../../src/action/api/errors.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  const s = h.github.state;
  s.addRepo({ owner: 'remarkjs', name: 'remark' });
  s.addRepo({ owner: 'old-org', name: 'tool' });
  s.moveRepo('old-org/tool', 'new-org/tool-ng');
  s.addRepo({ owner: 'someone', name: 'retired', archived: true });
  s.addRepo({ owner: 'someone', name: 'moved-archived', archived: true });
  s.moveRepo('someone/moved-archived', 'museum/moved-archived');
  s.addRepo({ owner: 'corp', name: 'secret', private: true });
});
afterEach(async () => {
  await h.github.close();
});

const ref = (full: string): RepositoryRef => {
  const [owner = '', name = ''] = full.split('/');
  return { owner, name };
};

describe('checkRepositories', () => {
  it('tells existing, moved, archived and missing repositories apart in one GraphQL query', async () => {
    const inputs = ['remarkjs/remark', 'Remarkjs/REMARK', 'old-org/tool', 'someone/retired', 'someone/moved-archived', 'ghost/nothing', 'corp/secret'].map(ref);
    const results = await checkRepositories(h.octokit, inputs);
    expect(results).toEqual([
      { repo: inputs[0], status: 'exists', nameWithOwner: 'remarkjs/remark', url: 'https://github.com/remarkjs/remark', archived: false },
      { repo: inputs[1], status: 'exists', nameWithOwner: 'remarkjs/remark', url: 'https://github.com/remarkjs/remark', archived: false },
      { repo: inputs[2], status: 'moved', nameWithOwner: 'new-org/tool-ng', url: 'https://github.com/new-org/tool-ng', archived: false },
      { repo: inputs[3], status: 'exists', nameWithOwner: 'someone/retired', url: 'https://github.com/someone/retired', archived: true },
      { repo: inputs[4], status: 'moved', nameWithOwner: 'museum/moved-archived', url: 'https://github.com/museum/moved-archived', archived: true },
      { repo: inputs[5], status: 'missing' },
      { repo: inputs[6], status: 'missing' },
    ]);
    const queries = h.github.requestsTo('POST', '/graphql');
    expect(queries).toHaveLength(1);
    expect(Object.keys((queries[0]?.body as { variables: object }).variables)).toHaveLength(12);
  });

  it('splits more than 100 repositories into batches of 100', async () => {
    for (let i = 0; i < 150; i += 1) h.github.state.addRepo({ owner: 'bulk', name: `repo-${i}` });
    const inputs = Array.from({ length: 250 }, (_, i) => ({ owner: 'bulk', name: `repo-${i}` }));
    const results = await checkRepositories(h.octokit, inputs);
    expect(results.filter((r) => r.status === 'exists')).toHaveLength(150);
    expect(results.filter((r) => r.status === 'missing')).toHaveLength(100);
    expect(results[149]).toMatchObject({ status: 'exists', nameWithOwner: 'bulk/repo-149' });
    expect(results[150]).toMatchObject({ status: 'missing', repo: { owner: 'bulk', name: 'repo-150' } });
    const batches = h.github.requestsTo('POST', '/graphql').map((r) => Object.keys((r.body as { variables: object }).variables).length / 2);
    expect(batches).toEqual([100, 100, 50]);
  });

  it('falls back to REST, following the 301 of a renamed repository, when GraphQL fails', async () => {
    h.github.failNext('POST', '/graphql', 502, 4);
    const fallbacks: GitHubApiError[] = [];
    const inputs = ['remarkjs/remark', 'old-org/tool', 'someone/retired', 'ghost/nothing'].map(ref);
    const results = await checkRepositories(h.octokit, inputs, { onFallback: (e) => fallbacks.push(e) });
    expect(results.map((r) => [r.status, 'nameWithOwner' in r ? r.nameWithOwner : null, 'archived' in r ? r.archived : null])).toEqual([
      ['exists', 'remarkjs/remark', false],
      ['moved', 'new-org/tool-ng', false],
      ['exists', 'someone/retired', true],
      ['missing', null, null],
    ]);
    expect(fallbacks.map((e) => e.message)).toEqual(['GitHub API: POST /graphql failed: 502 Server Error']);
    expect(h.github.requestsTo('GET', '/repos/old-org/tool')[0]?.status).toBe(301);
    expect(h.github.requestsTo('GET', /^\/repositories\/\d+$/)).toHaveLength(1);
  });

  it('falls back to REST when GraphQL answers with errors and no data', async () => {
    h.github.failNext('POST', '/graphql', 200, 1, {
      body: { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] },
    });
    const fallbacks: string[] = [];
    const results = await checkRepositories(h.octokit, [ref('remarkjs/remark')], { onFallback: (e) => fallbacks.push(e.message) });
    expect(results[0]?.status).toBe('exists');
    expect(fallbacks).toEqual(['GitHub API: POST /graphql failed: GraphQL FORBIDDEN: Resource not accessible by integration']);
  });

  it('falls back to REST when the GraphQL endpoint refuses the token', async () => {
    h.github.failNext('POST', '/graphql', 403, 1, { message: 'Resource not accessible by integration' });
    const results = await checkRepositories(h.octokit, [ref('remarkjs/remark')]);
    expect(results[0]?.status).toBe('exists');
    expect(h.github.requestsTo('GET', '/repos/remarkjs/remark')).toHaveLength(1);
  });

  it('reports per-repository REST failures as errors, not as missing', async () => {
    h.github.failNext('POST', '/graphql', 403, 1);
    h.github.failNext('GET', '/repos/remarkjs/remark', 500, 4);
    const [result] = await checkRepositories(h.octokit, [ref('remarkjs/remark')]);
    expect(result).toEqual({
      repo: ref('remarkjs/remark'),
      status: 'error',
      message: 'GitHub API: GET /repos/remarkjs/remark failed: 500 Internal Server Error',
    });
  });

  it('reports a per-alias GraphQL error other than NOT_FOUND as an error for that repository only', async () => {
    h.github.failNext('POST', '/graphql', 200, 1, {
      body: {
        data: { r0: { nameWithOwner: 'remarkjs/remark', url: 'https://github.com/remarkjs/remark', isArchived: false }, r1: null },
        errors: [{ type: 'FORBIDDEN', path: ['r1'], message: 'Resource protected by organization SAML enforcement.' }],
      },
    });
    const results = await checkRepositories(h.octokit, [ref('remarkjs/remark'), ref('corp/secret')]);
    expect(results.map((r) => r.status)).toEqual(['exists', 'error']);
    expect(results[1]).toMatchObject({ message: 'GitHub GraphQL: FORBIDDEN: Resource protected by organization SAML enforcement.' });
  });

  it('returns nothing for nothing, without calling GitHub', async () => {
    expect(await checkRepositories(h.octokit, [])).toEqual([]);
    expect(h.github.requests).toHaveLength(0);
  });

  it('passes names as variables, so odd input cannot break the query', () => {
    const { query, variables } = buildRepositoriesQuery([{ owner: 'a"b', name: 'c) { x }' }]);
    expect(query).toBe('query CheckRepositories($o0: String!, $n0: String!) {\n  r0: repository(owner: $o0, name: $n0) { nameWithOwner url isArchived }\n}');
    expect(variables).toEqual({ o0: 'a"b', n0: 'c) { x }' });
  });
});
