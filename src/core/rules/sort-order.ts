// Rule sort-order: each table's rows follow its schema's sort keys (configured, or inferred: the
// seed's names carry 整体推荐指数 desc then 发布时间点 desc; elsewhere only an order the rows already
// nearly follow). Ties keep their order; partial dates compare at the precision both have, text in
// natural order. Only rows whose keys can all be read are judged; the fix moves the others last.
// The fix moves whole row lines byte for byte; line endings stay where they were.
// Under review (ctx.focusLines, a pull request) the rule judges only the rows on those lines: each
// misplaced one is named with the line it belongs after, and its fix moves only those rows. Disorder
// among the other rows is reported once, on an unfocused line, without a fix.
import { cellPlainText } from '../parse/index.js';
import type { Rule } from '../rule.js';
import { compareSortValues } from '../infer-schema.js';
import { boundTable, columnIndexByName, isBlank, type BoundTable, type ResolvedColumn, type TrackerSchema } from '../schema.js';
import type { Cell, Row, Section, Table, TextEdit, Tracker } from '../types.js';
import { boundTablesOf, columnLabel } from '../values/columns.js';
import { datesOf, dateSortKey } from '../values/date.js';
import { linksOf } from '../values/link.js';
import { ratingsOf, ratingSortKey } from '../values/rating.js';

const messages = {
  order: {
    en: 'Unexpected row order, expected this row before line {line} (sorted by {keys})',
    zh: '行顺序不符：本行应排在第 {line} 行之前（排序规则：{keys}）',
  },
  belongsAfter: {
    en: 'Line {line} belongs after line {target} (sorted by {keys})',
    zh: '第 {line} 行应移到第 {target} 行之后（排序规则：{keys}）',
  },
  belongsBefore: {
    en: 'Line {line} belongs before line {target} (sorted by {keys})',
    zh: '第 {line} 行应移到第 {target} 行之前（排序规则：{keys}）',
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

function sortColumns(bound: BoundTable): SortColumn[] {
  const { cellOf, schema } = bound;
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
function sortValues(tracker: Tracker, schema: TrackerSchema, table: Table, key: SortColumn): SortValue[] {
  const { column, cellIndex } = key;
  const plainText = (cell: Cell | undefined) => (cell && !isBlank(schema, cell) ? cellPlainText(cell) : null);
  switch (column.type) {
    case 'rating':
      return ratingsOf(tracker, table, column, cellIndex).map((v) => (v ? ratingSortKey(v) : null));
    case 'date':
      return datesOf(tracker, table, cellIndex, column.formats).map((v) => (v ? dateSortKey(v) : null));
    case 'link': {
      const links = linksOf(tracker, table, cellIndex);
      return table.rows.map((row, r) => {
        const link = links.at(r);
        return link?.ok ? link.value.text : plainText(row.cell(cellIndex));
      });
    }
    case 'text':
    case 'links':
      return table.rows.map((row) => plainText(row.cell(cellIndex)));
  }
}

/**
 * Compares two body rows (by index) on the table's sort keys: negative when row `a` sorts before
 * row `b`, 0 on a tie. Null when the table is bound to no schema or has no sort column. Used by
 * `tracker-bot add`.
 */
export function rowComparator(tracker: Tracker, table: Table, schema: TrackerSchema): ((a: number, b: number) => number) | null {
  const bound = boundTable(schema, table);
  const keys = bound ? sortColumns(bound) : [];
  if (keys.length === 0) return null;
  const values = keys.map((key) => sortValues(tracker, schema, table, key));
  return (a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k]!;
      const c = compareSortValues(values[k]![a]!, values[k]![b]!, key.direction, key.column.type === 'date');
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
  description: { en: 'Rows follow the table\'s sort order (configured, or one the rows already nearly follow)', zh: '各表的行按规定顺序排列（配置的，或各行已基本遵循的顺序）' },
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'table',
  botSafeFix: true,
  ordersRows: true,
  check(ctx) {
    const { tracker, schema } = ctx;
    for (const { section, table, bound } of boundTablesOf(tracker, schema)) {
      if (table.rows.length < 2) continue;
      const keys = sortColumns(bound);
      if (keys.length === 0) continue;
      const values = keys.map((key) => sortValues(tracker, schema, table, key));
      const compareByKeys = (a: number, b: number): number => {
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k]!;
          const c = compareSortValues(values[k]![a]!, values[k]![b]!, key.direction, key.column.type === 'date');
          if (c !== 0) return c;
        }
        return 0;
      };
      // Only rows with every key readable can be out of order; a missing value is another rule's finding.
      const readable = (i: number) => values.every((column) => column[i] !== null);
      const compare = (a: number, b: number): number => compareByKeys(a, b) || a - b;
      const describedKeys = keys
        .map((k) => ctx.t(k.direction < 0 ? messages.desc : messages.asc, { column: columnLabel(table, k.cellIndex, k.column) }))
        .join(ctx.lang === 'zh' ? '，' : ', ');
      const indices = table.rows.map((_, i) => i);
      const focus = ctx.focusLines;
      const focused = focus ? indices.filter((i) => focus(table.rows[i]!.line) && readable(i)) : [];
      const others = (focus ? indices.filter((i) => !focus(table.rows[i]!.line)) : indices).filter(readable);

      // Disorder among the rows not under review (all rows when the whole document is judged).
      const inversion = others.findIndex((row, k) => k > 0 && compare(others[k - 1]!, row) > 0);
      if (inversion > 0) {
        const row = table.rows[others[inversion]!]!;
        ctx.report({
          span: row.span,
          section,
          message: ctx.t(messages.order, { line: table.rows[others[inversion - 1]!]!.line, keys: describedKeys }),
          // Sorting the table and writing it out again costs as much as the table is long: only a face that reads the fix does it.
          ...(focus ? {} : { deferredFix: () => ({ edits: [reorderEdit(tracker, table.rows, [...indices].sort(compare))] }) }),
        });
      }
      if (focused.length === 0) continue;
      reportMisplacedRows(ctx, { section, table, compareByKeys, focused, describedKeys });
    }
  },
};

/**
 * Under review: a focused row is misplaced when it sorts before the nearest unfocused row above it,
 * after the nearest one below it, or before the focused row just above it. Each misplaced row is
 * inserted into the remaining rows at the first place where the next row sorts after it; every
 * finding carries the same fix (the table with only the misplaced rows moved).
 */
function reportMisplacedRows(
  ctx: Parameters<Rule['check']>[0],
  input: { section: Section; table: Table; compareByKeys: (a: number, b: number) => number; focused: number[]; describedKeys: string },
): void {
  const { section, table, compareByKeys, focused, describedKeys } = input;
  const inOrder = (a: number, b: number) => compareByKeys(a, b) <= 0;
  const isFocused = new Set(focused);
  const misplaced = focused.filter((i) => {
    let above = i - 1;
    while (above >= 0 && isFocused.has(above)) above--;
    let below = i + 1;
    while (below < table.rows.length && isFocused.has(below)) below++;
    if (above >= 0 && !inOrder(above, i)) return true;
    if (below < table.rows.length && !inOrder(i, below)) return true;
    return i - 1 >= 0 && isFocused.has(i - 1) && !inOrder(i - 1, i);
  });
  if (misplaced.length === 0) return;
  const moving = new Set(misplaced);
  const order = table.rows.map((_, i) => i).filter((i) => !moving.has(i));
  const targets = new Map<number, { index: number; after: boolean }>();
  for (const row of misplaced) {
    // By sort key only: a row goes after the rows whose keys equal its own.
    let at = order.findIndex((other) => compareByKeys(row, other) < 0);
    if (at < 0) at = order.length;
    targets.set(row, at > 0 ? { index: order[at - 1]!, after: true } : { index: order[0]!, after: false });
    order.splice(at, 0, row);
  }
  const fix = { edits: [reorderEdit(ctx.tracker, table.rows, order)] };
  for (const row of misplaced) {
    const target = targets.get(row)!;
    const message = target.after ? messages.belongsAfter : messages.belongsBefore;
    ctx.report({
      span: table.rows[row]!.span,
      section,
      message: ctx.t(message, { line: table.rows[row]!.line, target: table.rows[target.index]!.line, keys: describedKeys }),
      fix,
    });
  }
}

export default rule;
