// Rule rating-normalize: ratings with the right symbol and count are spelled one way throughout
// the file. The spelling is the column's configured `style` (plain ⭐⭐ or emoji ⭐️⭐️), else the
// file's own (plain unless emoji leads two to one); a file consistent in its own style is left alone. The fix rewrites the
// cell's content only.
import type { Rule } from '../rule.js';
import type { RatingStyle } from '../schema.js';
import { columnsOfType, tablesOf } from '../values/columns.js';
import { ratingStyleOf, ratingsOf, spellRating } from '../values/rating.js';

const messages = {
  normalize: {
    en: 'Unexpected rating spelling "{actual}", expected "{expected}" like the rest of the file',
    zh: '评分写法“{actual}”与全文不一致，应写作“{expected}”',
  },
};

const rule: Rule = {
  id: 'rating-normalize',
  description: { en: 'Ratings are spelled one way (with or without variation selectors, no spaces)', zh: '评分写法全文统一（变体选择符一致、无空格）' },
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'row',
  check(ctx) {
    // Two passes over the memoised ratings: count the file's spellings, then report the odd ones.
    const votes = { plain: 0, emoji: 0 };
    const visit = (report: boolean, majority: RatingStyle | null) => {
      for (const { section, table } of tablesOf(ctx.tracker)) {
        for (const { column, cellIndex } of columnsOfType(table, ctx.schema, 'rating')) {
          const ratings = ratingsOf(ctx.tracker, table, column, cellIndex);
          const symbol = column.symbol ?? '⭐';
          // An `ok` reading is the symbol itself repeated (parseRatingText), so it is spelled like
          // the symbol: only the cells of the other readings need their text read.
          const symbolStyle = ratingStyleOf(symbol, symbol, 1);
          for (let r = 0; r < ratings.length; r++) {
            const parsed = ratings[r];
            if (!parsed || (parsed.kind !== 'ok' && parsed.kind !== 'normalize')) continue;
            const cell = table.rows[r]!.cells[cellIndex]!;
            const style = parsed.kind === 'ok' ? symbolStyle : ratingStyleOf(cell.text, symbol, parsed.count);
            if (!report) {
              if (style !== 'other' && !column.style) votes[style]++;
              continue;
            }
            const target = column.style ?? majority;
            if (target === null || style === target) continue;
            const expected = spellRating(symbol, parsed.count, target);
            ctx.report({
              span: cell.span,
              section,
              message: ctx.t(messages.normalize, { actual: cell.text, expected }),
              expected,
              fix: { edits: [{ start: cell.span.start.offset, end: cell.span.end.offset, text: expected }] },
            });
          }
        }
      }
    };
    visit(false, null);
    // No plain or emoji spelling at all: nothing to be consistent with. Plain wins unless the emoji
    // spelling has a clear (two-to-one) majority.
    const majority: RatingStyle | null = votes.plain + votes.emoji === 0 ? null : votes.emoji > 2 * votes.plain ? 'emoji' : 'plain';
    visit(true, majority);
  },
};

export default rule;
