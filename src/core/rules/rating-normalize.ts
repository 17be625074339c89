// Rule rating-normalize: a rating with the right symbol and count is written plainly, without
// variation selectors (⭐️ → ⭐) or spaces between symbols. The fix rewrites the cell's content only.
import type { Rule } from '../rule.js';
import { columnsOfType, tablesOf } from '../values/columns.js';
import { ratingsOf } from '../values/rating.js';

const messages = {
  normalize: {
    en: 'Unexpected variation selectors or spaces in the rating, expected "{expected}"',
    zh: '评分含变体选择符或空格，应写作“{expected}”',
  },
};

const rule: Rule = {
  id: 'rating-normalize',
  description: { en: 'Ratings are written without variation selectors or spaces', zh: '评分不含变体选择符或空格' },
  defaultSeverity: 'warning',
  fixable: true,
  check(ctx) {
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, 'rating')) {
        const ratings = ratingsOf(ctx.tracker, table, column, cellIndex);
        for (const [r, row] of table.rows.entries()) {
          const cell = row.cells[cellIndex];
          const parsed = ratings[r];
          if (!cell || !parsed) continue;
          if (parsed.kind !== 'normalize') continue;
          ctx.report({
            span: cell.span,
            section,
            message: ctx.t(messages.normalize, { expected: parsed.normalized }),
            expected: parsed.normalized,
            fix: { edits: [{ start: cell.span.start.offset, end: cell.span.end.offset, text: parsed.normalized }] },
          });
        }
      }
    }
  },
};

export default rule;
