// Rule rating-symbol: rating cells are the column's symbol repeated min..max times (counted in
// grapheme clusters, so ⭐️ with its variation selector is one star). Spelling issues with the right
// count are rating-normalize's finding.
import type { Rule } from '../rule.js';
import { isBlank } from '../schema.js';
import { columnsOfType, tablesOf } from '../values/columns.js';
import { ratingsOf } from '../values/rating.js';

const messages = {
  digits: { en: 'Unexpected digits in "{actual}", expected {symbol} repeated {min}–{max} times', zh: '评分“{actual}”不应使用数字，应为 {min}–{max} 个 {symbol}' },
  'wrong-symbol': { en: 'Unexpected symbol "{found}", expected {symbol}', zh: '评分符号“{found}”不符，应为 {symbol}' },
  mixed: { en: 'Unexpected mixed content "{actual}", expected only {symbol}', zh: '评分“{actual}”混有其他字符，只应使用 {symbol}' },
  count: { en: 'Unexpected {count} × {symbol}, expected {min}–{max}', zh: '评分为 {count} 个 {symbol}，应为 {min}–{max} 个' },
};

const rule: Rule = {
  id: 'rating-symbol',
  description: { en: 'Ratings use the column symbol, min..max times', zh: '评分须用规定符号，数量在范围内' },
  defaultSeverity: 'error',
  fixable: false,
  scope: 'row',
  check(ctx) {
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, 'rating')) {
        const base = { symbol: column.symbol ?? '⭐', min: column.min ?? 1, max: column.max ?? 5 };
        const ratings = ratingsOf(ctx.tracker, table, column, cellIndex);
        for (let r = 0; r < table.rows.length; r++) {
          const parsed = ratings[r];
          if (!parsed || parsed.kind === 'empty' || parsed.kind === 'ok' || parsed.kind === 'normalize') continue;
          const cell = table.rows[r]!.cell(cellIndex);
          if (!cell || isBlank(ctx.schema, cell)) continue;
          const params = {
            ...base,
            actual: parsed.text,
            found: parsed.kind === 'wrong-symbol' ? parsed.found : '',
            count: parsed.kind === 'count' ? parsed.count : 0,
          };
          ctx.report({ span: cell.span, section, message: ctx.t(messages[parsed.kind], params) });
        }
      }
    }
  },
};

export default rule;
