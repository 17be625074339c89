// Link extraction: the model's link cells → LinkOccurrence[] (url, line, section, row title),
// the input of the link engine. Pure; `link` columns count only valid single-link cells, and
// every link of a `links` column counts. Tables bound to no schema are left alone.
import type { TrackerSchema } from './schema.js';
import type { Cell, LinkOccurrence, LinkValue, Row, Section, Tracker } from './types.js';
import { boundTablesOf } from './values/columns.js';
import { rememberCanonical } from './url/canonicalize.js';
import { isDecoratedLink, linkListsOf, linksInCell, linksOf, urlsOf } from './values/link.js';

export interface LinkCellEntry {
  section: Section;
  row: Row;
  cell: Cell;
  link: LinkValue;
}

/**
 * A link column's memoised readings: link lists (`links` column), or single-link cells (`link`) and
 * their URL analyses.
 */
interface LinkColumnReadings {
  index: number;
  lists: ReturnType<typeof linkListsOf> | null;
  links: ReturnType<typeof linksOf> | null;
  urls: ReturnType<typeof urlsOf> | null;
}

/** Every link of every link column of every bound table, in document order, with its row and section. */
export function* linkCells(tracker: Tracker, schema: TrackerSchema): Generator<LinkCellEntry> {
  for (const { section, table, bound } of boundTablesOf(tracker, schema)) {
    // The memoised per-column readings lint already made (link-cell, duplicate-link, url-* rules),
    // so repo-archived, link-redirected and link extraction do not parse every link cell again.
    const linkColumns = bound.byCell.flatMap<LinkColumnReadings>((column, index) =>
      column?.type === 'links'
        ? [{ index, lists: linkListsOf(tracker, table, index), links: null, urls: null }]
        : column?.type === 'link'
          ? [{ index, lists: null, links: linksOf(tracker, table, index), urls: urlsOf(tracker, table, index) }]
          : [],
    );
    if (linkColumns.length === 0) continue;
    for (const [r, row] of table.rows.entries()) {
      for (const { index, lists, links, urls } of linkColumns) {
        const cell = row.cell(index);
        if (!cell) continue;
        if (lists) {
          for (const link of lists[r] ?? []) if (/^https?:\/\//i.test(link.url)) yield { section, row, cell, link };
          continue;
        }
        const parsed = links!.at(r)!;
        if (parsed.ok) {
          // The column's URL analysis is made already (inference and the url-* rules read it):
          // hand its canonical form on to whoever canonicalises this link next.
          rememberCanonical(parsed.value.url, urls!.at(r) ?? null);
          yield { section, row, cell, link: parsed.value };
        } else if (isDecoratedLink(cell, tracker.source)) yield { section, row, cell, link: linksInCell(cell, tracker.source)[0]! };
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
