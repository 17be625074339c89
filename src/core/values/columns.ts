// Column mapping for the rules: the schema each table is bound to (src/core/schema.ts) and which
// of its columns each header cell names. A table bound to no schema has no columns: every rule
// leaves it alone.
import { stripInlineMarkup } from '../parse/inline-text.js';
import { boundTable, type BoundTable, type ResolvedColumn, type TrackerSchema } from '../schema.js';
import type { Row, Section, Table, Tracker } from '../types.js';

export type TableColumns = Pick<BoundTable, 'byCell' | 'cellOf'>;

const UNBOUND: TableColumns = { byCell: [], cellOf: [] };

export function tableColumns(table: Table, schema: TrackerSchema): TableColumns {
  return boundTable(schema, table) ?? UNBOUND;
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

/** Tables bound to a schema, with their binding. */
export function* boundTablesOf(tracker: Tracker, schema: TrackerSchema): Generator<{ section: Section; table: Table; bound: BoundTable }> {
  for (const { section, table } of tablesOf(tracker)) {
    const bound = boundTable(schema, table, section);
    if (bound) yield { section, table, bound };
  }
}

/**
 * Which columns identify a table's entries: `link`, the first single-link column (where the
 * entry lives), and `title`, the first link or text column up to it that is not a row number
 * (where its name lives; often the link column itself). null when the table has no link column.
 */
export function entryColumns(types: readonly (ResolvedColumn['type'] | null)[], rows: readonly Row[]): { link: number; title: number } | null {
  const link = types.findIndex((t) => t === 'link' || t === 'links');
  if (link < 0 || types[link] !== 'link') return null;
  const isRowNumber = (index: number) => rows.length > 0 && rows.every((row) => /^\s*\d*\s*$/.test(row.cell(index)?.text ?? ''));
  const title = types.findIndex((t, index) => index <= link && (t === 'link' || t === 'links' || t === 'text') && !isRowNumber(index));
  return { link, title: title < 0 ? link : title };
}

/**
 * How messages name a column: the table's own header text (so an English table matched through
 * an alias reads "Link", not the config's 资料链接), else the schema name, else its position.
 */
export function columnLabel(table: Table, cellIndex: number, column: ResolvedColumn | null): string {
  return headerLabels(table)[cellIndex] || column?.name || `#${cellIndex + 1}`;
}

const headerLabelsByTable = new WeakMap<Table, readonly string[]>();

/** Each header cell's text without markup, read once per table: rules ask for a label per row. */
function headerLabels(table: Table): readonly string[] {
  let labels = headerLabelsByTable.get(table);
  if (!labels) {
    labels = table.header.cells.map((cell) => stripInlineMarkup(cell.text));
    headerLabelsByTable.set(table, labels);
  }
  return labels;
}
