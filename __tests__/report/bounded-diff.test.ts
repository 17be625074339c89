import { describe, expect, it } from 'vitest';
import { boundedUnifiedDiff, lineEditLowerBound } from '../../src/report/bounded-diff.js';

describe('boundedUnifiedDiff', () => {
  it('bounds the edits from below by the lines either side lacks', () => {
    expect(lineEditLowerBound('a\nb\nc\n', 'a\nc\nb\n')).toBe(0);
    expect(lineEditLowerBound('a\nb\n', 'a\nx\n')).toBe(2);
  });
  it('diffs a small change and refuses one over the limit without running Myers', () => {
    expect(boundedUnifiedDiff('f.md', 'a\nb\n', 'a\nc\n', 10)).toContain('-b\n+c');
    const before = Array.from({ length: 5_000 }, (_, i) => `row ${i}`).join('\n');
    const after = Array.from({ length: 5_000 }, (_, i) => `row ${i} fixed`).join('\n');
    expect(boundedUnifiedDiff('f.md', before, after, 1_000)).toBeNull();
  });
  it('gives up on a reordering that needs more edits than the limit', () => {
    const rows = Array.from({ length: 4_000 }, (_, i) => `row ${i}`);
    const shuffled = rows.map((_, i) => rows[(i * 2_003) % rows.length]!);
    expect(boundedUnifiedDiff('f.md', rows.join('\n'), shuffled.join('\n'), 100)).toBeNull();
  });
});
