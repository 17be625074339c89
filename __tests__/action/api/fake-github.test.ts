// The fake GitHub itself: it must behave like GitHub where the API layer's tests rely on it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseGraphql } from '../../support/fake-github/graphql.js';
import { gitPatch, startFakeGitHub, type FakeGitHub } from '../../support/fake-github.js';

let github: FakeGitHub;
beforeEach(async () => {
  github = await startFakeGitHub();
  github.state.addRepo({ owner: 'acme', name: 'awesome', files: { 'README.md': 'a\n' } });
});
afterEach(async () => {
  await github.close();
});

async function call(method: string, path: string, body?: unknown, token: string | null = 't') {
  const response = await fetch(`${github.url}${path}`, {
    method,
    headers: { ...(token ? { authorization: `token ${token}` } : {}), 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    redirect: 'manual',
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Record<string, unknown>) : undefined };
}

describe('fake GitHub', () => {
  it('requires a token, answers 404 JSON and 422 validation errors like GitHub', async () => {
    expect((await call('GET', '/repos/acme/awesome', undefined, null)).status).toBe(401);
    expect(await call('GET', '/repos/acme/nope')).toMatchObject({ status: 404, json: { message: 'Not Found' } });
    expect(await call('POST', '/repos/acme/awesome/issues', { body: 'no title' })).toMatchObject({
      status: 422,
      json: { message: 'Validation Failed', errors: [{ resource: 'Issue', code: 'missing_field', field: 'title' }] },
    });
    expect((await call('POST', '/repos/acme/awesome/issues', { title: 'ok' })).status).toBe(201);
  });

  it('paginates with GitHub Link headers', async () => {
    for (let i = 0; i < 5; i += 1) github.state.addIssue({ repo: 'acme/awesome', title: `i${i}` });
    const first = await call('GET', '/repos/acme/awesome/issues?per_page=2');
    expect(first.headers.get('link')).toBe(
      `<${github.url}/repos/acme/awesome/issues?per_page=2&page=2>; rel="next", <${github.url}/repos/acme/awesome/issues?per_page=2&page=3>; rel="last"`,
    );
    const last = await call('GET', '/repos/acme/awesome/issues?per_page=2&page=3');
    expect(last.json).toHaveLength(1);
    expect(last.headers.get('link')).toContain('rel="prev"');
    expect(last.headers.get('link')).not.toContain('rel="next"');
  });

  it('redirects a renamed repository with 301 to /repositories/{id}', async () => {
    const repo = github.state.moveRepo('acme/awesome', 'acme/awesome-list');
    const moved = await call('GET', '/repos/acme/awesome');
    expect(moved.status).toBe(301);
    expect(moved.headers.get('location')).toBe(`${github.url}/repositories/${repo.id}`);
    expect((await call('GET', `/repositories/${repo.id}`)).json).toMatchObject({ full_name: 'acme/awesome-list' });
  });

  it('accepts a GitHub Enterprise style /api/v3 prefix', async () => {
    expect((await call('GET', '/api/v3/repos/acme/awesome')).json).toMatchObject({ full_name: 'acme/awesome', default_branch: 'main' });
  });

  it('answers writes with 403 in read-only mode and records every request', async () => {
    github.setReadOnly(true);
    expect(await call('POST', '/repos/acme/awesome/labels', { name: 'x' })).toMatchObject({
      status: 403,
      json: { message: 'Resource not accessible by integration' },
    });
    expect((await call('GET', '/repos/acme/awesome/labels')).status).toBe(200);
    expect(github.requests.map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', '/repos/acme/awesome/labels', 403],
      ['GET', '/repos/acme/awesome/labels', 200],
    ]);
    expect(github.requests[0]?.body).toEqual({ name: 'x' });
  });

  it('injects failures a given number of times', async () => {
    github.failNext('GET', /^\/repos\/acme\/awesome$/, 502, 2);
    expect((await call('GET', '/repos/acme/awesome')).status).toBe(502);
    expect((await call('GET', '/repos/acme/awesome')).status).toBe(502);
    expect((await call('GET', '/repos/acme/awesome')).status).toBe(200);
  });

  it('answers GraphQL with aliases, variables, literals and GitHub-shaped NOT_FOUND errors', async () => {
    const result = await call('POST', '/graphql', {
      query: `query Q($o: String!) {\n  a: repository(owner: $o, name: "awesome") { nameWithOwner isArchived owner { login } }\n  b: repository(owner: "x", name: "y") { url }\n  viewer { login }\n}`,
      variables: { o: 'ACME' },
    });
    expect(result.json).toEqual({
      data: { a: { nameWithOwner: 'acme/awesome', isArchived: false, owner: { login: 'acme' } }, b: null, viewer: { login: 'github-actions[bot]' } },
      errors: [
        {
          type: 'NOT_FOUND',
          path: ['b'],
          locations: [{ line: 3, column: 3 }],
          message: "Could not resolve to a Repository with the name 'x/y'.",
        },
      ],
    });
  });

  it('rejects invalid GraphQL the way GitHub does: errors and no data', async () => {
    const unknownField = await call('POST', '/graphql', { query: '{ repository(owner: "acme", name: "awesome") { stars } }' });
    expect(unknownField.json).toMatchObject({ errors: [{ message: "Field 'stars' doesn't exist on type 'Repository'" }] });
    expect(unknownField.json).not.toHaveProperty('data');
    const syntax = await call('POST', '/graphql', { query: '{ repository(owner: "acme" { x } }' });
    expect((syntax.json?.['errors'] as Array<{ message: string }>)[0]?.message).toMatch(/^Parse error/);
    const missingVariable = await call('POST', '/graphql', { query: 'query($o: String!) { repository(owner: $o, name: "a") { url } }' });
    expect((missingVariable.json?.['errors'] as Array<{ message: string }>)[0]?.message).toBe('Variable $o of type String! was provided invalid value');
  });

  it('parses GraphQL documents structurally', () => {
    const operation = parseGraphql('# c\nquery Name($a: [String!]! = ["x"], $b: Int) { r0: repository(owner: "o\\"q", name: $a) { id } }');
    expect(operation.name).toBe('Name');
    expect(operation.variables.map((v) => v.type)).toEqual(['[String!]!', 'Int']);
    expect(operation.selections[0]).toMatchObject({
      alias: 'r0',
      name: 'repository',
      args: { owner: { kind: 'literal', value: 'o"q' }, name: { kind: 'variable', name: 'a' } },
      selections: [{ name: 'id', alias: null }],
    });
  });

  it('computes git-style patches', () => {
    expect(gitPatch('a\nb\nc\n', 'a\nB\nc\n')).toBe('@@ -1,3 +1,3 @@\n a\n-b\n+B\n c');
    expect(gitPatch('', 'x\n')).toBe('@@ -0,0 +1 @@\n+x');
  });
});
