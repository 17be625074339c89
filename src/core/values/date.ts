// Date cell values: reads a 发布时间点-style cell (YYYY-MM-DD, Markdown-escaped hyphens accepted)
// for date-format, date-range and sort-order. Results are memoised per column.
import type { DateValue, Table, Tracker } from '../types.js';
import { columnValues } from './memo.js';

export type DateCell =
  | { kind: 'empty' }
  /** Well-formed and a real calendar date. */
  | { kind: 'ok'; value: DateValue }
  /** A real calendar date whose month or day lacks zero-padding; `padded` keeps the cell's escaping. */
  | { kind: 'unpadded'; value: DateValue; padded: string }
  /** Shaped like a date, but no such day exists. */
  | { kind: 'invalid'; text: string }
  /** Not a Y-M-D date at all. */
  | { kind: 'bad-format'; text: string };

const DATE_SHAPE = /^(\d{4})(\\?-)(\d{1,2})(\\?-)(\d{1,2})$/;

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

export function parseDateText(text: string): DateCell {
  if (text === '') return { kind: 'empty' };
  const m = DATE_SHAPE.exec(text);
  if (!m) return { kind: 'bad-format', text };
  const [, ys, sep1, ms, sep2, ds] = m as unknown as [string, string, string, string, string, string];
  const value = { y: Number(ys), m: Number(ms), d: Number(ds) };
  if (!isCalendarDate(value.y, value.m, value.d)) return { kind: 'invalid', text };
  if (ms.length === 2 && ds.length === 2) return { kind: 'ok', value };
  return { kind: 'unpadded', value, padded: `${ys}${sep1}${ms.padStart(2, '0')}${sep2}${ds.padStart(2, '0')}` };
}

const DATE = {};

/** The date of each body row's cell at cellIndex (undefined where the row is too short). */
export function datesOf(tracker: Tracker, table: Table, cellIndex: number): readonly (DateCell | undefined)[] {
  return columnValues(tracker, DATE, table, cellIndex, (cell) => parseDateText(cell.text));
}

/** A sortable number (YYYYMMDD) for a usable date, or null. */
export function dateSortKey(parsed: DateCell): number | null {
  if (parsed.kind !== 'ok' && parsed.kind !== 'unpadded') return null;
  return parsed.value.y * 10_000 + parsed.value.m * 100 + parsed.value.d;
}

export function formatDate(value: DateValue): string {
  return `${value.y}-${String(value.m).padStart(2, '0')}-${String(value.d).padStart(2, '0')}`;
}
