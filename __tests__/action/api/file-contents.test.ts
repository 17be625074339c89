import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { commitFile, readFile } from '../../../src/action/api/file-contents.js';
import { isPermissionError } from '../../../src/action/api/errors.js';
import { blobSha } from '../../support/fake-github.js';
import { startHarness, type Harness } from './helpers.js';

const README = '# 追踪\n\n| 资料链接 | 来源 |\n| --- | --- |\n| [a](https://a.example) | x |\n';
const CONFIG = 'language: zh\n';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.github.state.addRepo({ owner: 'acme', name: 'awesome', files: { 'README.md': README, '.tracker-bot.yml': CONFIG, 'docs/中文 文件.md': '内容\n' } });
  h.github.state.addPullRequest({
    repo: 'acme/awesome',
    number: 2,
    headRef: 'evil',
    changes: { '.tracker-bot.yml': 'rules: {}\n' },
  });
});
afterEach(async () => {
  await h.github.close();
});

const repo = { owner: 'acme', repo: 'awesome' };

describe('readFile', () => {
  it('decodes UTF-8 content at a branch, and the same path differs per ref', async () => {
    expect(await readFile(h.octokit, { ...repo, path: 'README.md' })).toEqual({ path: 'README.md', content: README, sha: blobSha(README) });
    expect((await readFile(h.octokit, { ...repo, path: '.tracker-bot.yml', ref: 'main' }))?.content).toBe(CONFIG);
    expect((await readFile(h.octokit, { ...repo, path: '.tracker-bot.yml', ref: 'evil' }))?.content).toBe('rules: {}\n');
  });

  it('reads at a commit sha and encodes paths with spaces and non-ASCII characters', async () => {
    const sha = h.github.state.repo('acme/awesome').branches.get('main') as string;
    expect((await readFile(h.octokit, { ...repo, path: 'docs/中文 文件.md', ref: sha }))?.content).toBe('内容\n');
  });

  it('returns null for a missing file or ref', async () => {
    expect(await readFile(h.octokit, { ...repo, path: 'nope.md' })).toBeNull();
    expect(await readFile(h.octokit, { ...repo, path: 'README.md', ref: 'no-such-branch' })).toBeNull();
  });

  it('refuses a directory with a clear message', async () => {
    await expect(readFile(h.octokit, { ...repo, path: 'docs' })).rejects.toThrow(
      'GitHub API: GET /repos/acme/awesome/contents/docs failed: docs is a directory, not a file',
    );
  });

  it('reads a file over 1 MB through the blob API', async () => {
    const big = `${'| [x](https://x.example) | 来源 |\n'.repeat(40_000)}`;
    h.github.state.commit('acme/awesome', 'main', { 'BIG.md': big });
    const file = await readFile(h.octokit, { ...repo, path: 'BIG.md' });
    expect(file?.content).toBe(big);
    expect(h.github.requestsTo('GET', /\/git\/blobs\//)).toHaveLength(1);
  });
});

describe('commitFile', () => {
  it('updates a file given its sha, creates a new one without, and rejects a stale sha', async () => {
    const current = await readFile(h.octokit, { ...repo, path: 'README.md' });
    const next = `${README}| [b](https://b.example) | y |\n`;
    const committed = await commitFile(h.octokit, { ...repo, branch: 'evil', path: 'README.md', content: next, message: 'sort', sha: current?.sha as string });
    expect(committed.contentSha).toBe(blobSha(next));
    expect(committed.commitUrl).toBe(`https://github.com/acme/awesome/commit/${committed.commitSha}`);
    expect(h.github.state.readFile('acme/awesome', 'README.md', 'evil')).toBe(next);
    expect(h.github.state.readFile('acme/awesome', 'README.md', 'main')).toBe(README);
    const put = h.github.requestsTo('PUT', '/repos/acme/awesome/contents/README.md')[0];
    expect(put?.body).toMatchObject({ branch: 'evil', message: 'sort', sha: current?.sha });
    expect(put?.status).toBe(200);

    const created = await commitFile(h.octokit, { ...repo, branch: 'evil', path: 'NEW.md', content: 'x\n', message: 'add' });
    expect(created.contentSha).toBe(blobSha('x\n'));
    expect(h.github.requestsTo('PUT', '/repos/acme/awesome/contents/NEW.md')[0]?.status).toBe(201);

    await expect(
      commitFile(h.octokit, { ...repo, branch: 'evil', path: 'README.md', content: 'z', message: 'late', sha: current?.sha as string }),
    ).rejects.toThrow(/^GitHub API: PUT \/repos\/acme\/awesome\/contents\/README.md failed: 409 README.md does not match/);
    await expect(commitFile(h.octokit, { ...repo, branch: 'evil', path: 'README.md', content: 'z', message: 'no sha' })).rejects.toThrow(
      /422 Invalid request. "sha" wasn't supplied./,
    );
  });

  it('moves the pull request head when committing to its branch', async () => {
    const before = h.github.state.repo('acme/awesome').branches.get('evil');
    const { commitSha } = await commitFile(h.octokit, { ...repo, branch: 'evil', path: 'x.md', content: 'x', message: 'm' });
    const { data } = await h.octokit.rest.pulls.get({ ...repo, pull_number: 2 });
    expect(data.head.sha).toBe(commitSha);
    expect(data.head.sha).not.toBe(before);
  });

  it('reports a read-only token as a permission error', async () => {
    h.github.setReadOnly(true);
    const error = await commitFile(h.octokit, { ...repo, branch: 'evil', path: 'x.md', content: 'x', message: 'm' }).catch((e: unknown) => e);
    expect(isPermissionError(error)).toBe(true);
  });
});
