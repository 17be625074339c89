// Column mapping for the rules: which schema column each header cell names, memoised per table
// and schema so every rule maps a table once. Columns are matched by header, never by position.
import { columnIndexForHeader, type ResolvedColumn, type TrackerSchema } from '../schema.js';
import type { Section, Table, Tracker } from '../types.js';

export interface TableColumns {
  /** Schema column of each header cell, or null for an unrecognised or repeated header. */
  byCell: (ResolvedColumn | null)[];
  /** Cell index of each schema column (same order as schema.columns), or -1 when absent. */
  cellOf: number[];
}

const cache = new WeakMap<TrackerSchema, WeakMap<Table, TableColumns>>();

export function tableColumns(table: Table, schema: TrackerSchema): TableColumns {
  let perSchema = cache.get(schema);
  if (!perSchema) {
    perSchema = new WeakMap();
    cache.set(schema, perSchema);
  }
  let mapped = perSchema.get(table);
  if (!mapped) {
    const cellOf = schema.columns.map(() => -1);
    const byCell = table.header.cells.map((cell, index) => {
      const columnIndex = columnIndexForHeader(schema, cell.text);
      if (columnIndex < 0 || cellOf[columnIndex] !== -1) return null;
      cellOf[columnIndex] = index;
      return schema.columns[columnIndex] ?? null;
    });
    mapped = { byCell, cellOf };
    perSchema.set(table, mapped);
  }
  return mapped;
}

export interface MappedColumn {
  column: ResolvedColumn;
  /** Index of the column's cell in each row. */
  cellIndex: number;
}

/** The table's columns of one type, with their cell positions. */
export function columnsOfType(table: Table, schema: TrackerSchema, type: ResolvedColumn['type']): MappedColumn[] {
  const { byCell } = tableColumns(table, schema);
  const found: MappedColumn[] = [];
  byCell.forEach((column, cellIndex) => {
    if (column?.type === type) found.push({ column, cellIndex });
  });
  return found;
}

export function* tablesOf(tracker: Tracker): Generator<{ section: Section; table: Table }> {
  for (const section of tracker.sections) {
    for (const table of section.tables) yield { section, table };
  }
}
