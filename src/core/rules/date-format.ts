// Rule date-format: date cells are written in one of the column's formats (default YYYY-MM-DD;
// month and year precision when the schema says so; escaped separators `\-` count) and name a
// real day or month. A date that only lacks zero-padding is a warning with a fix that keeps the
// cell's own escaping. Placeholder cells (`-`, `N/A`) count as empty.
import type { Rule } from '../rule.js';
import { columnLabel, columnsOfType, tablesOf } from '../values/columns.js';
import { datesOf } from '../values/date.js';
import { isBlank } from '../schema.js';

const messages = {
  unpadded: { en: 'Unexpected date "{actual}", expected "{expected}"', zh: '日期“{actual}”未补零，应为“{expected}”' },
  invalid: { en: 'Unexpected date "{actual}", expected a real calendar date', zh: '日期“{actual}”不存在' },
  format: { en: 'Unexpected date format "{actual}" in "{column}", expected {formats}', zh: '“{column}”的日期格式“{actual}”不符，应为 {formats}' },
};

const rule: Rule = {
  id: 'date-format',
  description: { en: 'Dates are real dates in the column\'s format (default YYYY-MM-DD)', zh: '日期须为该列格式（默认 YYYY-MM-DD）的真实日期' },
  defaultSeverity: 'error',
  fixable: true,
  scope: 'row',
  check(ctx) {
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, 'date')) {
        const formats = column.formats ?? ['YYYY-MM-DD'];
        const dates = datesOf(ctx.tracker, table, cellIndex, formats);
        for (let r = 0; r < table.rows.length; r++) {
          const parsed = dates[r];
          // Most dates are well-formed: settle them before reading the cell's text.
          if (!parsed || parsed.kind === 'ok' || parsed.kind === 'empty') continue;
          const cell = table.rows[r]!.cell(cellIndex);
          if (!cell || isBlank(ctx.schema, cell)) continue;
          const span = cell.span;
          if (parsed.kind === 'unpadded') {
            ctx.report({
              span,
              section,
              severity: 'warning',
              message: ctx.t(messages.unpadded, { actual: cell.text, expected: parsed.padded }),
              expected: parsed.padded,
              fix: { edits: [{ start: span.start.offset, end: span.end.offset, text: parsed.padded }] },
            });
          } else if (parsed.kind === 'invalid') {
            ctx.report({ span, section, message: ctx.t(messages.invalid, { actual: cell.text }) });
          } else if (parsed.kind === 'bad-format') {
            ctx.report({ span, section, message: ctx.t(messages.format, { actual: cell.text, column: columnLabel(table, cellIndex, column), formats: formats.join(' / ') }) });
          }
        }
      }
    }
  },
};

export default rule;
