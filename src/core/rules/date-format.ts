// Rule date-format: date cells read YYYY-MM-DD (Markdown-escaped hyphens `\-` count as hyphens)
// and name a real calendar day. A date that only lacks zero-padding is a warning with a fix that
// keeps the cell's own escaping.
import type { Rule } from '../rule.js';
import { columnsOfType, tablesOf } from '../values/columns.js';
import { datesOf } from '../values/date.js';

const messages = {
  unpadded: { en: 'Unexpected date "{actual}", expected "{expected}"', zh: '日期“{actual}”未补零，应为“{expected}”' },
  invalid: { en: 'Unexpected date "{actual}", expected a real calendar day', zh: '日期“{actual}”不存在' },
  format: { en: 'Unexpected date format "{actual}", expected YYYY-MM-DD', zh: '日期格式“{actual}”不符，应为 YYYY-MM-DD' },
};

const rule: Rule = {
  id: 'date-format',
  description: { en: 'Dates are real days written YYYY-MM-DD', zh: '日期须为 YYYY-MM-DD 格式的真实日期' },
  defaultSeverity: 'error',
  fixable: true,
  check(ctx) {
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { cellIndex } of columnsOfType(table, ctx.schema, 'date')) {
        const dates = datesOf(ctx.tracker, table, cellIndex);
        for (const [r, row] of table.rows.entries()) {
          const cell = row.cells[cellIndex];
          const parsed = dates[r];
          if (!cell || !parsed) continue;
          if (parsed.kind === 'unpadded') {
            ctx.report({
              span: cell.span,
              section,
              severity: 'warning',
              message: ctx.t(messages.unpadded, { actual: cell.text, expected: parsed.padded }),
              expected: parsed.padded,
              fix: { edits: [{ start: cell.span.start.offset, end: cell.span.end.offset, text: parsed.padded }] },
            });
          } else if (parsed.kind === 'invalid') {
            ctx.report({ span: cell.span, section, message: ctx.t(messages.invalid, { actual: cell.text }) });
          } else if (parsed.kind === 'bad-format') {
            ctx.report({ span: cell.span, section, message: ctx.t(messages.format, { actual: cell.text }) });
          }
        }
      }
    }
  },
};

export default rule;
