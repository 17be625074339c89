// Schema inference for `tracker-bot init`: reads an existing tracker's header names, cell
// contents and legend lines (e.g. `整体推荐指数:⭐~⭐⭐⭐⭐⭐`) and proposes `columns` and `sort`.
// Pure: the CLI writes the result as YAML.
import type { ColumnConfig, SortKey } from '../config/schema.js';
import { cellPlainText, parseLinkCell } from './parse/index.js';
import { BUILTIN_COLUMNS, BUILTIN_SORT, normalizeHeaderName } from './schema.js';
import type { Cell, Table, Tracker } from './types.js';

export interface InferredSchema {
  columns: ColumnConfig[];
  sort: SortKey[];
  /** Human-readable notes on how each column was inferred. */
  notes: string[];
}

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;
const DATE_PATTERN = /^\d{4}-\d{1,2}-\d{1,2}$/;

function graphemes(text: string): string[] {
  return [...segmenter.segment(text.replace(VARIATION_SELECTORS, '').replace(/\s+/g, ''))].map((s) => s.segment);
}

/** A rating cell is one symbol repeated; returns [symbol, count] or null. */
function ratingOf(text: string): [string, number] | null {
  const parts = graphemes(text);
  if (parts.length === 0 || /[\p{L}\p{N}]/u.test(parts[0]!)) return null;
  return parts.every((p) => p === parts[0]) ? [parts[0]!, parts.length] : null;
}

/** Legend lines like `整体推荐指数:⭐~⭐⭐⭐⭐⭐` → name → {symbol, min, max}. */
export function readLegends(source: string): Map<string, { symbol: string; min: number; max: number }> {
  const legends = new Map<string, { symbol: string; min: number; max: number }>();
  const pattern = /^[>\s]*([^\n:：|]+?)\s*[:：]\s*(\S+?)\s*[~～-]\s*(\S+?)\s*$/gmu;
  for (const match of source.matchAll(pattern)) {
    const low = ratingOf(match[2]!);
    const high = ratingOf(match[3]!);
    if (!low || !high || low[0] !== high[0]) continue;
    legends.set(normalizeHeaderName(match[1]!), { symbol: low[0], min: low[1], max: high[1] });
  }
  return legends;
}

function firstTableWithRows(tracker: Tracker): Table | undefined {
  const tables = tracker.sections.flatMap((s) => s.tables);
  return tables.find((t) => t.rows.length > 0) ?? tables[0];
}

function share<T>(values: T[], test: (v: T) => boolean): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

export function inferSchema(tracker: Tracker): InferredSchema | null {
  const table = firstTableWithRows(tracker);
  if (!table) return null;
  const legends = readLegends(tracker.source);
  const allRows = tracker.sections.flatMap((s) => s.tables).filter((t) => t.header.cells.length === table.header.cells.length).flatMap((t) => t.rows);
  const notes: string[] = [];
  const columns: ColumnConfig[] = table.header.cells.map((headerCell, index) => {
    const name = cellPlainText(headerCell);
    const key = normalizeHeaderName(name);
    const builtin = BUILTIN_COLUMNS.find((c) => [c.name, ...(c.aliases ?? [])].some((n) => normalizeHeaderName(n) === key));
    const cells = allRows.map((r) => r.cells[index]).filter((c): c is Cell => c !== undefined && c.text !== '');
    const legend = legends.get(key);
    if (legend) {
      notes.push(`${name}: rating ${legend.symbol} ${legend.min}–${legend.max}, from the legend line`);
      return { name, type: 'rating', symbol: legend.symbol, min: legend.min, max: legend.max };
    }
    if (builtin) {
      notes.push(`${name}: ${builtin.type}, a known column name`);
      const { aliases: _aliases, ...rest } = builtin;
      return { ...rest, name };
    }
    if (cells.length > 0 && share(cells, (c) => parseLinkCell(c, tracker.source).ok) >= 0.8) {
      notes.push(`${name}: link, from its cells`);
      return { name, type: 'link' };
    }
    if (cells.length > 0 && share(cells, (c) => DATE_PATTERN.test(cellPlainText(c))) >= 0.8) {
      notes.push(`${name}: date, from its cells`);
      return { name, type: 'date' };
    }
    const ratings = cells.map((c) => ratingOf(c.text));
    if (cells.length > 0 && share(ratings, (r) => r !== null) >= 0.8) {
      const symbol = ratings.find((r) => r !== null)![0];
      const countsSeen = ratings.filter((r) => r !== null && r[0] === symbol).map((r) => r![1]);
      notes.push(`${name}: rating ${symbol}, from its cells`);
      return { name, type: 'rating', symbol, min: Math.min(...countsSeen), max: Math.max(...countsSeen) };
    }
    notes.push(`${name}: text`);
    return { name, type: 'text' };
  });
  const sort: SortKey[] = [];
  const byName = (builtinName: string) =>
    columns.find((c) => {
      const builtin = BUILTIN_COLUMNS.find((b) => b.name === builtinName)!;
      return [builtin.name, ...(builtin.aliases ?? [])].some((n) => normalizeHeaderName(n) === normalizeHeaderName(c.name));
    });
  for (const key of BUILTIN_SORT) {
    const column = byName(key.column);
    if (column) sort.push({ column: column.name, order: key.order });
  }
  return { columns, sort, notes };
}
