// Rule rating-normalize: ratings with the right symbol and count are spelled one way throughout
// the file. The spelling is the column's configured `style` (plain ⭐⭐ or emoji ⭐️⭐️), else the
// file's own (plain unless emoji leads two to one); a file consistent in its own style is left alone. The fix rewrites the
// cell's content only.
import type { Rule, RuleContext } from '../rule.js';
import type { RatingStyle, ResolvedColumn } from '../schema.js';
import type { Section, Table } from '../types.js';
import { columnsOfType, tablesOf } from '../values/columns.js';
import { ratingStyleOf, ratingsOf, spellRating, type RatingCell } from '../values/rating.js';

const messages = {
  normalize: {
    en: 'Unexpected rating spelling "{actual}", expected "{expected}" like the rest of the file',
    zh: '评分写法“{actual}”与全文不一致，应写作“{expected}”',
  },
};

/** A rating column of one table, with what reading its spellings needs. */
interface RatingColumn {
  section: Section;
  table: Table;
  column: ResolvedColumn;
  cellIndex: number;
  symbol: string;
  ratings: readonly (RatingCell | undefined)[];
  /**
   * How its `ok` readings are spelled: such a reading is the symbol itself repeated
   * (parseRatingText), so only the cells of `normalize` readings need their text read.
   */
  symbolStyle: RatingStyle | 'other';
}

function ratingColumns(ctx: RuleContext): RatingColumn[] {
  const found: RatingColumn[] = [];
  for (const { section, table } of tablesOf(ctx.tracker)) {
    for (const { column, cellIndex } of columnsOfType(table, ctx.schema, 'rating')) {
      const symbol = column.symbol ?? '⭐';
      const ratings = ratingsOf(ctx.tracker, table, column, cellIndex);
      found.push({ section, table, column, cellIndex, symbol, ratings, symbolStyle: ratingStyleOf(symbol, symbol, 1) });
    }
  }
  return found;
}

/** A reading with the right symbol and count: only its spelling can be off. */
type RightCount = Extract<RatingCell, { kind: 'ok' | 'normalize' }>;

function isRightCount(parsed: RatingCell | undefined): parsed is RightCount {
  return parsed?.kind === 'ok' || parsed?.kind === 'normalize';
}

/** How row `r`, read as `parsed`, spells its rating. */
function spellingAt(ratingColumn: RatingColumn, r: number, parsed: RightCount): RatingStyle | 'other' {
  if (parsed.kind === 'ok') return ratingColumn.symbolStyle;
  return ratingStyleOf(ratingColumn.table.rows[r]!.cell(ratingColumn.cellIndex)!.text, ratingColumn.symbol, parsed.count);
}

const rule: Rule = {
  id: 'rating-normalize',
  description: { en: 'Ratings are spelled one way (with or without variation selectors, no spaces)', zh: '评分写法全文统一（变体选择符一致、无空格）' },
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'row',
  check(ctx) {
    // Two passes over the memoised ratings: count the file's spellings, then report the odd ones.
    // Two loops, not one loop with a flag: the reporting branch would run without type feedback
    // in the second pass, and the engine re-optimised the whole loop for it.
    const columns = ratingColumns(ctx);
    const votes = { plain: 0, emoji: 0 };
    for (const ratingColumn of columns) {
      if (ratingColumn.column.style) continue;
      for (let r = 0; r < ratingColumn.ratings.length; r++) {
        const parsed = ratingColumn.ratings[r];
        if (!isRightCount(parsed)) continue;
        const style = spellingAt(ratingColumn, r, parsed);
        if (style !== 'other') votes[style]++;
      }
    }
    // No plain or emoji spelling at all: nothing to be consistent with. Plain wins unless the emoji
    // spelling has a clear (two-to-one) majority.
    const majority: RatingStyle | null = votes.plain + votes.emoji === 0 ? null : votes.emoji > 2 * votes.plain ? 'emoji' : 'plain';
    for (const ratingColumn of columns) {
      const { section, table, column, cellIndex, symbol, ratings } = ratingColumn;
      const target = column.style ?? majority;
      if (target === null) continue;
      for (let r = 0; r < ratings.length; r++) {
        const parsed = ratings[r];
        if (!isRightCount(parsed) || spellingAt(ratingColumn, r, parsed) === target) continue;
        const cell = table.rows[r]!.cell(cellIndex)!;
        const span = cell.span;
        const expected = spellRating(symbol, parsed.count, target);
        ctx.report({
          span,
          section,
          message: ctx.t(messages.normalize, { actual: cell.text, expected }),
          expected,
          fix: { edits: [{ start: span.start.offset, end: span.end.offset, text: expected }] },
        });
      }
    }
  },
};

export default rule;
