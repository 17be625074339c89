import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLineInDiff, listPullRequestFiles, parsePatch } from '../../../src/action/api/pull-request-files.js';
import { startHarness, type Harness } from './helpers.js';

// As GitHub sends them: hunks only, git's "@@ -a,b +c,d @@ heading" lines, counts omitted when 1.
const MODIFIED = [
  '@@ -3,7 +3,8 @@ ## 工具',
  ' | 资料链接 | 来源 |',
  ' | --- | --- |',
  ' | [A](https://a.example) | x |',
  '-| [B](http://b.example) | y |',
  '+| [B](https://b.example) | y |',
  '+| [C](https://c.example) | z |',
  ' | [D](https://d.example) | w |',
  ' | [E](https://e.example) | v |',
  ' ',
  '@@ -40 +41 @@ ## 论文',
  '-| [F](https://f.example) | u |',
  '+| [F](https://f.example/) | u |',
].join('\n');

const NO_NEWLINE = [
  '@@ -1,3 +1,3 @@',
  ' line one',
  ' line two',
  '-last line',
  '\\ No newline at end of file',
  '+last line, edited',
  '\\ No newline at end of file',
].join('\n');

describe('parsePatch', () => {
  it('finds added lines and hunk ranges on the new side', () => {
    expect(parsePatch(MODIFIED)).toEqual({
      addedLines: [6, 7, 41],
      hunks: [
        { start: 3, end: 10 },
        { start: 41, end: 41 },
      ],
    });
  });

  it('skips "\\ No newline at end of file" markers', () => {
    expect(parsePatch(NO_NEWLINE)).toEqual({ addedLines: [3], hunks: [{ start: 1, end: 3 }] });
  });

  it('handles new files, pure deletions and insertions after a line', () => {
    expect(parsePatch('@@ -0,0 +1,2 @@\n+a\n+b')).toEqual({ addedLines: [1, 2], hunks: [{ start: 1, end: 2 }] });
    expect(parsePatch('@@ -5,2 +4,0 @@\n-a\n-b')).toEqual({ addedLines: [], hunks: [] });
    expect(parsePatch('@@ -5,0 +6,2 @@\n+x\n+y')).toEqual({ addedLines: [6, 7], hunks: [{ start: 6, end: 7 }] });
  });

  it('treats a context line whose leading space was stripped as context', () => {
    expect(parsePatch('@@ -1,3 +1,3 @@\n a\n\n-c\n+C').addedLines).toEqual([3]);
  });

  it('does not mistake a "+++"-looking added line or a trailing newline for anything else', () => {
    expect(parsePatch('@@ -1 +1,2 @@\n a\n+++ not a header\n').addedLines).toEqual([2]);
  });

  it('answers whether a line is inside the diff', () => {
    const { hunks } = parsePatch(MODIFIED);
    expect([2, 3, 10, 11, 40, 41, 42].map((line) => isLineInDiff(hunks, line))).toEqual([false, true, true, false, false, true, false]);
  });
});

describe('listPullRequestFiles', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.github.close();
  });

  it('lists every file over several pages with parsed lines, against the real patches the fake computes', async () => {
    const base: Record<string, string> = { 'README.md': 'a\nb\nc\nd\ne\nf\ng\nh\n', 'gone.md': 'bye\n' };
    for (let i = 0; i < 130; i += 1) base[`docs/f${String(i).padStart(3, '0')}.md`] = `x${i}\n`;
    h.github.state.addRepo({ owner: 'acme', name: 'awesome', files: base });
    const changes: Record<string, string | null> = { 'README.md': 'a\nb\nC\nd\ne\nf\ng\nh\ni', 'gone.md': null, 'new.md': 'n1\nn2\n' };
    for (let i = 0; i < 130; i += 1) changes[`docs/f${String(i).padStart(3, '0')}.md`] = `y${i}\n`;
    h.github.state.addPullRequest({ repo: 'acme/awesome', number: 5, headRef: 'big', changes });
    const files = await listPullRequestFiles(h.octokit, { owner: 'acme', repo: 'awesome', pullNumber: 5 });
    expect(files).toHaveLength(133);
    expect(h.github.requestsTo('GET', '/repos/acme/awesome/pulls/5/files').map((r) => r.query['page'] ?? '1')).toEqual(['1', '2']);
    const readme = files.find((f) => f.path === 'README.md');
    expect(readme?.status).toBe('modified');
    expect(readme?.patch).toContain('\\ No newline at end of file');
    expect(readme?.addedLines).toEqual([3, 9]);
    expect(files.find((f) => f.path === 'new.md')).toMatchObject({ status: 'added', addedLines: [1, 2], hunks: [{ start: 1, end: 2 }] });
    expect(files.find((f) => f.path === 'gone.md')).toMatchObject({ status: 'removed', addedLines: [], hunks: [] });
  });
});
