// Rule cell-count: body rows have as many cells as their header, judged by what GitHub shows.
// A short row whose missing cells are all optional renders them empty: a warning whose fix appends
// them. A short row missing a required cell is required-cell's finding. Surplus empty cells are
// invisible: a warning whose fix removes them. A surplus cell with content is silently dropped by
// GitHub: an error for a human. The row's other bytes never change.
import type { Rule } from '../rule.js';
import { SourceCell } from '../parse/index.js';
import type { Row, Tracker } from '../types.js';
import { boundTablesOf } from '../values/columns.js';

const messages = {
  fewer: {
    en: 'Unexpected {actual} cells, expected {expected} (GitHub shows the missing ones empty)',
    zh: '本行有 {actual} 个单元格，应为 {expected} 个（缺少的单元格显示为空）',
  },
  emptyExtra: {
    en: 'Unexpected empty cell after the last column, expected {expected} cells',
    zh: '本行末尾多出空单元格，应为 {expected} 个单元格',
  },
  more: {
    en: 'Unexpected {actual} cells, expected {expected}: GitHub drops "{dropped}"',
    zh: '本行有 {actual} 个单元格，应为 {expected} 个，GitHub 不会显示多出的“{dropped}”，需人工处理',
  },
};

/** End of the row's content, before trailing spaces and the line ending. */
function contentEnd(tracker: Tracker, row: Row): number {
  const lineStart = tracker.lineStarts[row.line - 1] ?? row.span.start.offset;
  let end = row.endWithEol;
  const { source } = tracker;
  while (end > lineStart && /[\r\n \t]/.test(source[end - 1]!)) end--;
  return end;
}

function endsWithPipe(source: string, end: number): boolean {
  if (source[end - 1] !== '|') return false;
  let backslashes = 0;
  while (source[end - 2 - backslashes] === '\\') backslashes++;
  return backslashes % 2 === 0;
}

const rule: Rule = {
  id: 'cell-count',
  description: { en: 'Rows have as many cells as their header, as GitHub shows them', zh: '每行单元格数须与表头一致（按 GitHub 的显示判断）' },
  defaultSeverity: 'error',
  fixable: true,
  scope: 'row',
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table, bound } of boundTablesOf(tracker, ctx.schema)) {
      const expected = table.header.cells.length;
      // An indexed loop: every row passes here, and a for-of iterator allocates per row until optimized.
      const rows = table.rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!;
        const actual = row.cellCount;
        if (actual === expected) continue;
        const params = { actual, expected };
        if (actual < expected) {
          // A missing required cell is reported once, by required-cell.
          if (bound.byCell.slice(actual).some((column) => column?.required)) continue;
          const end = contentEnd(tracker, row);
          const closing = endsWithPipe(tracker.source, end) ? '' : ' |';
          const text = closing + ' |'.repeat(expected - actual);
          ctx.report({
            span: row.span,
            section,
            severity: 'warning',
            message: ctx.t(messages.fewer, params),
            fix: { edits: [{ start: end, end, text }] },
          });
          continue;
        }
        const extra = row.cells.slice(expected);
        const firstExtra = extra[0]!;
        const span = { start: firstExtra.span.start, end: row.span.end };
        const withContent = extra.filter((cell) => cell.text !== '');
        if (withContent.length > 0) {
          ctx.report({ span, section, message: ctx.t(messages.more, { ...params, dropped: withContent.map((c) => c.text).join(' | ') }) });
          continue;
        }
        const last = row.cells[expected - 1];
        const lastExtra = extra[extra.length - 1]!;
        // Remove the pipe after the last real cell and the empty cells; their closing pipe stays.
        const fix = last instanceof SourceCell && lastExtra instanceof SourceCell ? { edits: [{ start: last.rawEnd, end: lastExtra.rawEnd, text: '' }] } : undefined;
        ctx.report({ span, section, severity: 'warning', message: ctx.t(messages.emptyExtra, params), ...(fix ? { fix } : {}) });
      }
    }
  },
};

export default rule;
