// Rule date-mismatch: a row's date agrees with the publish day its page states (page facts from
// the link engine; runs with --links and in the Action). The fix writes the page's day in the
// cell's own style (Markdown-escaped hyphens kept).
import { parseDuration } from '../options.js';
import type { Rule } from '../rule.js';
import { columnsOfType } from '../values/columns.js';
import { datesOf, formatDate } from '../values/date.js';
import { rowsWithFacts } from '../values/row-facts.js';

const DAY_MS = 86_400_000;

const messages = {
  mismatch: { en: 'Unexpected date {actual}, expected {page} (the publish date the page states)', zh: '日期 {actual} 与页面所载发布日期 {page} 不符' },
};

function dayNumber(text: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
}

const rule: Rule = {
  id: 'date-mismatch',
  description: { en: 'Dates agree with the publish date the linked page states', zh: '日期与链接页面的发布日期一致' },
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'row',
  usesPageFacts: true,
  parseOptions(raw) {
    const { tolerance = '1d', ...rest } = raw;
    const unknown = Object.keys(rest)[0];
    if (unknown !== undefined) throw new Error(`unknown option "${unknown}" (known: tolerance)`);
    if (typeof tolerance !== 'string' && typeof tolerance !== 'number') throw new Error('tolerance: expected a duration such as 1d or 2d');
    const ms = parseDuration(tolerance);
    if (ms < DAY_MS) throw new Error(`tolerance: expected at least 1d (dates are days), got "${tolerance}"`);
    return { toleranceDays: Math.ceil(ms / DAY_MS) };
  },
  check(ctx) {
    const toleranceDays = ctx.options.toleranceDays as number;
    for (const { section, table, row, rowIndex, facts } of rowsWithFacts(ctx)) {
      const page = facts.published;
      const pageDay = page === undefined ? null : dayNumber(page);
      if (pageDay === null) continue;
      for (const { cellIndex } of columnsOfType(table, ctx.schema, 'date')) {
        const cell = row.cell(cellIndex);
        const parsed = datesOf(ctx.tracker, table, cellIndex)[rowIndex];
        if (!cell || !parsed || (parsed.kind !== 'ok' && parsed.kind !== 'unpadded')) continue;
        const actual = formatDate(parsed.value);
        if (Math.abs(dayNumber(actual)! - pageDay) < toleranceDays) continue;
        const text = cell.text.includes('\\-') ? page!.replace(/-/g, '\\-') : page!;
        ctx.report({
          span: cell.span,
          section,
          message: ctx.t(messages.mismatch, { actual, page: page! }),
          fix: { edits: [{ start: cell.span.start.offset, end: cell.span.end.offset, text }] },
          expected: text,
        });
      }
    }
  },
};

export default rule;
