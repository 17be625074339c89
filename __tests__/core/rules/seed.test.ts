// The real tracker the project serves (shared/seed, see support/seed.ts); skipped when absent.
// Every rule also has its own fixtures, so nothing here is the only test of a rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixSource } from '../../../src/core/fix.js';
import { lintSource } from '../../../src/core/lint.js';
import { parseLinkCell } from '../../../src/core/parse/index.js';
import type { Diagnostic, Tracker } from '../../../src/core/types.js';
import { SEED_PATH } from '../../support/seed.js';

const SEED = SEED_PATH;
const NOW = new Date('2026-11-28');

const linesOf = (diagnostics: Diagnostic[], rule: string) =>
  diagnostics.filter((d) => d.rule === rule).map((d) => d.line);

function titles(tracker: Tracker): string[] {
  return tracker.sections.flatMap((s) =>
    s.tables.flatMap((t) =>
      t.rows.map((r) => {
        const link = parseLinkCell(r.cells[0]!, tracker.source);
        return link.ok ? link.value.text : `!${r.cells[0]!.text}`;
      }),
    ),
  );
}

describe.skipIf(SEED === '')('the seed tracker', () => {
  const source = SEED ? readFileSync(SEED, 'utf8') : '';
  const { tracker, diagnostics } = lintSource(source, { now: NOW });

  it('finds the known problems', () => {
    expect(linesOf(diagnostics, 'cell-count')).toEqual([24]);
    // Line 24 lacks only the optional 备注 cell: GitHub shows it empty, so a fixable warning.
    expect(diagnostics.find((d) => d.rule === 'cell-count')).toMatchObject({ severity: 'warning', fixable: true });
    expect(linesOf(diagnostics, 'date-format')).toEqual([18]);
    expect(diagnostics.find((d) => d.rule === 'date-format')).toMatchObject({ severity: 'warning', expected: '2022-12-07' });
    expect(linesOf(diagnostics, 'rating-normalize')).toEqual([22, 26, 27]);
    expect(linesOf(diagnostics, 'url-secret-params')).toContain(51);
    expect(diagnostics.find((d) => d.rule === 'url-secret-params' && d.line === 51)?.message).toContain(
      'key, uin, exportkey, pass_ticket',
    );
    expect(linesOf(diagnostics, 'url-tracking-params')).toEqual(expect.arrayContaining([18, 19, 21, 26, 32]));
    const sortSections = diagnostics.filter((d) => d.rule === 'sort-order').map((d) => d.section);
    expect(sortSections).toEqual(['技术原理', '技术迭代与追踪']);
  });

  it('raises no false alarms', () => {
    const unexpected = diagnostics.filter((d) =>
      ['table-header', 'required-cell', 'link-cell', 'duplicate-link', 'date-range', 'rating-symbol'].includes(d.rule),
    );
    expect(unexpected).toEqual([]);
    // Escaped dates (2022\-03\-04) are fine; only the unpadded one is reported.
    expect(linesOf(diagnostics, 'date-format')).toEqual([18]);
  });

  it('fixes to a clean, stable tracker that keeps every row and title', () => {
    const result = fixSource(source, { now: NOW });
    expect(result.diagnostics.filter((d) => d.fixable)).toEqual([]);
    expect(result.diagnostics).toEqual([]);
    expect(fixSource(result.output, { now: NOW }).output).toBe(result.output);
    const after = lintSource(result.output, { now: NOW }).tracker;
    expect(titles(after).sort()).toEqual(titles(tracker).sort());
    expect(after.source.split('\n').length).toBe(source.split('\n').length);
    expect(result.output).toContain('| 2022-12-07 ');
    expect(result.output).not.toMatch(/pass_ticket|exportkey|uin=|key=|vd_source|spm_id_from|⭐️/);
  });
});
