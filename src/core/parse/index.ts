// Parse stage entry point: Markdown source → Tracker model (sections → tables → rows → cells),
// plus the small helpers every rule uses to read cells and build spans.
import type { Cell, Point, Tracker } from '../types.js';
import { scanTracker } from './scan.js';
import { unescapeMarkdown } from './inline-text.js';

export { parseLinkCell, type LinkCellResult, type LinkCellFailure } from './link-cell.js';
export { SourceCell } from './model.js';
export { stripInlineMarkup, unescapeMarkdown } from './inline-text.js';

/**
 * Parse a tracker. Never throws on Markdown input. Finds every GFM table remark-gfm 4 (micromark)
 * finds, top-level or nested in block quotes, list items and footnote definitions; each belongs to
 * the section of the top-level heading above it. A nested row's span starts after its container
 * prefix (`> `, indentation); Row.line and the line offsets in Tracker.lineStarts cover the prefix.
 */
export function parseTracker(source: string): Tracker {
  return scanTracker(source);
}

/** A cell's text with backslash escapes removed, trimmed; for sorting and comparisons. */
export function cellPlainText(cell: Cell): string {
  return unescapeMarkdown(cell.text).trim();
}

/** Line and column of a source offset (binary search over tracker.lineStarts). */
export function lineColumnAt(tracker: Tracker, offset: number): Point {
  const starts = tracker.lineStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  const lineStart = starts[low]!;
  return { line: low + 1, column: Math.max(1, offset - lineStart + 1), offset };
}
