// Rule title-mismatch (off by default): a row's link text shares almost nothing with the title of
// the page it links to, a sign the link points at the wrong page. Titles are compared after
// normalizeTitle (site suffixes, punctuation, case and spaces removed); one containing the other
// (a shortened title) always agrees. Otherwise the score is the overlap coefficient of their
// character bigrams, |A∩B| / min(|A|,|B|), derived from the Sørensen–Dice coefficient of the
// `dice-coefficient` library; it stays high when a maintainer shortened or rewrote a title. The
// default threshold (0.3) was chosen from measured pairs (README, "How the title threshold was chosen").
import { diceCoefficient } from 'dice-coefficient';
import type { Rule } from '../rule.js';
import { normalizeTitle } from '../values/title.js';
import { rowsWithFacts } from '../values/row-facts.js';

export const DEFAULT_TITLE_THRESHOLD = 0.3;

const messages = {
  mismatch: {
    en: 'Unexpected link text "{text}" for a page titled "{title}": is this the right link?',
    zh: '链接文字“{text}”与页面标题“{title}”几乎没有共同之处，链接是否指向了别的页面？',
  },
};

/**
 * How much two titles share, 0–1: 1 when one normalised title contains the other, else the
 * overlap coefficient of their character bigrams (spaces ignored).
 */
export function titleSimilarity(a: string, b: string): number {
  const x = normalizeTitle(a).replace(/\s+/g, '');
  const y = normalizeTitle(b).replace(/\s+/g, '');
  if (x === '' || y === '') return 1;
  if (x.includes(y) || y.includes(x)) return 1;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 2) return 0;
  // dice = 2·|A∩B| / (|A|+|B|), with n−1 bigrams in a string of n code units.
  const shared = (diceCoefficient(x, y) * (x.length - 1 + (y.length - 1))) / 2;
  return shared / (shorter - 1);
}

const rule: Rule = {
  id: 'title-mismatch',
  description: { en: 'Link text shares words with the linked page\'s title', zh: '链接文字与链接页面的标题相符' },
  defaultSeverity: 'warning',
  fixable: false,
  scope: 'row',
  offByDefault: true,
  usesPageFacts: true,
  parseOptions(raw) {
    const { threshold = DEFAULT_TITLE_THRESHOLD, ...rest } = raw;
    const unknown = Object.keys(rest)[0];
    if (unknown !== undefined) throw new Error(`unknown option "${unknown}" (known: threshold)`);
    if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) throw new Error('threshold: expected a number from 0 to 1');
    return { threshold };
  },
  check(ctx) {
    const threshold = ctx.options.threshold as number;
    for (const { section, row, link, facts } of rowsWithFacts(ctx)) {
      if (!facts.title || titleSimilarity(link.text, facts.title) >= threshold) continue;
      const cell = row.cells.find((c) => c.span.start.offset <= link.urlStart && link.urlStart <= c.span.end.offset) ?? row.cells[0]!;
      ctx.report({ span: cell.span, section, message: ctx.t(messages.mismatch, { text: link.text, title: facts.title }) });
    }
  },
};

export default rule;
