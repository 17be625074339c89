// Parse stage, step 3: GFM table rows. Mirrors micromark-extension-gfm-table (remark-gfm 4):
// cells are split on every pipe that is not escaped by a backslash (pipes inside code spans split
// too), a leading pipe opens the first cell, and whitespace after the last pipe is not a cell.
import type { SourceRow } from './model.js';
import { isSpaceOrTab } from './blocks.js';

const PIPE = 124;
const BACKSLASH = 92;
const COLON = 58;
const DASH = 45;

export type Align = 'left' | 'right' | 'center' | null;

/** Number of cells micromark counts in a candidate header row, or -1 when it cannot head a table. */
export function headerCellCount(source: string, p: number, end: number): number {
  let size = 0;
  let marks = 0;
  let seen = false;
  let i = p;
  if (i < end && source.charCodeAt(i) !== PIPE) {
    seen = true;
    marks++;
  }
  while (i < end) {
    const code = source.charCodeAt(i);
    if (isSpaceOrTab(code)) {
      i++;
      continue;
    }
    marks++;
    if (seen) {
      seen = false;
      size++;
    }
    if (code === PIPE) {
      seen = true;
      i++;
      continue;
    }
    while (i < end) {
      const c = source.charCodeAt(i);
      if (c === PIPE || isSpaceOrTab(c)) break;
      i++;
      if (c === BACKSLASH && i < end) {
        const next = source.charCodeAt(i);
        if (next === BACKSLASH || next === PIPE) i++;
      }
    }
  }
  return marks > 1 ? size : -1;
}

/** Alignments of a delimiter row starting at `p` (indentation already skipped), or null. */
export function parseDelimiterRow(source: string, p: number, end: number): Align[] | null {
  const aligns: Align[] = [];
  let seen = false;
  let i = p;
  const first = source.charCodeAt(i);
  if (first !== PIPE && first !== COLON && first !== DASH) return null;
  if (first === PIPE) {
    seen = true;
    i++;
  }
  for (;;) {
    while (i < end && isSpaceOrTab(source.charCodeAt(i))) i++;
    if (i === end) break;
    let left = false;
    let right = false;
    if (source.charCodeAt(i) === COLON) {
      left = true;
      seen = true;
      i++;
    }
    const dashes = i;
    while (i < end && source.charCodeAt(i) === DASH) i++;
    if (i === dashes) return null;
    if (i < end && source.charCodeAt(i) === COLON) {
      right = true;
      seen = true;
      i++;
    }
    aligns.push(left && right ? 'center' : left ? 'left' : right ? 'right' : null);
    while (i < end && isSpaceOrTab(source.charCodeAt(i))) i++;
    if (i === end) break;
    if (source.charCodeAt(i) !== PIPE) return null;
    seen = true;
    i++;
  }
  return seen ? aligns : null;
}

/**
 * Splits the row's content, from `p` (first non-blank character) to `end`, into its cells, whose
 * offsets go to the row's CellOffsets. Every cell present in the source is kept, whatever the
 * header's width.
 */
export function splitRowCells(row: SourceRow, p: number, end: number): void {
  const offsets = row.offsets;
  const source = offsets.source;
  let count = 0;
  let segmentStart = p;
  let i = p;
  let leadingPipe = false;
  if (i < end && source.charCodeAt(i) === PIPE) {
    leadingPipe = true;
    i++;
    segmentStart = i;
  }
  // Each pipe is found with indexOf (much faster than reading every character). A pipe escaped by
  // a backslash (`\|`) separates nothing: it is escaped when an odd number of backslashes
  // immediately precede it, since `\\` pairs escape each other (GFM 0.29, example 200).
  for (let pipe = source.indexOf('|', i); pipe !== -1 && pipe < end; pipe = source.indexOf('|', pipe + 1)) {
    let backslashes = 0;
    while (pipe - backslashes - 1 >= i && source.charCodeAt(pipe - backslashes - 1) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 1) continue;
    storeCell(row, count++, segmentStart, pipe);
    segmentStart = pipe + 1;
  }
  let trailingBlank = true;
  for (let j = segmentStart; j < end; j++) {
    if (!isSpaceOrTab(source.charCodeAt(j))) {
      trailingBlank = false;
      break;
    }
  }
  const pipes = count + (leadingPipe ? 1 : 0);
  if (!trailingBlank || pipes === 0 || count === 0) {
    storeCell(row, count++, segmentStart, end);
  }
  row.cellCount = count;
}

/** Stores the offsets of the row's cell `index`, from `start` to `end` (its pipes excluded). */
function storeCell(row: SourceRow, index: number, start: number, end: number): void {
  const source = row.offsets.source;
  let contentStart = start;
  let contentEnd = end;
  while (contentStart < contentEnd && isSpaceOrTab(source.charCodeAt(contentStart))) contentStart++;
  while (contentEnd > contentStart && isSpaceOrTab(source.charCodeAt(contentEnd - 1))) contentEnd--;
  // An empty cell's content is a zero-width point where its content would be.
  if (contentStart === contentEnd) contentStart = contentEnd = start < end ? start + 1 : start;
  const slot = row.offsets.add(start, end, contentStart, contentEnd);
  if (index === 0) row.firstSlot = slot;
}
