// Date cell values: reads a date cell at day (YYYY-MM-DD), month (YYYY-MM, YYYY.MM, YYYY/MM) or
// year (YYYY) precision, Markdown-escaped separators (`\-`) accepted, against the formats a column
// accepts; for date-format, date-range, sort-order and schema inference. Memoised per column.
import type { DateFormat } from '../options.js';
import type { DateValue, Table, Tracker } from '../types.js';
import { columnTextValues } from './memo.js';
import { byDistinctText } from './same-text.js';

export type DatePrecision = 'day' | 'month' | 'year';

export type DateCell =
  | { kind: 'empty' }
  /** Well-formed and a real calendar date (or month, or year). */
  | { kind: 'ok'; value: DateValue; precision: DatePrecision }
  /** A real date whose month or day lacks zero-padding; `padded` keeps the cell's escaping. */
  | { kind: 'unpadded'; value: DateValue; precision: DatePrecision; padded: string }
  /** Shaped like an accepted format, but no such day or month exists. */
  | { kind: 'invalid'; text: string }
  /** Not in any accepted format. */
  | { kind: 'bad-format'; text: string };

/** A date-shaped text read without judging the format: its format, parts and separators. */
interface DateShape {
  format: DateFormat;
  precision: DatePrecision;
  parts: string[];
  separators: string[];
}

const DAY_SHAPE = /^(\d{4})(\\?[-./])(\d{1,2})(\\?[-./])(\d{1,2})$/;
const MONTH_SHAPE = /^(\d{4})(\\?[-./])(\d{1,2})$/;
const YEAR_SHAPE = /^\d{4}$/;

/** The format a date-shaped text is written in (`2023\-6` → YYYY-MM), or null when it is not date-shaped. */
export function readDateShape(text: string): DateShape | null {
  // Every shape starts with a digit or with the emphasis mark around one: most cells end here.
  const first = text.charCodeAt(0);
  if ((first < 48 || first > 57) && first !== 42 && first !== 95 && first !== 96) return null;
  if (text.length > MAX_DATE_TEXT) return null;
  const wrapped = EMPHASIS.exec(text) ?? (text.endsWith('>') ? TRAILING_HTML.exec(text) : null);
  if (wrapped) return readDateShape(wrapped[2]!);
  let m = DAY_SHAPE.exec(text);
  if (m) {
    const sep = m[2]!.replace('\\', '');
    if (m[4]!.replace('\\', '') !== sep) return null;
    return { format: `YYYY${sep}MM${sep}DD` as DateFormat, precision: 'day', parts: [m[1]!, m[3]!, m[5]!], separators: [m[2]!, m[4]!] };
  }
  m = MONTH_SHAPE.exec(text);
  if (m) return { format: `YYYY${m[2]!.replace('\\', '')}MM` as DateFormat, precision: 'month', parts: [m[1]!, m[3]!], separators: [m[2]!] };
  if (YEAR_SHAPE.test(text)) return { format: 'YYYY', precision: 'year', parts: [text], separators: [] };
  return null;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m !== 2) return d <= DAYS_IN_MONTH[m - 1]!;
  // Gregorian leap years, as Date.UTC counts them (it reads years 0–99 as 1900–1999).
  const year = y >= 0 && y <= 99 ? y + 1900 : y;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return d <= (leap ? 29 : 28);
}

const DAY_ONLY: readonly DateFormat[] = ['YYYY-MM-DD'];
/** Longest cell text read as a date (a date with emphasis and an HTML comment fits easily). */
const MAX_DATE_TEXT = 80;
/** A date in bold, italics or code (`**2024**`): the marks are kept, the date inside is read. */
const EMPHASIS = /^(\*{1,2}|_{1,2}|`)([^*_`]+)(\*{1,2}|_{1,2}|`)$/;
/** A date followed by an HTML comment or tag GitHub does not show (`2023/03<!--13-->`). */
const TRAILING_HTML = /^()([^<]*?)(\s*(?:<!--[\s\S]*?-->|<\/?[A-Za-z][^>]*>)+)$/;

/** Read a date cell's text against the accepted formats (default: YYYY-MM-DD only). */
export function parseDateText(text: string, formats: readonly DateFormat[] = DAY_ONLY): DateCell {
  if (text === '') return { kind: 'empty' };
  // No date is this long; the patterns below are only ever run on short texts.
  if (text.length > MAX_DATE_TEXT) return { kind: 'bad-format', text };
  const wrapped = EMPHASIS.exec(text) ?? (text.endsWith('>') ? TRAILING_HTML.exec(text) : null);
  if (wrapped) {
    const inner = parseDateText(wrapped[2]!, formats);
    return inner.kind === 'unpadded' ? { ...inner, padded: wrapped[1] + inner.padded + wrapped[3] } : inner.kind === 'ok' || inner.kind === 'empty' ? inner : { ...inner, text };
  }
  const shape = readDateShape(text);
  if (!shape || !formats.includes(shape.format)) return { kind: 'bad-format', text };
  const [ys, ms = '1', ds = '1'] = shape.parts;
  const value = { y: Number(ys), m: shape.precision === 'year' ? 0 : Number(ms), d: shape.precision === 'day' ? Number(ds) : 0 };
  if (!isCalendarDate(value.y, Number(ms), Number(ds))) return { kind: 'invalid', text };
  const short = shape.parts.slice(1).some((part) => part.length < 2);
  if (!short) return { kind: 'ok', value, precision: shape.precision };
  const padded = shape.parts.map((part, i) => (i === 0 ? part : part.padStart(2, '0')) + (shape.separators[i] ?? '')).join('');
  return { kind: 'unpadded', value, precision: shape.precision, padded };
}

const DATE = new Map<string, object>();

/** The date of each body row's cell at cellIndex (undefined where the row is too short). */
export function datesOf(
  tracker: Tracker,
  table: Table,
  cellIndex: number,
  formats: readonly DateFormat[] = DAY_ONLY,
): readonly (DateCell | undefined)[] {
  const key = formats.join(',');
  let slot = DATE.get(key);
  if (!slot) DATE.set(key, (slot = {}));
  // Dates repeat across a tracker's rows: each distinct text is read once per set of formats (the
  // readings are never modified, so cells share them), up to a bound.
  let read = DATE_BY_TEXT.get(slot);
  if (!read) DATE_BY_TEXT.set(slot, (read = byDistinctText((text) => parseDateText(text, formats), MAX_REMEMBERED_DATES)));
  return columnTextValues(tracker, slot, table, cellIndex, read);
}

const DATE_BY_TEXT = new WeakMap<object, (text: string) => DateCell>();
const MAX_REMEMBERED_DATES = 8192;

/** A sortable number (YYYYMMDD, with 00 for an unknown month or day) for a usable date, or null. */
export function dateSortKey(parsed: DateCell): number | null {
  if (parsed.kind !== 'ok' && parsed.kind !== 'unpadded') return null;
  return parsed.value.y * 10_000 + parsed.value.m * 100 + parsed.value.d;
}

/**
 * Compare two date sort keys at the precision both share: 2024-04 ties with 2024-04-15, and
 * 2023 with any day of 2023. Returns <0, 0 or >0.
 */
export function compareDateKeys(a: number, b: number): number {
  const ay = Math.floor(a / 10_000);
  const am = Math.floor(a / 100) % 100;
  const ad = a % 100;
  const by = Math.floor(b / 10_000);
  const bm = Math.floor(b / 100) % 100;
  const bd = b % 100;
  if (ay !== by) return ay - by;
  if (am === 0 || bm === 0) return 0;
  if (am !== bm) return am - bm;
  if (ad === 0 || bd === 0) return 0;
  return ad - bd;
}

/** First and last day (as YYYYMMDD numbers) of the period a date names. */
export function datePeriod(value: DateValue): readonly [number, number] {
  // Shared like formatDate's spellings: one tuple per distinct value, not one per row.
  let period = periods.get(value);
  if (period === undefined) {
    period = periodOf(value);
    periods.set(value, period);
  }
  return period;
}

const periods = new WeakMap<DateValue, readonly [number, number]>();

function periodOf(value: DateValue): readonly [number, number] {
  const base = value.y * 10_000;
  if (value.m === 0) return [base + 101, base + 1231];
  if (value.d === 0) return [base + value.m * 100 + 1, base + value.m * 100 + new Date(Date.UTC(value.y, value.m, 0)).getUTCDate()];
  const day = base + value.m * 100 + value.d;
  return [day, day];
}

/** The date as written at its own precision, zero-padded with hyphens (2024-04, 2023, 2022-12-07). */
export function formatDate(value: DateValue): string {
  // Readings are shared per distinct text (datesOf), so their values are few: each is spelled once.
  let spelled = spelledDates.get(value);
  if (spelled === undefined) {
    spelled = spellDate(value);
    spelledDates.set(value, spelled);
  }
  return spelled;
}

const spelledDates = new WeakMap<DateValue, string>();

function spellDate(value: DateValue): string {
  const parts = [String(value.y)];
  if (value.m > 0) parts.push(String(value.m).padStart(2, '0'));
  if (value.d > 0) parts.push(String(value.d).padStart(2, '0'));
  return parts.join('-');
}
