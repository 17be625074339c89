// Rating cell values: counts symbols by grapheme cluster, never by code unit, for rating-symbol,
// rating-normalize and sort-order. Cells made only of the symbol, variation selectors and spaces
// are counted directly; anything else goes through Intl.Segmenter. Memoised per column.
import type { RatingStyle, ResolvedColumn } from '../schema.js';
import type { Table, Tracker } from '../types.js';
import { columnTextValues } from './memo.js';
import { graphemesOf } from './graphemes.js';
import { byDistinctText } from './same-text.js';

export type RatingCell =
  | { kind: 'empty' }
  | { kind: 'ok'; count: number }
  /** Right symbol and count, but written with variation selectors or inner spaces. */
  | { kind: 'normalize'; count: number; normalized: string }
  | { kind: 'digits'; text: string }
  | { kind: 'wrong-symbol'; text: string; found: string }
  | { kind: 'mixed'; text: string }
  | { kind: 'count'; text: string; count: number };

export interface RatingSpec {
  symbol: string;
  min: number;
  max: number;
}

const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;
const SPACE = /^\s+$/u;

function bare(grapheme: string): string {
  return grapheme.replace(VARIATION_SELECTORS, '');
}

/** n when text is exactly symbol × n (the common case, decided without segmenting), else 0. */
function repeatCount(text: string, symbol: string): number {
  const n = text.length / symbol.length;
  if (!Number.isInteger(n)) return 0;
  for (let i = 0; i < text.length; i += symbol.length) {
    if (!text.startsWith(symbol, i)) return 0;
  }
  return n;
}

export function parseRatingText(text: string, spec: RatingSpec): RatingCell {
  if (text === '') return { kind: 'empty' };
  const plainCount = repeatCount(text, spec.symbol);
  if (plainCount > 0) return withinRange(plainCount, text, spec) ?? { kind: 'ok', count: plainCount };
  if (/\p{Nd}/u.test(text)) return { kind: 'digits', text };
  // Only the symbol, selectors and spaces: every symbol is one grapheme, no need to segment.
  const count = repeatCount(text.replace(VARIATION_SELECTORS, '').replace(/\s+/gu, ''), bare(spec.symbol));
  if (count > 0) return withinRange(count, text, spec) ?? { kind: 'normalize', count, normalized: spec.symbol.repeat(count) };
  const symbols: string[] = [];
  for (const segment of graphemesOf(text)) {
    if (!SPACE.test(segment)) symbols.push(bare(segment));
  }
  const first = symbols[0];
  if (first === undefined) return { kind: 'empty' };
  if (symbols.some((s) => s !== first)) return { kind: 'mixed', text };
  // Symbol-only cells were counted above, so a uniform cell here holds some other grapheme
  // (another symbol, or stars fused into one cluster by a zero-width joiner).
  return { kind: 'wrong-symbol', text, found: first };
}

function withinRange(count: number, text: string, spec: RatingSpec): RatingCell | null {
  return count < spec.min || count > spec.max ? { kind: 'count', text, count } : null;
}

/** How a rating with the right symbol and count is spelled: plain (⭐⭐), emoji (⭐️⭐️) or anything else (spaces, mixed). */
export function ratingStyleOf(text: string, symbol: string, count: number): RatingStyle | 'other' {
  // Compared in place: building the two repeated spellings per row was a measurable cost at 100k rows.
  const plain = bare(symbol);
  if (repeatCount(text, plain) === count) return 'plain';
  if (repeatCount(text, plain + '\uFE0F') === count) return 'emoji';
  return 'other';
}

/** A rating of `count` symbols written in `style`. */
export function spellRating(symbol: string, count: number, style: RatingStyle): string {
  const plain = bare(symbol);
  return (style === 'emoji' ? plain + '\uFE0F' : plain).repeat(count);
}

export function ratingSpecOf(column: ResolvedColumn): RatingSpec {
  return { symbol: column.symbol ?? '⭐', min: column.min ?? 1, max: column.max ?? 5 };
}

/** The rating of each body row's cell at cellIndex, read as `column` (undefined where the row is too short). */
export function ratingsOf(
  tracker: Tracker,
  table: Table,
  column: ResolvedColumn,
  cellIndex: number,
): readonly (RatingCell | undefined)[] {
  const spec = ratingSpecOf(column);
  // A rating column holds a handful of distinct texts: each is read once, and its cells share the reading.
  return columnTextValues(tracker, column, table, cellIndex, byDistinctText((text) => parseRatingText(text, spec), 256));
}

/** The star count of a usable rating, or null. */
export function ratingSortKey(parsed: RatingCell): number | null {
  return parsed.kind === 'ok' || parsed.kind === 'normalize' ? parsed.count : null;
}
