// Property tests of the fix engine on generated seed-format trackers (see generate.ts).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixSource } from '../../../src/core/fix.js';
import { lintSource } from '../../../src/core/lint.js';
import { parseLinkCell, parseTracker } from '../../../src/core/parse/index.js';
import { BUILTIN_COLUMNS, BUILTIN_SORT } from '../../../src/core/infer-schema.js';
import { resolveSchema } from '../../../src/core/schema.js';
import type { Row, Tracker } from '../../../src/core/types.js';
import { tableColumns } from '../../../src/core/values/columns.js';
import { analyzeUrl } from '../../../src/core/url/canonicalize.js';
import { dateSortKey, parseDateText } from '../../../src/core/values/date.js';
import { parseRatingText, ratingSortKey, ratingSpecOf } from '../../../src/core/values/rating.js';
import { renderTracker, trackerArb } from './generate.js';
import { runs } from '../../support/properties.js';

const NOW = new Date('2026-11-28');
const fix = (source: string) => fixSource(source, { now: NOW }).output;

function lineRange(tracker: Tracker, row: Row): [number, number] {
  return [tracker.lineStarts[row.line - 1]!, row.endWithEol];
}

/** The row's line (without its line ending) with every fixable region masked out: URL, date, ratings, missing trailing cells. */
function maskedLine(tracker: Tracker, row: Row, columnsOf: ReturnType<typeof tableColumns>): string {
  const [start, end] = lineRange(tracker, row);
  const holes: [number, number][] = [];
  columnsOf.byCell.forEach((column, i) => {
    const cell = row.cells[i];
    if (!column || !cell) return;
    if (column.type === 'link') {
      const link = parseLinkCell(cell, tracker.source);
      if (link.ok) holes.push([link.value.urlStart, link.value.urlEnd]);
    } else if (column.type === 'date' || column.type === 'rating') {
      holes.push([cell.span.start.offset, cell.span.end.offset]);
    }
  });
  holes.sort((a, b) => a[0] - b[0]);
  let text = '';
  let cursor = start;
  for (const [s, e] of holes) {
    text += tracker.source.slice(cursor, s) + '\u0000';
    cursor = e;
  }
  text += tracker.source.slice(cursor, end);
  return text.replace(/\r?\n$/, '').replace(/[ |]*$/, '');
}

/** What a row says, independent of how the fixes spell it. */
function rowMeaning(tracker: Tracker, row: Row, columnsOf: ReturnType<typeof tableColumns>): string {
  return JSON.stringify(
    columnsOf.byCell.map((column, i) => {
      const cell = row.cells[i];
      if (!column || !cell) return cell?.text ?? '';
      if (column.type === 'link') {
        const link = parseLinkCell(cell, tracker.source);
        return link.ok ? analyzeUrl(link.value.url)?.canonical : link.reason;
      }
      if (column.type === 'date') return dateSortKey(parseDateText(cell.text));
      if (column.type === 'rating') return ratingSortKey(parseRatingText(cell.text, ratingSpecOf(column)));
      return cell.text;
    }),
  );
}

interface Shape {
  /** Lines outside table bodies, with their line endings, by line index. */
  fixedLines: Map<number, string>;
  /** Per table: multiset of masked body lines, multiset of row meanings. */
  tables: { masked: string[]; meanings: string[] }[];
  /** The line ending of every line, by position (rows move, line endings stay). */
  eols: string[];
  bom: boolean;
}

function shapeOf(source: string): Shape {
  const tracker = parseTracker(source);
  // Mask by the seed's own column types, whatever schema the fixes were judged by.
  const schema = resolveSchema({ columns: BUILTIN_COLUMNS, sort: BUILTIN_SORT }, tracker);
  const bodyLines = new Set<number>();
  const tables: Shape['tables'] = [];
  for (const section of tracker.sections) {
    for (const table of section.tables) {
      const columnsOf = tableColumns(table, schema);
      tables.push({
        masked: table.rows.map((r) => maskedLine(tracker, r, columnsOf)).sort(),
        meanings: table.rows.map((r) => rowMeaning(tracker, r, columnsOf)).sort(),
      });
      for (const row of table.rows) bodyLines.add(row.line - 1);
    }
  }
  const fixedLines = new Map<number, string>();
  tracker.lineStarts.forEach((start, i) => {
    if (bodyLines.has(i)) return;
    fixedLines.set(i, source.slice(start, tracker.lineStarts[i + 1] ?? source.length));
  });
  const eols = tracker.lineStarts.map((start, i) => {
    const line = source.slice(start, tracker.lineStarts[i + 1] ?? source.length);
    return /\r?\n$/.exec(line)?.[0] ?? '';
  });
  return { fixedLines, tables, eols, bom: tracker.hasBom };
}

describe('fixSource on generated seed-format trackers', () => {
  it('is idempotent and leaves nothing fixable', () => {
    fc.assert(
      fc.property(trackerArb, (spec) => {
        const once = fixSource(renderTracker(spec), { now: NOW });
        expect(once.diagnostics.filter((d) => d.fixable)).toEqual([]);
        expect(fix(once.output)).toBe(once.output);
      }),
      runs(120),
    );
  });

  it('keeps every row (modulo the edited cells) and every byte outside the edited cells', () => {
    fc.assert(
      fc.property(trackerArb, (spec) => {
        const source = renderTracker(spec);
        const before = shapeOf(source);
        const after = shapeOf(fix(source));
        expect(after.bom).toBe(before.bom);
        expect(after.fixedLines).toEqual(before.fixedLines);
        expect(after.tables).toEqual(before.tables);
        expect(after.eols).toEqual(before.eols);
      }),
      runs(120),
    );
  });

  it('never trades one error for another: after fix, no rule reports more errors than before', () => {
    const errorsByRule = (source: string) => {
      const counts = new Map<string, number>();
      for (const d of lintSource(source, { now: NOW }).diagnostics) if (d.severity === 'error') counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
      return counts;
    };
    fc.assert(
      fc.property(trackerArb, (spec) => {
        const source = renderTracker(spec);
        const before = errorsByRule(source);
        for (const [rule, after] of errorsByRule(fix(source))) expect(after, rule).toBeLessThanOrEqual(before.get(rule) ?? 0);
      }),
      { numRuns: 120, seed: 9 },
    );
  });

  it('really changes the generated quirks (the properties above are not vacuous)', () => {
    const quirky = fc.sample(trackerArb, { numRuns: 30, seed: 7 }).map(renderTracker);
    const changed = quirky.filter((s) => fix(s) !== s);
    expect(changed.length).toBeGreaterThan(20);
    expect(quirky.some((s) => lintSource(s, { now: NOW }).diagnostics.some((d) => d.rule === 'sort-order'))).toBe(true);
  });
});

describe('lintSource with fixes: false (what `tracker-bot check` asks for)', () => {
  it('reports the same findings, each still marked fixable or not, and carries no fix', () => {
    fc.assert(
      fc.property(trackerArb, (spec) => {
        const source = renderTracker(spec);
        const withFixes = lintSource(source, { now: NOW }).diagnostics;
        const without = lintSource(source, { now: NOW, fixes: false }).diagnostics;
        expect(without.some((d) => 'fix' in d)).toBe(false);
        // The same findings in the same order once the fixes are left out (the fixable flag stays).
        expect(without).toEqual(withFixes.map(({ fix: _fix, ...rest }) => rest));
      }),
      runs(120),
    );
  });
});
