// Test helper: a compact, JSON-friendly description of a parsed tracker, as stored in the
// fixtures' `.expected.json` files.
import type { Tracker } from '../../../src/core/types.js';

export interface DescribedTable {
  lines: { header: number; delimiter: number; rows: number[] };
  align: (string | null)[];
  header: string[];
  rows: string[][];
}
export interface DescribedTracker {
  hasBom: boolean;
  eol: string;
  sections: { title: string | null; depth: number; line: number; tables: DescribedTable[] }[];
}

export function describeTracker(tracker: Tracker): DescribedTracker {
  return {
    hasBom: tracker.hasBom,
    eol: tracker.eol,
    sections: tracker.sections.map((section) => ({
      title: section.title,
      depth: section.depth,
      line: section.line,
      tables: section.tables.map((table) => ({
        lines: { header: table.header.line, delimiter: table.delimiter.line, rows: table.rows.map((row) => row.line) },
        align: table.align,
        header: table.header.cells.map((cell) => cell.text),
        rows: table.rows.map((row) => row.cells.map((cell) => cell.text)),
      })),
    })),
  };
}
