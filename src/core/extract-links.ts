// Link extraction: the model's link cells → LinkOccurrence[] (url, line, section, row title),
// the input of the link engine. Pure; only rows whose link cell is a valid single link count.
import { parseLinkCell } from './parse/index.js';
import { columnIndexForHeader, type TrackerSchema } from './schema.js';
import type { Cell, LinkOccurrence, LinkValue, Row, Section, Tracker } from './types.js';

export interface LinkCellEntry {
  section: Section;
  row: Row;
  cell: Cell;
  link: LinkValue;
}

/** Every valid link cell of every table, in document order, with its row and section. */
export function* linkCells(tracker: Tracker, schema: TrackerSchema): Generator<LinkCellEntry> {
  for (const section of tracker.sections) {
    for (const table of section.tables) {
      const linkColumns = table.header.cells
        .map((cell, index) => ({ index, column: schema.columns[columnIndexForHeader(schema, cell.text)] }))
        .filter((entry) => entry.column?.type === 'link')
        .map((entry) => entry.index);
      for (const row of table.rows) {
        for (const index of linkColumns) {
          const cell = row.cells[index];
          if (!cell) continue;
          const parsed = parseLinkCell(cell, tracker.source);
          if (parsed.ok) yield { section, row, cell, link: parsed.value };
        }
      }
    }
  }
}

export function extractLinks(tracker: Tracker, schema: TrackerSchema, file: string): LinkOccurrence[] {
  const links: LinkOccurrence[] = [];
  for (const { section, row, cell, link } of linkCells(tracker, schema)) {
    links.push({ file, url: link.url, line: row.line, column: cell.span.start.column, section: section.title, title: link.text });
  }
  return links;
}
