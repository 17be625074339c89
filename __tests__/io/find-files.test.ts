// isPlainPath decides "a literal path" without loading picomatch; it must never call a pattern plain
// that picomatch would read otherwise (as a glob, or matching anything but itself).
import fc from 'fast-check';
import picomatch from 'picomatch';
import { describe, expect, it } from 'vitest';
import { isGlobPattern, isPlainPath } from '../../src/io/find-files.js';

const pathChar = fc.constantFrom(...'abcA1/._-~#%^&=;:,<> é中$|"\'*?[]{}()!+@\\'.split(''));
const pattern = fc.array(pathChar, { minLength: 1, maxLength: 10 }).map((chars) => chars.join(''));

describe('isPlainPath', () => {
  it('accepts the usual tracker paths and refuses glob syntax', () => {
    for (const p of ['README.md', 'docs/资源列表.md', 'lists/awesome-llm.md', '/tmp/shards/report.json']) expect(isPlainPath(p)).toBe(true);
    for (const p of ['*.md', 'docs/**', 'a|b', '"a"', './README.md', 'a//b', 'a/', '$$', 'a\\*', '!(a)']) expect(isPlainPath(p)).toBe(false);
  });

  it('calls a pattern plain only when picomatch matches it against itself alone and reads no glob (fixed seed)', () => {
    fc.assert(
      fc.property(pattern, (p) => {
        if (!isPlainPath(p)) return;
        expect(picomatch.scan(p).isGlob).toBe(false);
        const isMatch = picomatch(p, { dot: false });
        for (const other of [p, `${p}/`, p.toUpperCase(), p.slice(1), `./${p}`, `${p}x`, p.replace(/^\//, ''), p.normalize('NFD'), p.replace(/[^/]*\/\.\.\//, '')]) {
          expect(isMatch(other)).toBe(other === p);
        }
      }),
      { seed: 20261130, numRuns: 20_000 },
    );
  });

  it('isGlobPattern agrees with picomatch.scan on every pattern (fixed seed)', () => {
    fc.assert(
      fc.property(pattern, (p) => {
        expect(isGlobPattern(p)).toBe(picomatch.scan(p).isGlob);
      }),
      { seed: 20261130, numRuns: 5_000 },
    );
  });
});
