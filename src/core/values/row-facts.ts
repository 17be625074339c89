// Rows next to the pages they cite: for the page-facts rules (date-mismatch, title-mismatch,
// source-mismatch), each row's title link with the facts the link engine read from its page, and
// the table's source column. Pure; facts come in through RuleContext.pageFacts.
import type { RuleContext } from '../rule.js';
import { normalizeHeaderName } from '../schema.js';
import type { LinkValue, PageFacts, Row, Section, Table } from '../types.js';
import { columnsOfType, tableColumns, tablesOf } from './columns.js';
import { linksOf, urlsOf } from './link.js';

export interface RowWithFacts {
  section: Section;
  table: Table;
  row: Row;
  rowIndex: number;
  /** The row's first link cell (its title link). */
  link: LinkValue;
  facts: PageFacts;
}

/** Header names of a column that says who published a row's piece (compared case-folded). */
export const SOURCE_COLUMN_NAMES: readonly string[] = ['来源', '出处', '作者', '发布者', '发布方', 'source', 'author', 'authors', 'publisher', 'by'];

/** Every row whose title link's page facts are known, in document order. */
export function* rowsWithFacts(ctx: RuleContext): Generator<RowWithFacts> {
  for (const { section, table } of tablesOf(ctx.tracker)) {
    const first = columnsOfType(table, ctx.schema, 'link')[0];
    if (!first) continue;
    const links = linksOf(ctx.tracker, table, first.cellIndex);
    // The canonical URLs the first lint pass already computed (memoised per column).
    const urls = urlsOf(ctx.tracker, table, first.cellIndex);
    for (const [rowIndex, row] of table.rows.entries()) {
      const parsed = links.at(rowIndex);
      const analysis = urls.at(rowIndex);
      if (!parsed?.ok || !analysis) continue;
      const facts = ctx.pageFacts(analysis.canonical);
      if (facts) yield { section, table, row, rowIndex, link: parsed.value, facts };
    }
  }
}

/** Cell index of the table's source column (a text column named like 来源 / Source / Author), or -1. */
export function sourceCellIndex(table: Table, ctx: Pick<RuleContext, 'schema'>): number {
  const { byCell } = tableColumns(table, ctx.schema);
  const wanted = new Set(SOURCE_COLUMN_NAMES);
  return byCell.findIndex((column, index) => {
    if (column && column.type !== 'text') return false;
    const names = column ? column.names : [table.header.cells[index]?.text ?? ''];
    return names.some((n) => wanted.has(normalizeHeaderName(n)));
  });
}
