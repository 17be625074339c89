// Rule table-gap: a table row written after a blank line is no longer part of the table above (GFM ends
// a table at the first blank line), so it renders as a stray paragraph of pipes and its entry is lost to
// every other rule. Reported on the stray row; the fix removes the blank lines between.
import type { Rule } from '../rule.js';
import type { Point, Span, Tracker } from '../types.js';
import { tablesOf } from '../values/columns.js';

const messages = {
  gap: {
    en: 'Unexpected blank line before this row: it is outside the table above, remove the blank line',
    zh: '本行在上方表格之外：请删除它上面的空行',
  },
};

/** Line `n` (1-based) without its line ending, or null past the end. */
function lineText(tracker: Tracker, n: number): string | null {
  const start = tracker.lineStarts[n - 1];
  if (start === undefined) return null;
  const end = tracker.lineStarts[n] ?? tracker.source.length;
  return tracker.source.slice(start, end).replace(/\r?\n$/, '');
}

const DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

function point(tracker: Tracker, line: number, column: number): Point {
  return { line, column, offset: tracker.lineStarts[line - 1]! + column - 1 };
}

const rule: Rule = {
  id: 'table-gap',
  description: { en: 'No blank line splits a table', zh: '表格中间不能有空行' },
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'table',
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table } of tablesOf(tracker)) {
      const last = table.span.end.line;
      let next = last + 1;
      while (lineText(tracker, next)?.trim() === '') next++;
      if (next === last + 1) continue;
      const text = lineText(tracker, next);
      if (text === null || !text.trimStart().startsWith('|')) continue;
      // A header row followed by its delimiter starts a table of its own.
      if (DELIMITER_ROW.test(lineText(tracker, next + 1) ?? '')) continue;
      const cells = text.trim().replace(/^\||\|$/g, '').split(/(?<!\\)\|/).length;
      // Only a line shaped like the table's rows: never a stray note that merely starts with a pipe.
      const width = table.header.cells.length;
      if (cells !== width && (width < 4 || Math.abs(cells - width) > 1)) continue;
      const span: Span = { start: point(tracker, next, 1), end: point(tracker, next, text.length + 1) };
      const gapStart = tracker.lineStarts[last]!;
      ctx.report({ span, section, message: ctx.t(messages.gap), fix: { edits: [{ start: gapStart, end: tracker.lineStarts[next - 1]!, text: '' }] } });
    }
  },
};

export default rule;
