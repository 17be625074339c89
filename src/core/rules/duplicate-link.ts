// Rule duplicate-link: no two rows link to the same resource once tracking parameters, case of
// scheme/host, default port and plain anchors are set aside (route fragments `#/…` count). The
// scope is the file, a section or a table (config `duplicates.scope`); sections named in
// `duplicates.exempt` ("Trending") may repeat entries. Links within one row never clash.
// Reported on the later row.
import { lineColumnAt } from '../parse/index.js';
import type { Rule } from '../rule.js';
import { sectionMatches } from '../schema.js';
import { columnsOfType, tablesOf } from '../values/columns.js';
import { linksOf, urlsOf } from '../values/link.js';

const messages = {
  duplicate: {
    en: 'Unexpected duplicate link, expected a link not already listed at line {line}',
    zh: '重复链接：与第 {line} 行指向同一资源',
  },
};

const rule: Rule = {
  id: 'duplicate-link',
  description: { en: 'Each resource is listed once (per file, section or table)', zh: '同一资源只收录一次（按文件、章节或表格）' },
  defaultSeverity: 'error',
  fixable: false,
  check(ctx) {
    const { tracker } = ctx;
    const { scope, exempt } = ctx.schema.duplicates;
    const firstLine = new Map<string, number>();
    let tableNumber = 0;
    for (const { section, table } of tablesOf(tracker)) {
      tableNumber++;
      if (exempt.length > 0 && sectionMatches(exempt, section.title)) continue;
      const prefix = scope === 'file' ? '' : scope === 'section' ? `s${section.line}\u0000` : `t${tableNumber}\u0000`;
      const linkColumns = columnsOfType(table, ctx.schema, 'link').map(({ cellIndex }) => ({
        links: linksOf(tracker, table, cellIndex),
        urls: urlsOf(tracker, table, cellIndex),
      }));
      for (const [r, row] of table.rows.entries()) {
        for (const { links, urls } of linkColumns) {
          const analysis = urls[r];
          const parsed = links[r];
          if (!analysis || !parsed?.ok) continue;
          const key = prefix + analysis.canonical;
          const seenAt = firstLine.get(key);
          if (seenAt === undefined) {
            firstLine.set(key, row.line);
            continue;
          }
          if (seenAt === row.line) continue;
          ctx.report({
            span: { start: lineColumnAt(tracker, parsed.value.urlStart), end: lineColumnAt(tracker, parsed.value.urlEnd) },
            section,
            message: ctx.t(messages.duplicate, { line: seenAt }),
          });
        }
      }
    }
  },
};

export default rule;
