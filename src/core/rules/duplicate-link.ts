// Rule duplicate-link: no two rows of the tracker link to the same resource once tracking
// parameters, case of scheme/host, default port and fragment are set aside. Reported on the later row.
import { lineColumnAt } from '../parse/index.js';
import type { Rule } from '../rule.js';
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
  description: { en: 'Each resource is listed once', zh: '同一资源只收录一次' },
  defaultSeverity: 'error',
  fixable: false,
  check(ctx) {
    const { tracker } = ctx;
    const firstLine = new Map<string, number>();
    for (const { section, table } of tablesOf(tracker)) {
      const linkColumns = columnsOfType(table, ctx.schema, 'link').map(({ cellIndex }) => ({
        links: linksOf(tracker, table, cellIndex),
        urls: urlsOf(tracker, table, cellIndex),
      }));
      for (const [r, row] of table.rows.entries()) {
        for (const { links, urls } of linkColumns) {
          const analysis = urls[r];
          const parsed = links[r];
          if (!analysis || !parsed?.ok) continue;
          const seenAt = firstLine.get(analysis.canonical);
          if (seenAt === undefined) {
            firstLine.set(analysis.canonical, row.line);
            continue;
          }
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
