// Which findings belong to a pull request: those on lines it adds or changes. sort-order, linted with the
// changed lines in focus, charges the PR only for its own misplaced rows and names where each belongs.
import { describe, expect, it } from 'vitest';
import { analyzeSource, toFileReport } from '../../src/app/analyze.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { lineSet, splitByChangedLines } from '../../src/action/changed-lines.js';
import { sortSource } from '../../src/action/sort.js';
import { FIRST_ROW_LINE, row, tracker } from '../support/action-fixtures.js';

const now = new Date('2024-06-01T00:00:00Z');
const r = (title: string, rating: string, date = '2023-01-01') => row({ title, url: `https://example.com/${title}`, date, rating });

describe('splitByChangedLines', () => {
  const old = row({ title: '旧', url: 'https://example.com/old', date: '2023-13-01', rating: '⭐⭐⭐⭐⭐' });
  const added = row({ title: '新', url: 'https://example.com/new', date: '2023-2-5', rating: '⭐⭐⭐⭐' });
  const file = analyzeSource('README.md', tracker([old, added]), { config: defaultConfig(), now });
  const report = toFileReport(file);

  it('puts findings on changed lines in own and the rest in preexisting', () => {
    const { own, preexisting } = splitByChangedLines(report, lineSet([FIRST_ROW_LINE + 1]));
    expect(own.diagnostics.map((d) => [d.rule, d.line])).toEqual([['date-format', FIRST_ROW_LINE + 1]]);
    expect(preexisting.diagnostics.map((d) => [d.rule, d.line])).toEqual([['date-format', FIRST_ROW_LINE]]);
  });
});

describe('sort-order on a pull request (focus on the changed lines)', () => {
  // Base: 5, 3, 4 (the 4 after the 3 is pre-existing disorder), 2; the PR appends a 4 and a 1 at the bottom.
  const base = [r('五', '⭐⭐⭐⭐⭐'), r('三', '⭐⭐⭐'), r('四', '⭐⭐⭐⭐'), r('二', '⭐⭐')];
  const prRows = [r('新四', '⭐⭐⭐⭐'), r('新一', '⭐')];
  const source = tracker([...base, ...prRows]);
  const changed = lineSet([FIRST_ROW_LINE + 4, FIRST_ROW_LINE + 5]);
  const analyze = (text: string, focus = changed) => analyzeSource('README.md', text, { config: defaultConfig(), now, lang: 'zh', focusLines: focus });

  it('names the misplaced PR row and where it belongs; pre-existing disorder goes to the fold', () => {
    const file = analyze(source);
    const { own, preexisting } = splitByChangedLines(toFileReport(file), changed);
    const ownSort = own.diagnostics.filter((d) => d.rule === 'sort-order');
    // The new ⭐⭐⭐⭐ belongs at the first place where the row below sorts after it: after the ⭐⭐⭐⭐⭐ on
    // line 9 (the rows already there are not reordered around it). The new ⭐ is in place.
    expect(ownSort.map((d) => [d.line, d.message])).toEqual([
      [FIRST_ROW_LINE + 4, `第 ${FIRST_ROW_LINE + 4} 行应移到第 ${FIRST_ROW_LINE} 行之后（排序规则：整体推荐指数降序，发布时间点降序）`],
    ]);
    const oldSort = preexisting.diagnostics.filter((d) => d.rule === 'sort-order');
    expect(oldSort.map((d) => [d.line, d.fixable])).toEqual([[FIRST_ROW_LINE + 2, false]]);
  });

  it('says nothing about the PR once its rows are in place, whatever the rest of the table holds', () => {
    const placed = tracker([base[0]!, base[1]!, base[2]!, prRows[0]!, base[3]!, prRows[1]!]);
    const focus = lineSet([FIRST_ROW_LINE + 3, FIRST_ROW_LINE + 5]);
    const { own, preexisting } = splitByChangedLines(toFileReport(analyze(placed, focus)), focus);
    expect(own.diagnostics).toEqual([]);
    expect(preexisting.diagnostics.map((d) => d.rule)).toEqual(['sort-order']);
  });

  it('names a row placed before a sibling it should follow', () => {
    const swapped = tracker([...base, prRows[1]!, prRows[0]!]);
    const own = analyze(swapped).diagnostics.filter((d) => d.rule === 'sort-order' && changed(d.line));
    expect(own.map((d) => d.line)).toEqual([FIRST_ROW_LINE + 5]);
    expect(own[0]!.message).toContain(`应移到第 ${FIRST_ROW_LINE} 行之后`);
  });

  it('sort: suggest moves only the PR rows', () => {
    const sorted = sortSource(source, defaultConfig(), 'zh', now, changed);
    expect(sorted).toBe(tracker([base[0]!, prRows[0]!, base[1]!, base[2]!, base[3]!, prRows[1]!]));
    // Without focus (the CLI's fix) the whole table is sorted.
    expect(sortSource(source, defaultConfig(), 'zh', now)).toBe(tracker([base[0]!, base[2]!, prRows[0]!, base[1]!, base[3]!, prRows[1]!]));
  });

  it('names "before" when a row belongs at the top', () => {
    const top = tracker([...base, r('新六', '⭐⭐⭐⭐⭐', '2024-01-01')]);
    const focus = lineSet([FIRST_ROW_LINE + 4]);
    const own = analyze(top, focus).diagnostics.filter((d) => d.rule === 'sort-order' && focus(d.line));
    expect(own[0]!.message).toContain(`应移到第 ${FIRST_ROW_LINE} 行之前`);
  });
});
