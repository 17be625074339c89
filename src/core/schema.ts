// Column schema, between parse and rules: per-table schemas (from the config's `tables:` and
// `columns:`, or inferred from the tracker itself at zero config, see infer-schema.ts), the
// binding of each parsed table to the schema that describes it, and header-cell → column mapping.
// A table bound to no schema is left alone by every rule.
import type { ColumnConfig, Config, DateFormat, DuplicatesConfig, SortKey, TableSchemaConfig } from './options.js';
import { stripInlineMarkup } from './parse/index.js';
import { SourceCell, SourceRow } from './parse/model.js';
import { inferSchema } from './infer-schema.js';
import { DEFAULT_PLACEHOLDERS } from './placeholders.js';
import { format } from './i18n.js';
import type { Cell, ColumnType, Lang, Row, Section, Table, Tracker } from './types.js';
import { normalizeHeaderName } from './values/header-name.js';

export { normalizeHeaderName };

export { DEFAULT_PLACEHOLDERS };

export type RatingStyle = 'plain' | 'emoji';

export interface ResolvedColumn {
  /** The column's name as written in the header (may be empty for a positional column). */
  name: string;
  type: ColumnType;
  required: boolean;
  /** Every accepted header name, the canonical name first. */
  names: string[];
  /** 0-based position the column is bound to (config `index`, 1-based), or null to match by name. */
  position: number | null;
  symbol?: string;
  min?: number;
  max?: number;
  /** Ratings: the spelling every cell must use; absent = the file's own majority. */
  style?: RatingStyle;
  /** Dates: accepted formats (default YYYY-MM-DD). */
  formats?: DateFormat[];
}

export interface TableSchema {
  columns: ResolvedColumn[];
  sort: SortKey[];
  /** Section filters (case-insensitive substrings of the heading), or null for any section. */
  sections: string[] | null;
}

/** A table and the schema it is checked against, with its header cells mapped to columns. */
export interface BoundTable {
  schema: TableSchema;
  /** Schema column of each header cell, or null for an unrecognised or repeated header. */
  byCell: (ResolvedColumn | null)[];
  /** Cell index of each schema column (same order as schema.columns), or -1 when absent. */
  cellOf: number[];
}

export interface TrackerSchema {
  /** `config` when the user described the tables; `inferred` at zero config. */
  origin: 'config' | 'inferred';
  tables: TableSchema[];
  /** Lower-cased placeholder texts that count as empty. */
  placeholders: ReadonlySet<string>;
  duplicates: DuplicatesConfig;
  /** The schema of each table of the tracker; absent = no schema matches, the table is left alone. */
  bindings: Map<Table, BoundTable>;
}

export type SchemaConfig = Partial<Pick<Config, 'columns' | 'sort' | 'tables' | 'placeholders' | 'duplicates'>>;

/** A config column → its resolved form. `required` defaults to true for link, date and rating columns. */
export function resolveColumn(column: ColumnConfig): ResolvedColumn {
  const required = column.required ?? (column.type === 'link' || column.type === 'date' || column.type === 'rating');
  const names = [column.name, ...(column.aliases ?? [])];
  const resolved: ResolvedColumn = { name: column.name, type: column.type, required, names, position: column.index ? column.index - 1 : null };
  if (column.type === 'rating') {
    resolved.symbol = column.symbol ?? '⭐';
    resolved.min = column.min ?? 1;
    resolved.max = column.max ?? 5;
    if (column.style) resolved.style = column.style;
  }
  if (column.type === 'date') {
    resolved.formats = column.format === undefined ? ['YYYY-MM-DD'] : Array.isArray(column.format) ? column.format : [column.format];
  }
  return resolved;
}

export function resolveTableSchema(table: Pick<TableSchemaConfig, 'columns' | 'sort' | 'section'>): TableSchema {
  const sections = table.section === undefined ? null : Array.isArray(table.section) ? table.section : [table.section];
  return { columns: table.columns.map(resolveColumn), sort: table.sort ?? [], sections };
}

/**
 * The schema of every table of `tracker`. With `tables:` or `columns:` in the config those
 * schemas are matched to tables by header (and section); without them, each header shape gets
 * the schema `tracker-bot init` would write for it (infer-schema.ts).
 */
export function resolveSchema(config: SchemaConfig, tracker: Tracker): TrackerSchema {
  const explicit = config.tables !== undefined || config.columns !== undefined;
  let tables: TableSchema[];
  let duplicates = config.duplicates;
  let learned: readonly string[] = [];
  if (explicit) {
    tables = (config.tables ?? []).map(resolveTableSchema);
    if (config.columns) tables.push(resolveTableSchema({ columns: config.columns, sort: config.sort }));
  } else {
    const inferred = inferSchema(tracker);
    tables = (inferred?.tables ?? []).map(resolveTableSchema);
    // A configured duplicates scope wins over the inferred one.
    if (!duplicates || (duplicates.scope === 'file' && duplicates.exempt.length === 0)) duplicates = inferred?.duplicates ?? duplicates;
    learned = inferred?.placeholders ?? [];
  }
  const placeholders = new Set([...(config.placeholders ?? DEFAULT_PLACEHOLDERS), ...learned].map((p) => p.trim().toLowerCase()));
  const bindings = new Map<Table, BoundTable>();
  for (const section of tracker.sections) {
    for (const table of section.tables) {
      const bound = bestSchema(tables, section, table);
      if (bound) bindings.set(table, bound);
    }
  }
  return { origin: explicit ? 'config' : 'inferred', tables, placeholders, duplicates: duplicates ?? { scope: 'file', exempt: [] }, bindings };
}

const leftAlone = new WeakMap<TrackerSchema, WeakSet<Table>>();

/**
 * The binding of a table: the one made when the schema was resolved, or, for a table of another
 * parse of the file (`tracker-bot add` re-reads the source it edits), one made now by header
 * (section filters apply when the section is known). Null for a table no schema describes.
 */
export function boundTable(schema: TrackerSchema, table: Table, section?: Section): BoundTable | null {
  const known = schema.bindings.get(table);
  if (known) return known;
  let unbound = leftAlone.get(schema);
  if (unbound?.has(table)) return null;
  const bound = bestSchema(schema.tables, section ?? null, table);
  if (bound) schema.bindings.set(table, bound);
  else {
    if (!unbound) leftAlone.set(schema, (unbound = new WeakSet()));
    unbound.add(table);
  }
  return bound;
}


/** True when a section heading passes a schema's section filter. */
export function sectionMatches(filters: string[] | null, title: string | null): boolean {
  if (filters === null) return true;
  const heading = (title ?? '').toLowerCase();
  return filters.some((f) => heading.includes(f.toLowerCase()));
}

function names(column: ResolvedColumn): string[] {
  return column.names.map(normalizeHeaderName);
}

/** Map header cells to a schema's columns: positional columns first, then by name, first occurrence wins. */
export function mapHeader(schema: TableSchema, headerCells: readonly Cell[]): Omit<BoundTable, 'schema'> {
  const keys = headerCells.map((cell) => normalizeHeaderName(cell.text));
  const byCell: (ResolvedColumn | null)[] = keys.map(() => null);
  const cellOf = schema.columns.map(() => -1);
  schema.columns.forEach((column, i) => {
    const at = column.position;
    if (at === null || at >= keys.length || byCell[at] !== null) return;
    if (names(column).includes(keys[at]!)) {
      byCell[at] = column;
      cellOf[i] = at;
    }
  });
  keys.forEach((key, at) => {
    if (byCell[at] !== null) return;
    const i = schema.columns.findIndex((column, c) => column.position === null && cellOf[c] === -1 && names(column).includes(key));
    if (i < 0) return;
    byCell[at] = schema.columns[i]!;
    cellOf[i] = at;
  });
  return { byCell, cellOf };
}

/**
 * The schema that best describes a table: among schemas whose section filter passes and that
 * name at least half of their columns in the header, the one with the fewest unmatched header
 * cells and missing columns. A sponsor block or a legend matches none and is left alone.
 */
function bestSchema(tables: readonly TableSchema[], section: Section | null, table: Table): BoundTable | null {
  let best: BoundTable | null = null;
  let bestScore = -Infinity;
  for (const schema of tables) {
    if (section && !sectionMatches(schema.sections, section.title)) continue;
    const mapped = mapHeader(schema, table.header.cells);
    const matched = mapped.cellOf.filter((i) => i >= 0).length;
    if (matched === 0 || matched * 2 < schema.columns.length) continue;
    const score = 2 * matched - (table.header.cells.length - matched) - (schema.columns.length - matched);
    if (score > bestScore) {
      best = { schema, ...mapped };
      bestScore = score;
    }
  }
  return best;
}

/** Index of the column of `schema` a header text names (by any of its names), or -1. */
export function columnIndexByName(schema: TableSchema, name: string): number {
  const wanted = normalizeHeaderName(name);
  return schema.columns.findIndex((c) => names(c).includes(wanted));
}

const starts = new WeakMap<TrackerSchema, Set<number>>();

/**
 * First characters (UTF-16 code units) a placeholder cell can start with (either case, or markup
 * around it): a cheap first filter that makes no string.
 */
function placeholderStarts(schema: TrackerSchema): Set<number> {
  let set = starts.get(schema);
  if (!set) {
    const chars = ['[', '*', '_', '`', '~', '<'];
    for (const p of schema.placeholders) if (p) chars.push(p[0]!, p[0]!.toUpperCase());
    set = new Set(chars.filter((c) => c.length === 1).map((c) => c.charCodeAt(0)));
    starts.set(schema, set);
  }
  return set;
}

/** True when a cell holds nothing, or only one of the placeholders that mean "no value". */
export function isBlank(schema: TrackerSchema, cell: Cell | undefined): boolean {
  if (!cell) return true;
  // A parser cell is judged from its offsets first: most cells are longer than any placeholder or
  // start with a character none starts with, and rules ask this of every cell of 100k rows.
  if (cell instanceof SourceCell) {
    const judged = blankFromOffsets(schema, cell.row.offsets.source, cell.contentStart, cell.contentEnd);
    if (judged !== undefined) return judged;
  }
  const text = cell.text;
  if (text === '') return true;
  if (text.length > 24 || !placeholderStarts(schema).has(text.charCodeAt(0))) return false;
  return schema.placeholders.has(text.toLowerCase()) || (/[[*_`~<]/.test(text) && schema.placeholders.has(stripInlineMarkup(text).toLowerCase()));
}

/**
 * isBlank of the row's cell at `index` (which must be below row.cellCount), judged from the parser's
 * offsets where it can: rules that ask this of every row then make no cell object for the many cells
 * that plainly hold a value.
 */
export function isBlankAt(schema: TrackerSchema, row: Row, index: number): boolean {
  if (row instanceof SourceRow) {
    const judged = blankFromOffsets(schema, row.offsets.source, row.contentStartOf(index), row.contentEndOf(index));
    if (judged !== undefined) return judged;
  }
  return isBlank(schema, row.cell(index));
}

/** A parser cell's blankness from its content offsets in `source`: true (empty), false (plainly a value), undefined (its text decides). */
function blankFromOffsets(schema: TrackerSchema, source: string, start: number, end: number): boolean | undefined {
  const length = end - start;
  if (length === 0) return true;
  if (length > 24 || !placeholderStarts(schema).has(source.charCodeAt(start))) return false;
  return undefined;
}

const unrecognisedMessages = {
  en: '{file}: no table matches the configured columns, so none was checked; run `tracker-bot init {file} --stdout` to see a config that describes them',
  zh: '{file}：没有表格符合配置的列，因此未作检查；运行 `tracker-bot init {file} --stdout` 可查看描述这些表格的配置',
};

/**
 * The one informational line for a file whose tables all fail to match a configured schema (a
 * config written for another tracker), suggesting `init`; null when any table is recognised,
 * the file has no tables, or the schema was inferred.
 */
export function unrecognisedTablesNote(schema: TrackerSchema, tracker: Tracker, file: string, lang: Lang): string | null {
  if (schema.origin !== 'config' || schema.bindings.size > 0) return null;
  if (!tracker.sections.some((s) => s.tables.length > 0)) return null;
  return format(unrecognisedMessages, lang, { file });
}
