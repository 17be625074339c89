import { describe, expect, it } from 'vitest';
import { diffAnchor, lineLinker } from '../../src/report/line-link.js';

// Digests computed independently with `printf '<path>' | sha256sum`.
const README_DIGEST = 'b335630551682c19a781afebcf4d07bf978fb1f8ac04c6bf87428ed5106870f5';

describe('lineLinker', () => {
  const changed = new Set(['README.md:34', 'docs/列表 a.md:7']);
  const link = lineLinker({
    serverUrl: 'https://github.com/',
    owner: 'octo',
    repo: 'list',
    sha: 'a'.repeat(40),
    pullRequest: { number: 12, isChanged: (path, line) => changed.has(`${path}:${line}`) },
  });

  it('points a changed line at the pull request diff, anchored by the SHA-256 of the path', () => {
    expect(link('README.md', 34)).toBe(`https://github.com/octo/list/pull/12/files#diff-${README_DIGEST}R34`);
    expect(diffAnchor('README.md')).toBe(`diff-${README_DIGEST}`);
  });

  it('points any other line at the plain source view, which honours #L', () => {
    expect(link('README.md', 18)).toBe(`https://github.com/octo/list/blob/${'a'.repeat(40)}/README.md?plain=1#L18`);
  });

  it('encodes each path segment but keeps the slashes', () => {
    expect(link('docs/列表 a.md', 3)).toBe(`https://github.com/octo/list/blob/${'a'.repeat(40)}/docs/%E5%88%97%E8%A1%A8%20a.md?plain=1#L3`);
    expect(link('docs/列表 a.md', 7)).toBe('https://github.com/octo/list/pull/12/files#diff-1023bf923bea6a9e6cd1cf0acac39b542f6b8a73fbc5f84381b2a5d22c957f6a' + 'R7');
  });

  it('uses blob links everywhere without a pull request', () => {
    const plain = lineLinker({ serverUrl: 'https://ghe.example', owner: 'o', repo: 'r', sha: 'main' });
    expect(plain('README.md', 34)).toBe('https://ghe.example/o/r/blob/main/README.md?plain=1#L34');
  });
});
