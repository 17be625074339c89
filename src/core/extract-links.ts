// Link extraction: the model's link cells → LinkOccurrence[] (url, line, section, row title),
// the input of the link engine. Pure; `link` columns count only valid single-link cells, and
// every link of a `links` column counts. Tables bound to no schema are left alone.
import { parseLinkCell } from './parse/index.js';
import type { TrackerSchema } from './schema.js';
import type { Cell, LinkOccurrence, LinkValue, Row, Section, Tracker } from './types.js';
import { boundTablesOf } from './values/columns.js';
import { isDecoratedLink, linksInCell } from './values/link.js';

export interface LinkCellEntry {
  section: Section;
  row: Row;
  cell: Cell;
  link: LinkValue;
}

/** Every link of every link column of every bound table, in document order, with its row and section. */
export function* linkCells(tracker: Tracker, schema: TrackerSchema): Generator<LinkCellEntry> {
  for (const { section, table, bound } of boundTablesOf(tracker, schema)) {
    const linkColumns = bound.byCell.flatMap((column, index) => (column?.type === 'link' || column?.type === 'links' ? [{ index, type: column.type }] : []));
    if (linkColumns.length === 0) continue;
    for (const row of table.rows) {
      for (const { index, type } of linkColumns) {
        const cell = row.cells[index];
        if (!cell) continue;
        if (type === 'links') {
          for (const link of linksInCell(cell, tracker.source)) if (/^https?:\/\//i.test(link.url)) yield { section, row, cell, link };
          continue;
        }
        const parsed = parseLinkCell(cell, tracker.source);
        if (parsed.ok) yield { section, row, cell, link: parsed.value };
        else if (isDecoratedLink(cell, tracker.source)) yield { section, row, cell, link: linksInCell(cell, tracker.source)[0]! };
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
