// Rule cell-count: every body row has as many cells as its table's header. Missing cells are
// appended empty (the row's other bytes stay); surplus cells need a human.
import type { Rule } from '../rule.js';
import type { Row, Tracker } from '../types.js';
import { tablesOf } from '../values/columns.js';

const messages = {
  fewer: { en: 'Unexpected {actual} cells, expected {expected}', zh: '本行有 {actual} 个单元格，应为 {expected} 个' },
  more: { en: 'Unexpected {actual} cells, expected {expected}', zh: '本行有 {actual} 个单元格，应为 {expected} 个，多出的内容需人工处理' },
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
  description: { en: 'Rows have as many cells as their header', zh: '每行单元格数须与表头一致' },
  defaultSeverity: 'error',
  fixable: true,
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table } of tablesOf(tracker)) {
      const expected = table.header.cells.length;
      for (const row of table.rows) {
        const actual = row.cells.length;
        if (actual === expected) continue;
        const params = { actual, expected };
        if (actual < expected) {
          const end = contentEnd(tracker, row);
          const closing = endsWithPipe(tracker.source, end) ? '' : ' |';
          const text = closing + ' |'.repeat(expected - actual);
          ctx.report({
            span: row.span,
            section,
            message: ctx.t(messages.fewer, params),
            fix: { edits: [{ start: end, end, text }] },
          });
        } else {
          const firstExtra = row.cells[expected]!;
          ctx.report({
            span: { start: firstExtra.span.start, end: row.span.end },
            section,
            message: ctx.t(messages.more, params),
          });
        }
      }
    }
  },
};

export default rule;
