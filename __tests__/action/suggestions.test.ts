// Single-row fixes as whole-line suggestions: built from real core diagnostics, only on changed lines.
import { describe, expect, it } from 'vitest';
import { analyzeSource, toFileReport, withPageFactRules } from '../../src/app/analyze.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { LinkVerdict } from '../../src/core/types.js';
import { canonicalizeUrl } from '../../src/core/url/canonicalize.js';
import { lineSet } from '../../src/action/changed-lines.js';
import { buildLineSuggestions } from '../../src/action/suggestions.js';
import { FIRST_ROW_LINE, row, tracker } from '../support/action-fixtures.js';

const now = new Date('2024-06-01T00:00:00Z');
const good = row({ title: '文章一', url: 'https://example.com/a', date: '2023-02-01', rating: '⭐⭐⭐⭐⭐' });

function analyze(rows: string[]) {
  return analyzeSource('README.md', tracker(rows), { config: defaultConfig(), now });
}

describe('buildLineSuggestions', () => {
  it('pads a date on a changed line and leaves the rest of the line byte for byte', () => {
    const bad = row({ title: '文章二', url: 'https://example.com/b', date: '2023-1-5', rating: '⭐⭐⭐' });
    const file = analyze([good, bad]);
    const suggestions = buildLineSuggestions(file, file.diagnostics, [], lineSet([FIRST_ROW_LINE + 1]));
    expect(suggestions).toEqual([
      expect.objectContaining({ path: 'README.md', line: FIRST_ROW_LINE + 1, replacement: bad.replace('2023-1-5', '2023-01-05') }),
    ]);
    expect(suggestions[0]!.message).toContain('date-format');
  });

  it('suggests nothing for lines the pull request did not change', () => {
    const bad = row({ title: '文章二', url: 'https://example.com/b', date: '2023-1-5', rating: '⭐⭐⭐' });
    const file = analyze([good, bad]);
    expect(buildLineSuggestions(file, file.diagnostics, [], lineSet([FIRST_ROW_LINE]))).toEqual([]);
  });

  it('combines several fixes on one line into one suggestion, a moved URL winning over parameter cleaning', () => {
    const moved = row({ title: '文章二', url: 'https://example.com/old?utm_source=x', date: '2023-1-5', rating: '⭐️⭐' });
    const file = analyze([good, moved]);
    const verdict: LinkVerdict = {
      url: 'https://example.com/old?utm_source=x',
      verdict: 'redirected',
      status: 301,
      finalUrl: 'https://example.com/new',
      reason: { kind: 'http-status', status: 301 },
      ms: 1,
      checkedAt: now.toISOString(),
    };
    const verdicts = new Map([[canonicalizeUrl(verdict.url), verdict]]);
    const checked = withPageFactRules(file, new Map(), { config: defaultConfig(), now }, verdicts);
    const report = toFileReport(checked, verdicts);
    const suggestions = buildLineSuggestions(checked, report.diagnostics, report.links, lineSet([FIRST_ROW_LINE + 1]));
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]!.replacement).toBe(
      moved.replace('https://example.com/old?utm_source=x', 'https://example.com/new').replace('2023-1-5', '2023-01-05').replace('⭐️⭐', '⭐⭐'),
    );
    expect(suggestions[0]!.message).toContain('https://example.com/new');
  });

  it('keeps the container prefix of a row in a block quote', () => {
    const bad = row({ title: '文章二', url: 'https://example.com/b', date: '2023-1-5', rating: '⭐⭐⭐' });
    const source = tracker([good, bad]).replace(/^(\|.*)$/gm, '> $1');
    const file = analyzeSource('README.md', source, { config: defaultConfig(), now });
    const suggestions = buildLineSuggestions(file, file.diagnostics, [], lineSet([FIRST_ROW_LINE + 1]));
    expect(suggestions).toEqual([expect.objectContaining({ line: FIRST_ROW_LINE + 1, replacement: '> ' + bad.replace('2023-1-5', '2023-01-05') })]);
  });

  it('never turns a multi-line fix (the sort) into a suggestion', () => {
    const low = row({ title: '文章二', url: 'https://example.com/b', date: '2023-01-05', rating: '⭐' });
    const high = row({ title: '文章三', url: 'https://example.com/c', date: '2023-01-06', rating: '⭐⭐⭐⭐' });
    const file = analyze([good, low, high]);
    expect(file.diagnostics.map((d) => d.rule)).toContain('sort-order');
    expect(buildLineSuggestions(file, file.diagnostics, [], () => true)).toEqual([]);
  });
});
