// Per-tracker memo of parsed cell values, shared by the rules of one lint run. Values are kept per
// table column, in arrays aligned with table.rows: keying a map by 100k cell objects would make
// hashing and garbage collection the bottleneck of a large tracker.
import { SourceRow } from '../parse/model.js';
import type { Cell, Table, Tracker } from '../types.js';

const perTracker = new WeakMap<Tracker, Map<object, Map<Table, unknown[]>>>();


/**
 * compute() of the cell at cellIndex of every body row of `table` (undefined where a row is too
 * short), computed once per tracker, slot (the kind of value) and column.
 */
export function columnValues<V>(
  tracker: Tracker,
  slot: object,
  table: Table,
  cellIndex: number,
  compute: (cell: Cell, rowIndex: number) => V,
): readonly (V | undefined)[] {
  return wholeColumn(tracker, slot, table, cellIndex, () =>
    table.rows.map((row, rowIndex) => {
      const cell = row.cell(cellIndex);
      return cell ? compute(cell, rowIndex) : undefined;
    }),
  );
}

/**
 * compute() of the text of the cell at cellIndex of every body row of `table` (undefined where a row
 * is too short), memoised like columnValues: for readings that depend on a cell's text alone. A
 * parser row's text is sliced from the source by its offsets, with no cell object made for it.
 */
export function columnTextValues<V>(tracker: Tracker, slot: object, table: Table, cellIndex: number, compute: (text: string) => V): readonly (V | undefined)[] {
  // map, not push: the array is allocated once at its length, where pushes copied it as it grew.
  return wholeColumn(tracker, slot, table, cellIndex, () =>
    table.rows.map((row) => {
      if (row instanceof SourceRow) return cellIndex < row.cellCount && cellIndex >= 0 ? compute(row.textOf(cellIndex)) : undefined;
      const cell = row.cell(cellIndex);
      return cell ? compute(cell.text) : undefined;
    }),
  );
}

/**
 * computeColumn()'s result, one value per body row of `table` (an array aligned with table.rows, or
 * a column object read by row index), computed once per tracker, slot and column: for values best
 * made a column at a time, in one loop.
 */
export function wholeColumn<C>(tracker: Tracker, slot: object, table: Table, cellIndex: number, computeColumn: () => C): C {
  let slots = perTracker.get(tracker);
  if (!slots) {
    slots = new Map();
    perTracker.set(tracker, slots);
  }
  let tables = slots.get(slot);
  if (!tables) {
    tables = new Map();
    slots.set(slot, tables);
  }
  let columns = tables.get(table);
  if (!columns) {
    columns = [];
    tables.set(table, columns);
  }
  let values = columns[cellIndex] as C | undefined;
  if (values === undefined) {
    values = computeColumn();
    columns[cellIndex] = values;
  }
  return values;
}
