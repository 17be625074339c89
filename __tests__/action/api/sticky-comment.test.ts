import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { STICKY_COMMENT_MARKER, upsertStickyComment } from '../../../src/action/api/sticky-comment.js';
import { truncateMarkdown as truncateComment } from '../../../src/report/truncate.js';
import { isPermissionError } from '../../../src/action/api/errors.js';
import { startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  h.github.state.addRepo({ owner: 'acme', name: 'awesome', files: { 'README.md': '# list\n' } });
  h.github.state.addPullRequest({ repo: 'acme/awesome', number: 7, headRef: 'feature', changes: { 'README.md': '# list\nmore\n' } });
});
afterEach(async () => {
  await h.github.close();
});

const params = { owner: 'acme', repo: 'awesome', issueNumber: 7 };

describe('upsertStickyComment', () => {
  it('creates once, then edits the same comment, then reports unchanged', async () => {
    const first = await upsertStickyComment(h.octokit, { ...params, body: 'report v1' });
    expect(first.action).toBe('created');
    expect(first.url).toContain('/acme/awesome/pull/7#issuecomment-');

    const second = await upsertStickyComment(h.octokit, { ...params, body: 'report v2' });
    expect(second).toMatchObject({ action: 'updated', id: first.id });

    const third = await upsertStickyComment(h.octokit, { ...params, body: 'report v2' });
    expect(third).toMatchObject({ action: 'unchanged', id: first.id });

    const comments = h.github.state.issueComments('acme/awesome', 7);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${STICKY_COMMENT_MARKER}\nreport v2`);
    expect(h.github.requestsTo('POST', '/repos/acme/awesome/issues/7/comments')).toHaveLength(1);
    expect(h.github.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
  });

  it('never edits a human comment that carries the marker', async () => {
    const human = h.github.state.addIssueComment({
      repo: 'acme/awesome',
      issueNumber: 7,
      author: 'mallory',
      body: `${STICKY_COMMENT_MARKER}\nlooks like the bot`,
    });
    const result = await upsertStickyComment(h.octokit, { ...params, body: 'real report' });
    expect(result.action).toBe('created');
    expect(result.id).not.toBe(human.id);
    expect(h.github.state.issueComments('acme/awesome', 7).find((c) => c.id === human.id)?.body).toBe(
      `${STICKY_COMMENT_MARKER}\nlooks like the bot`,
    );
    expect(h.github.requestsTo('PATCH', /comments/)).toHaveLength(0);
  });

  it('ignores a bot comment carrying a different marker and finds its own across pages', async () => {
    for (let i = 0; i < 120; i += 1) {
      h.github.state.addIssueComment({ repo: 'acme/awesome', issueNumber: 7, author: 'octocat', body: `chatter ${i}` });
    }
    h.github.state.addIssueComment({ repo: 'acme/awesome', issueNumber: 7, author: 'other-app[bot]', body: '<!-- other -->' });
    const created = await upsertStickyComment(h.octokit, { ...params, body: 'r1' });
    const updated = await upsertStickyComment(h.octokit, { ...params, body: 'r2' });
    expect(created.action).toBe('created');
    expect(updated).toMatchObject({ action: 'updated', id: created.id });
    const pages = h.github.requestsTo('GET', '/repos/acme/awesome/issues/7/comments').map((r) => r.query['page'] ?? '1');
    expect(pages).toEqual(['1', '2', '1', '2']);
  });

  it('turns a read-only token into a permission error with a one-line message', async () => {
    h.github.setReadOnly(true);
    const error = await upsertStickyComment(h.octokit, { ...params, body: 'r' }).catch((e: unknown) => e);
    expect(isPermissionError(error)).toBe(true);
    expect((error as Error).message).toBe(
      'GitHub API: POST /repos/acme/awesome/issues/7/comments failed: 403 Resource not accessible by integration',
    );
  });

  it('reports a missing pull request as a 404 API error', async () => {
    const error = await upsertStickyComment(h.octokit, { ...params, issueNumber: 99, body: 'r' }).catch((e: unknown) => e);
    expect(isPermissionError(error)).toBe(false);
    expect((error as Error).message).toBe('GitHub API: GET /repos/acme/awesome/issues/99/comments failed: 404 Not Found');
  });

  it('lets GitHub reject an over-long body, which truncateComment prevents', async () => {
    const huge = `${'| a | b |\n'.repeat(8000)}`;
    const rejected = await upsertStickyComment(h.octokit, { ...params, body: huge }).catch((e: unknown) => e);
    expect((rejected as Error).message).toMatch(/422 Validation Failed \(body is too long/);
    const ok = await upsertStickyComment(h.octokit, { ...params, body: truncateComment(huge, '…truncated') });
    expect(ok.action).toBe('created');
  });
});

describe('truncateComment', () => {
  it('returns short bodies untouched', () => {
    expect(truncateComment('short', 'note')).toBe('short');
  });

  it('cuts at a line boundary, stays within the limit and appends the note', () => {
    const body = Array.from({ length: 50 }, (_, i) => `line ${i} ${'x'.repeat(20)}`).join('\n');
    const cut = truncateComment(body, '（已截断）', 300);
    expect(cut.length).toBeLessThanOrEqual(300);
    expect(cut.endsWith('\n\n（已截断）')).toBe(true);
    const kept = cut.slice(0, cut.indexOf('\n\n（已截断）')).split('\n');
    expect(kept.every((line) => /^line \d+ x{20}$/.test(line))).toBe(true);
  });

  it('closes a code fence the cut left open, with the same fence length', () => {
    const body = `intro\n\`\`\`\`text\n${'row\n'.repeat(200)}\`\`\`\`\nafter`;
    const cut = truncateComment(body, 'note', 200);
    expect(cut.length).toBeLessThanOrEqual(200);
    expect(cut).toMatch(/row\n````\n\nnote$/);
  });
});
