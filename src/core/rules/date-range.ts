// Rule date-range: dates lie between 1990-01-01 and today (ctx.now, compared as a UTC day); a
// month or year is in range when any of its days is.
// Dates date-format rejects are skipped here.
import type { Rule } from '../rule.js';
import { columnsOfType, tablesOf } from '../values/columns.js';
import { datePeriod, datesOf, formatDate } from '../values/date.js';

export const EARLIEST_DATE = { y: 1990, m: 1, d: 1 };

const messages = {
  future: { en: 'Unexpected future date {actual}, expected {today} or earlier', zh: '日期 {actual} 晚于今天（{today}）' },
  past: { en: 'Unexpected date {actual}, expected {earliest} or later', zh: '日期 {actual} 早于 {earliest}，请核对' },
};

const rule: Rule = {
  id: 'date-range',
  description: { en: 'Dates are not in the future nor before 1990', zh: '日期不得晚于今天或早于 1990 年' },
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'row',
  check(ctx) {
    const today = { y: ctx.now.getUTCFullYear(), m: ctx.now.getUTCMonth() + 1, d: ctx.now.getUTCDate() };
    const todayKey = today.y * 10_000 + today.m * 100 + today.d;
    const earliestKey = EARLIEST_DATE.y * 10_000 + EARLIEST_DATE.m * 100 + EARLIEST_DATE.d;
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, 'date')) {
        const dates = datesOf(ctx.tracker, table, cellIndex, column.formats);
        for (let r = 0; r < table.rows.length; r++) {
          const parsed = dates[r];
          if (!parsed || (parsed.kind !== 'ok' && parsed.kind !== 'unpadded')) continue;
          // A month or a year is in range when any of its days is.
          // Indexed, not destructured: array destructuring runs the iterator protocol, an allocation per row until optimized.
          const period = datePeriod(parsed.value);
          const first = period[0];
          const last = period[1];
          if (first <= todayKey && last >= earliestKey) continue;
          const cell = table.rows[r]!.cell(cellIndex)!;
          const actual = formatDate(parsed.value);
          if (first > todayKey) {
            ctx.report({ span: cell.span, section, message: ctx.t(messages.future, { actual, today: formatDate(today) }) });
          } else {
            ctx.report({
              span: cell.span,
              section,
              message: ctx.t(messages.past, { actual, earliest: formatDate(EARLIEST_DATE) }),
            });
          }
        }
      }
    }
  },
};

export default rule;
