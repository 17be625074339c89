// Link extraction: the model's link cells → LinkOccurrence[] (url, line, section, row title),
// the input of the link engine. Pure; only rows whose link cell is a valid single link count.
import { parseLinkCell } from './parse/index.js';
import { columnIndexForHeader, type TrackerSchema } from './schema.js';
import type { LinkOccurrence, Tracker } from './types.js';

export function extractLinks(tracker: Tracker, schema: TrackerSchema, file: string): LinkOccurrence[] {
  const links: LinkOccurrence[] = [];
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
          if (!parsed.ok) continue;
          links.push({
            file,
            url: parsed.value.url,
            line: row.line,
            column: cell.span.start.column,
            section: section.title,
            title: parsed.value.text,
          });
        }
      }
    }
  }
  return links;
}
