// Rule registry: every rule, in the order the linter runs them and the docs list them.
import type { Rule } from '../rule.js';
import cellCount from './cell-count.js';
import dateFormat from './date-format.js';
import dateMismatch from './date-mismatch.js';
import dateRange from './date-range.js';
import duplicateLink from './duplicate-link.js';
import linkCell from './link-cell.js';
import ratingNormalize from './rating-normalize.js';
import ratingSymbol from './rating-symbol.js';
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
