// Column schema: the built-in schema (fits the seed tracker with zero config), resolution of a
// user's `columns:`/`sort:` config into a TrackerSchema, and matching of header cells to columns.
import type { ColumnConfig, Config, SortKey } from '../config/schema.js';
import type { ColumnType } from './types.js';

export interface ResolvedColumn {
  name: string;
  type: ColumnType;
  required: boolean;
  /** Every accepted header name, the canonical name first. */
  names: string[];
  symbol?: string;
  min?: number;
  max?: number;
}

export interface TrackerSchema {
  columns: ResolvedColumn[];
  sort: SortKey[];
  /** True when the columns came from the built-in schema (header language may be zh or en). */
  builtin: boolean;
}

/** The seed's columns with their English aliases. */
export const BUILTIN_COLUMNS: ColumnConfig[] = [
  { name: '资料链接', type: 'link', aliases: ['Link', 'Resource'] },
  { name: '来源', type: 'text', aliases: ['Source', 'Author'] },
  { name: '发布时间点', type: 'date', aliases: ['Date', 'Published'] },
  { name: '内容概述', type: 'text', aliases: ['Summary', 'Description'] },
  { name: '整体推荐指数', type: 'rating', symbol: '⭐', min: 1, max: 5, aliases: ['Rating', 'Stars'] },
  { name: '技术难度指数', type: 'rating', symbol: '❗', min: 1, max: 3, aliases: ['Difficulty', 'Level'] },
  { name: '备注', type: 'text', aliases: ['Notes'] },
];

export const BUILTIN_SORT: SortKey[] = [
  { column: '整体推荐指数', order: 'desc' },
  { column: '发布时间点', order: 'desc' },
];

export function resolveColumn(column: ColumnConfig): ResolvedColumn {
  const required = column.required ?? column.type !== 'text';
  const names = [column.name, ...(column.aliases ?? [])];
  const resolved: ResolvedColumn = { name: column.name, type: column.type, required, names };
  if (column.type === 'rating') {
    resolved.symbol = column.symbol ?? '⭐';
    resolved.min = column.min ?? 1;
    resolved.max = column.max ?? 5;
  }
  return resolved;
}

export function resolveSchema(config: Pick<Config, 'columns' | 'sort'>): TrackerSchema {
  const builtin = !config.columns;
  const columns = (config.columns ?? BUILTIN_COLUMNS).map(resolveColumn);
  const sort = config.sort ?? (builtin ? BUILTIN_SORT : []);
  return { columns, sort, builtin };
}

/** Normalise a header cell for comparison: unescape, drop markup, fold case and spaces. */
export function normalizeHeaderName(text: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const headerIndexCache = new WeakMap<TrackerSchema, Map<string, number>>();

/** Index of the schema column a header cell names, or -1. Memoised per schema: rules ask often. */
export function columnIndexForHeader(schema: TrackerSchema, headerText: string): number {
  let byHeader = headerIndexCache.get(schema);
  if (!byHeader) {
    byHeader = new Map();
    headerIndexCache.set(schema, byHeader);
  }
  let index = byHeader.get(headerText);
  if (index === undefined) {
    const wanted = normalizeHeaderName(headerText);
    index = schema.columns.findIndex((c) => c.names.some((n) => normalizeHeaderName(n) === wanted));
    byHeader.set(headerText, index);
  }
  return index;
}

/** Index of the column a sort key refers to (by any of its names), or -1. */
export function columnIndexByName(schema: TrackerSchema, name: string): number {
  return columnIndexForHeader(schema, name);
}
