// Rule sort-order: each table's rows follow the configured sort keys (schema.sort; built-in:
// 整体推荐指数 desc, then 发布时间点 desc). Ties keep their order; values that cannot be read sort
// last. The fix moves whole row lines byte for byte; line endings stay where they were.
import { cellPlainText } from '../parse/index.js';
import type { Rule } from '../rule.js';
import { columnIndexByName, type ResolvedColumn, type TrackerSchema } from '../schema.js';
import type { Cell, Row, Table, TextEdit, Tracker } from '../types.js';
import { tableColumns, tablesOf } from '../values/columns.js';
import { datesOf, dateSortKey } from '../values/date.js';
import { linksOf } from '../values/link.js';
import { ratingsOf, ratingSortKey } from '../values/rating.js';

const messages = {
  order: {
    en: 'Unexpected row order, expected this row before line {line} (sorted by {keys})',
    zh: '行顺序不符：本行应排在第 {line} 行之前（排序规则：{keys}）',
  },
  asc: { en: '{column} asc', zh: '{column}升序' },
  desc: { en: '{column} desc', zh: '{column}降序' },
};

type SortValue = number | string | null;

interface SortColumn {
  column: ResolvedColumn;
  cellIndex: number;
  direction: 1 | -1;
}

function sortColumns(table: Table, schema: TrackerSchema): SortColumn[] {
  const { cellOf } = tableColumns(table, schema);
  const found: SortColumn[] = [];
  for (const key of schema.sort) {
    const columnIndex = columnIndexByName(schema, key.column);
    const column = schema.columns[columnIndex];
    const cellIndex = cellOf[columnIndex] ?? -1;
    if (column && cellIndex >= 0) found.push({ column, cellIndex, direction: key.order === 'desc' ? -1 : 1 });
  }
  return found;
}

/** The sort value of every body row for one key; null when missing or unreadable. */
function sortValues(tracker: Tracker, table: Table, key: SortColumn): SortValue[] {
  const { column, cellIndex } = key;
  const plainText = (cell: Cell | undefined) => (cell && cell.text !== '' ? cellPlainText(cell) : null);
  switch (column.type) {
    case 'rating':
      return ratingsOf(tracker, table, column, cellIndex).map((v) => (v ? ratingSortKey(v) : null));
    case 'date':
      return datesOf(tracker, table, cellIndex).map((v) => (v ? dateSortKey(v) : null));
    case 'link':
      return linksOf(tracker, table, cellIndex).map((link, r) =>
        link?.ok ? link.value.text : plainText(table.rows[r]!.cells[cellIndex]),
      );
    case 'text':
      return table.rows.map((row) => plainText(row.cells[cellIndex]));
  }
}

function compareValues(a: SortValue, b: SortValue, direction: 1 | -1): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return (a < b ? -1 : 1) * direction;
}

/**
 * Compares two body rows (by index) on the schema's sort keys: negative when row `a` sorts before
 * row `b`, 0 on a tie. Null when the table has no sort column. Used by `tracker-bot add`.
 */
export function rowComparator(tracker: Tracker, table: Table, schema: TrackerSchema): ((a: number, b: number) => number) | null {
  const keys = sortColumns(table, schema);
  if (keys.length === 0) return null;
  const values = keys.map((key) => sortValues(tracker, table, key));
  return (a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const c = compareValues(values[k]![a]!, values[k]![b]!, keys[k]!.direction);
      if (c !== 0) return c;
    }
    return 0;
  };
}

/** Offsets of a row's whole line: where it starts, where its content ends, where its line ending ends. */
function lineOf(tracker: Tracker, row: Row): { start: number; contentEnd: number; end: number } {
  const start = tracker.lineStarts[row.line - 1] ?? row.span.start.offset;
  const end = row.endWithEol;
  let contentEnd = end;
  if (tracker.source[contentEnd - 1] === '\n') contentEnd--;
  if (tracker.source[contentEnd - 1] === '\r') contentEnd--;
  return { start, contentEnd, end };
}

/** One edit that rewrites the table body in `order`, keeping each position's line ending. */
function reorderEdit(tracker: Tracker, rows: Row[], order: number[]): TextEdit {
  const lines = rows.map((row) => lineOf(tracker, row));
  const { source } = tracker;
  let text = '';
  order.forEach((from, to) => {
    const moved = lines[from]!;
    const slot = lines[to]!;
    text += source.slice(moved.start, moved.contentEnd) + source.slice(slot.contentEnd, slot.end);
  });
  return { start: lines[0]!.start, end: lines[lines.length - 1]!.end, text };
}

const rule: Rule = {
  id: 'sort-order',
  description: { en: 'Rows follow the configured sort order', zh: '各表的行按规定顺序排列' },
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    const { tracker, schema } = ctx;
    for (const { section, table } of tablesOf(tracker)) {
      if (table.rows.length < 2) continue;
      const keys = sortColumns(table, schema);
      if (keys.length === 0) continue;
      const values = keys.map((key) => sortValues(tracker, table, key));
      const compare = (a: number, b: number): number => {
        for (let k = 0; k < keys.length; k++) {
          const c = compareValues(values[k]![a]!, values[k]![b]!, keys[k]!.direction);
          if (c !== 0) return c;
        }
        return a - b;
      };
      const firstInversion = table.rows.findIndex((_, i) => i > 0 && compare(i - 1, i) > 0);
      if (firstInversion < 0) continue;
      const order = table.rows.map((_, i) => i).sort(compare);
      const row = table.rows[firstInversion]!;
      const describedKeys = keys
        .map((k) => ctx.t(k.direction < 0 ? messages.desc : messages.asc, { column: k.column.name }))
        .join(ctx.lang === 'zh' ? '，' : ', ');
      ctx.report({
        span: row.span,
        section,
        message: ctx.t(messages.order, { line: table.rows[firstInversion - 1]!.line, keys: describedKeys }),
        fix: { edits: [reorderEdit(tracker, table.rows, order)] },
      });
    }
  },
};

export default rule;
