// Rule registry: every rule, in the order the linter runs them and the docs list them.
import type { Rule } from '../rule.js';
import cellCount from './cell-count.js';
import dateFormat from './date-format.js';
import dateMismatch from './date-mismatch.js';
import dateRange from './date-range.js';
import duplicateLink from './duplicate-link.js';
import linkCell from './link-cell.js';
import linkRedirected from './link-redirected.js';
import ratingNormalize from './rating-normalize.js';
import ratingSymbol from './rating-symbol.js';
import repoArchived from './repo-archived.js';
import requiredCell from './required-cell.js';
import sortOrder from './sort-order.js';
import sourceMismatch from './source-mismatch.js';
import tableGap from './table-gap.js';
import tableHeader from './table-header.js';
import titleMismatch from './title-mismatch.js';
import urlSecretParams from './url-secret-params.js';
import urlTrackingParams from './url-tracking-params.js';

export const RULES: readonly Rule[] = [
  tableHeader,
  cellCount,
  tableGap,
  requiredCell,
  linkCell,
  duplicateLink,
  // Before the URL-parameter rules: on one URL, the moved link's new address wins over cleaning the old one.
  linkRedirected,
  repoArchived,
  urlTrackingParams,
  urlSecretParams,
  dateFormat,
  dateRange,
  ratingSymbol,
  ratingNormalize,
  sortOrder,
  dateMismatch,
  titleMismatch,
  sourceMismatch,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

/** Ids of the rules whose fixes the bot may commit unattended (Rule.botSafeFix). */
export const BOT_SAFE_FIX_RULE_IDS: ReadonlySet<string> = new Set(RULES.filter((rule) => rule.botSafeFix).map((rule) => rule.id));

/** Ids of the rules that order rows (Rule.ordersRows): what the Action's `sort` input turns off or applies alone. */
export const ROW_ORDER_RULE_IDS: readonly string[] = RULES.filter((rule) => rule.ordersRows).map((rule) => rule.id);

/** The rule with this id, or undefined for a finding no rule made. */
export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
