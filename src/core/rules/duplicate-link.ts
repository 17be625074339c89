// Rule duplicate-link: no two rows list the same entry: the same resource in the table's entry
// link column (its first link column), under the same title (the link's text, or the name column
// before it, see entryColumns; one title containing the other counts: "X" and "X (repost)"), once
// tracking parameters, case of scheme/host, default port and plain anchors are set aside (route
// fragments `#/…` count). Rows that share a source under different titles (two models announced
// in one press release) are different entries. The scope is the file, a section or a table (config `duplicates.scope`); sections named
// in `duplicates.exempt` ("Trending") may repeat entries. Reported on the later row.
import { lineColumnAt } from '../parse/index.js';
import type { Rule } from '../rule.js';
import { boundTable, sectionMatches } from '../schema.js';
import { entryColumns, tablesOf } from '../values/columns.js';
import type { Section } from '../types.js';
import { entryTitle, linksOf, type EntryTable } from '../values/link.js';
import { urlIdCounts, urlIdsOf } from '../values/url-ids.js';

const messages = {
  duplicate: {
    en: 'Unexpected duplicate link, expected a link not already listed at line {line}',
    zh: '重复链接：与第 {line} 行指向同一资源',
  },
};

/** A title for comparison: case, spaces and punctuation set aside. */
function titleKey(title: string): string {
  return title.toLowerCase().replace(/[\s\p{P}]+/gu, '');
}

const rule: Rule = {
  id: 'duplicate-link',
  description: { en: 'Each resource is listed once (per file, section or table)', zh: '同一资源只收录一次（按文件、章节或表格）' },
  defaultSeverity: 'error',
  fixable: false,
  scope: 'row',
  check(ctx) {
    const { tracker } = ctx;
    const { scope, exempt } = ctx.schema.duplicates;
    // The tables to compare, each with its list and scope (prefix) and its rows' canonical URL
    // ids. Every entry column is interned before any row is compared, so that a URL counted once
    // (urlIdCounts) is known to be listed once and its row skipped: most rows of a large tracker.
    const candidates: { section: Section; prefix: string; entryTable: EntryTable; ids: Int32Array }[] = [];
    let tableNumber = 0;
    for (const { section, table } of tablesOf(tracker)) {
      tableNumber++;
      if (exempt.length > 0 && sectionMatches(exempt, section.title)) continue;
      // Tables of different schemas are different lists (a sponsor block, papers vs tools).
      const bound = boundTable(ctx.schema, table, section);
      if (!bound) continue;
      const list = ctx.schema.tables.indexOf(bound.schema);
      const prefix = `${list}\u0000` + (scope === 'file' ? '' : scope === 'section' ? `s${section.line}\u0000` : `t${tableNumber}\u0000`);
      const entry = entryColumns(bound.byCell.map((c) => c?.type ?? null), table.rows);
      if (!entry) continue;
      const links = linksOf(tracker, table, entry.link);
      candidates.push({ section, prefix, entryTable: { table, entry, links }, ids: urlIdsOf(tracker, table, entry.link) });
    }
    const counts = urlIdCounts(tracker);
    // The entries listed so far under a repeated URL, numbered, as two parallel arrays (their
    // table, their row index): an object per row was this rule's main cost on 100k rows.
    const entryTables: EntryTable[] = [];
    const entryRows: number[] = [];
    // Entries per list and scope (prefix), then per canonical URL id: the first entry's number,
    // or the numbers of the entries listed under different titles. Titles are read
    // (stripInlineMarkup) only when a URL repeats within the scope.
    const seenByScope = new Map<string, Map<number, number | number[]>>();
    for (const { section, prefix, entryTable, ids } of candidates) {
      let seen = seenByScope.get(prefix);
      if (!seen) {
        seen = new Map();
        seenByScope.set(prefix, seen);
      }
      const add = (rowIndex: number): number => {
        entryTables.push(entryTable);
        return entryRows.push(rowIndex) - 1;
      };
      for (let r = 0; r < ids.length; r++) {
        const id = ids[r]!;
        if (id < 0 || counts[id]! < 2) continue;
        const parsed = entryTable.links.at(r);
        // A row with a URL id has a valid link (urlsOf); the check narrows the type.
        if (!parsed?.ok) continue;
        const earlier = seen.get(id);
        if (earlier === undefined) {
          seen.set(id, add(r));
          continue;
        }
        const name = titleKey(entryTitle(entryTable, r));
        const same = (typeof earlier === 'number' ? [earlier] : earlier).find((e) => {
          const other = titleKey(entryTitle(entryTables[e]!, entryRows[e]!));
          return other === '' || name === '' || other.includes(name) || name.includes(other);
        });
        if (same === undefined) {
          if (typeof earlier === 'number') seen.set(id, [earlier, add(r)]);
          else earlier.push(add(r));
          continue;
        }
        const seenAt = entryTables[same]!.table.rows[entryRows[same]!]!.line;
        ctx.report({
          span: { start: lineColumnAt(tracker, parsed.value.urlStart), end: lineColumnAt(tracker, parsed.value.urlEnd) },
          section,
          message: ctx.t(messages.duplicate, { line: seenAt }),
        });
      }
    }
  },
};

export default rule;
