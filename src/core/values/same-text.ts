// Cell values, shared by schema inference and the per-column readings: finds a cell's text among
// a column's first few distinct texts by comparing it in place in the source, without slicing it
// into a new string. A column of ratings, sources or marks holds a handful of distinct texts, and
// slicing then hashing each of its 100k cells only to look the text up was most of reading it.
import { SourceCell } from '../parse/model.js';
import type { Cell } from '../types.js';

/** How many distinct texts are compared in place; a column with more than twice as many is not one of a handful. */
const IN_PLACE_TEXTS = 8;

/**
 * Index in `texts` (distinct texts in order of first appearance) of the cell's text, compared in
 * place among the first IN_PLACE_TEXTS; -1 when it is not among them, when `texts` holds more than
 * twice that many (the column has many values: a Map lookup of the sliced text is then cheaper than
 * failed comparisons), or when the cell is not a parser cell (whose text is a range of its source).
 */
export function indexOfCellText(cell: Cell, texts: readonly string[]): number {
  if (texts.length > 2 * IN_PLACE_TEXTS || !(cell instanceof SourceCell)) return -1;
  const start = cell.contentStart;
  const length = cell.contentEnd - start;
  const source = cell.row.offsets.source;
  const candidates = Math.min(texts.length, IN_PLACE_TEXTS);
  for (let i = 0; i < candidates; i++) {
    const text = texts[i]!;
    if (text.length === length && source.startsWith(text, start)) return i;
  }
  return -1;
}
