// Which findings belong to a pull request: those on lines it adds or changes (a sort finding: its table).
import { describe, expect, it } from 'vitest';
import { analyzeSource, toFileReport } from '../../src/app/analyze.js';
import { defaultConfig } from '../../src/config/schema.js';
import { lineOfOffset, lineSet, splitByChangedLines } from '../../src/action/changed-lines.js';
import { FIRST_ROW_LINE, row, tracker } from './fixtures.js';

const now = new Date('2024-06-01T00:00:00Z');

describe('splitByChangedLines', () => {
  const old = row({ title: '旧', url: 'https://example.com/old', date: '2023-13-01', rating: '⭐⭐⭐⭐⭐' });
  const added = row({ title: '新', url: 'https://example.com/new', date: '2023-2-5', rating: '⭐⭐⭐⭐' });
  const file = analyzeSource('README.md', tracker([old, added]), { config: defaultConfig(), now });
  const report = toFileReport(file);

  it('puts findings on changed lines in own and the rest in preexisting', () => {
    const { own, preexisting } = splitByChangedLines(file, report, lineSet([FIRST_ROW_LINE + 1]));
    expect(own.diagnostics.map((d) => [d.rule, d.line])).toEqual([['date-format', FIRST_ROW_LINE + 1]]);
    expect(preexisting.diagnostics.map((d) => [d.rule, d.line])).toEqual([['date-format', FIRST_ROW_LINE]]);
  });

  it('counts a sort-order finding as the PR own when it changed any row of that table', () => {
    const low = row({ title: '低', url: 'https://example.com/low', date: '2023-01-01', rating: '⭐' });
    const high = row({ title: '高', url: 'https://example.com/high', date: '2023-01-02', rating: '⭐⭐⭐' });
    const unsorted = analyzeSource('README.md', tracker([low, high, old]), { config: defaultConfig(), now });
    const sortFinding = unsorted.diagnostics.find((d) => d.rule === 'sort-order')!;
    expect(sortFinding.line).toBe(FIRST_ROW_LINE + 1);
    const { own } = splitByChangedLines(unsorted, toFileReport(unsorted), lineSet([FIRST_ROW_LINE + 2]));
    expect(own.diagnostics.map((d) => d.rule)).toContain('sort-order');
    const untouched = splitByChangedLines(unsorted, toFileReport(unsorted), lineSet([1]));
    expect(untouched.own.diagnostics).toEqual([]);
  });
});

describe('lineOfOffset', () => {
  it('maps offsets to 1-based lines', () => {
    const starts = [0, 4, 9];
    expect([0, 3, 4, 8, 9, 50].map((o) => lineOfOffset(starts, o))).toEqual([1, 1, 2, 2, 3, 3]);
  });
});
