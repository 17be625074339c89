import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listPullRequestFiles, type LineRange } from '../../../src/action/api/pull-request-files.js';
import { getPullRequest } from '../../../src/action/api/pull-request.js';
import {
  postReviewSuggestions,
  suggestionBody,
  suggestionKey,
  type LineSuggestion,
} from '../../../src/action/api/review-suggestions.js';
import { isPermissionError } from '../../../src/action/api/errors.js';
import { startHarness, type Harness } from './helpers.js';

const rows = (n: number, mark = '') => Array.from({ length: n }, (_, i) => `| [Entry ${i + 1}](https://e.example/${i + 1})${mark} | x |`);
const BASE = ['# Tracker', '', '| 资料链接 | 来源 |', '| --- | --- |', ...rows(60), ''].join('\n');

let h: Harness;
let diffHunks: Map<string, LineRange[]>;
let headSha: string;

beforeEach(async () => {
  h = await startHarness();
  h.github.state.addRepo({ owner: 'acme', name: 'awesome', files: { 'README.md': BASE } });
  // Rows 1–40 change (lines 5–44); the tail of the table stays as it was.
  const head = ['# Tracker', '', '| 资料链接 | 来源 |', '| --- | --- |', ...rows(40, ' '), ...rows(60).slice(40), ''].join('\n');
  h.github.state.addPullRequest({ repo: 'acme/awesome', number: 3, headRef: 'edit', changes: { 'README.md': head } });
  const files = await listPullRequestFiles(h.octokit, { owner: 'acme', repo: 'awesome', pullNumber: 3 });
  diffHunks = new Map(files.map((f) => [f.path, f.hunks]));
  headSha = (await getPullRequest(h.octokit, { owner: 'acme', repo: 'awesome', pullNumber: 3 })).headSha;
});
afterEach(async () => {
  await h.github.close();
});

function suggestion(line: number, path = 'README.md'): LineSuggestion {
  return { path, line, replacement: `| [Entry ${line - 4}](https://e.example/${line - 4}) | x |`, message: '去掉行尾空格' };
}

const base = () => ({ owner: 'acme', repo: 'awesome', pullNumber: 3, commitId: headSha, diffHunks, reviewBody: 'tracker-bot' });

describe('postReviewSuggestions', () => {
  it('posts at most 30 suggestions in one COMMENT review, only on lines inside the diff', async () => {
    const inside = Array.from({ length: 40 }, (_, i) => suggestion(5 + i));
    const outside = [suggestion(60), suggestion(3, 'OTHER.md')];
    const result = await postReviewSuggestions(h.octokit, { ...base(), suggestions: [...inside, ...outside] });
    expect(result).toMatchObject({ posted: 30, skippedOverLimit: 10, skippedOutsideDiff: 2, skippedDuplicate: 0, failed: 0 });
    expect(result.reviewUrl).toMatch(/\/acme\/awesome\/pull\/3#pullrequestreview-\d+$/);
    const reviews = h.github.requestsTo('POST', '/repos/acme/awesome/pulls/3/reviews');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]?.body).toMatchObject({ event: 'COMMENT', commit_id: headSha });
    const stored = h.github.state.reviewCommentsOf('acme/awesome', 3);
    expect(stored.map((c) => c.line)).toEqual(Array.from({ length: 30 }, (_, i) => 5 + i));
    expect(stored[0]?.body).toContain('```suggestion\n| [Entry 1](https://e.example/1) | x |\n```');
  });

  it('does not repeat suggestions already posted by an earlier run', async () => {
    const first = await postReviewSuggestions(h.octokit, { ...base(), suggestions: [suggestion(5), suggestion(6)] });
    expect(first.posted).toBe(2);
    const second = await postReviewSuggestions(h.octokit, {
      ...base(),
      suggestions: [suggestion(5), suggestion(6), suggestion(7)],
    });
    expect(second).toMatchObject({ posted: 1, skippedDuplicate: 2 });
    expect(h.github.state.reviewCommentsOf('acme/awesome', 3).map((c) => c.line)).toEqual([5, 6, 7]);
    const third = await postReviewSuggestions(h.octokit, { ...base(), suggestions: [suggestion(5)] });
    expect(third).toMatchObject({ posted: 0, skippedDuplicate: 1, reviewUrl: null });
    expect(h.github.requestsTo('POST', '/repos/acme/awesome/pulls/3/reviews')).toHaveLength(2);
  });

  it('posts a different fix on an already-commented line, and ignores a human comment copying the marker', async () => {
    await postReviewSuggestions(h.octokit, { ...base(), suggestions: [suggestion(5)] });
    const changed = { ...suggestion(5), replacement: '| [Entry 1](https://e.example/one) | x |' };
    const result = await postReviewSuggestions(h.octokit, { ...base(), suggestions: [changed] });
    expect(result.posted).toBe(1);

    const repo = h.github.state.repo('acme/awesome');
    const copy = { ...repo.reviewComments[0]!, id: 1, line: 8, user: h.github.state.user('mallory'), body: suggestionBody(suggestion(8)) };
    repo.reviewComments.push(copy);
    const again = await postReviewSuggestions(h.octokit, { ...base(), suggestions: [suggestion(8)] });
    expect(again.posted).toBe(1);
  });

  it('falls back to single comments when GitHub refuses the batched review, skipping the ones it refuses', async () => {
    // Stale hunks (the PR moved on since the files were listed) claim line 60 is in the diff; GitHub disagrees.
    const stale = new Map([['README.md', [{ start: 5, end: 64 }]]]);
    const suggestions = [suggestion(5), suggestion(60), suggestion(7)];
    const result = await postReviewSuggestions(h.octokit, { ...base(), diffHunks: stale, suggestions });
    expect(result).toMatchObject({ posted: 2, failed: 1, reviewUrl: null });
    expect(h.github.requestsTo('POST', '/repos/acme/awesome/pulls/3/reviews').map((r) => r.status)).toEqual([422]);
    expect(h.github.requestsTo('POST', '/repos/acme/awesome/pulls/3/comments').map((r) => r.status)).toEqual([201, 422, 201]);
    expect(h.github.state.reviewCommentsOf('acme/awesome', 3).map((c) => c.line)).toEqual([5, 7]);
  });

  it('the fake itself refuses a review whose comment lies outside the diff (what the filter prevents)', async () => {
    const error = await h.octokit.rest.pulls
      .createReview({
        owner: 'acme',
        repo: 'awesome',
        pull_number: 3,
        commit_id: headSha,
        event: 'COMMENT',
        body: 'x',
        comments: [{ path: 'README.md', line: 60, side: 'RIGHT', body: 'x' }],
      })
      .catch((e: { status: number }) => e);
    expect((error as { status: number }).status).toBe(422);
  });

  it('rethrows a read-only token as a permission error', async () => {
    h.github.setReadOnly(true);
    const error = await postReviewSuggestions(h.octokit, { ...base(), suggestions: [suggestion(5)] }).catch((e: unknown) => e);
    expect(isPermissionError(error)).toBe(true);
  });

  it('uses a longer fence when the replacement itself contains backticks, and a stable key', () => {
    const s = { path: 'a.md', line: 1, replacement: 'use ```code``` here', message: 'm' };
    expect(suggestionBody(s)).toContain('````suggestion\nuse ```code``` here\n````');
    expect(suggestionKey(s)).toBe(suggestionKey({ path: 'a.md', replacement: 'use ```code``` here' }));
    expect(suggestionKey(s)).not.toBe(suggestionKey({ path: 'b.md', replacement: 'use ```code``` here' }));
  });
});
