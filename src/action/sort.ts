// Action adapter › sort: the `sort` input. Sorting is the core's sort-order fix applied on its own; the
// Action shows the result as a diff in the comment (`suggest`) or commits it to the PR branch (`commit`).
import type { Config } from '../config/schema.js';
import { applyFixes, fixSource } from '../core/fix.js';
import { lintSource, RULE_IDS } from '../core/lint.js';
import { ROW_ORDER_RULE_IDS } from '../core/rules/index.js';
import type { Lang } from '../core/types.js';
import { boundedUnifiedDiff } from '../report/bounded-diff.js';
import { renderSortDiff } from '../report/fix-advice.js';
import { localFixCommand } from './fix-command.js';
/** Line edits past which the diff is not computed (it could not fit in the comment's MAX_SORT_DIFF_CHARS anyway). */
const MAX_SORT_DIFF_EDITS = 300;

/**
 * The source with only the sort-order fix applied (every other rule switched off). With `focusLines`
 * (a pull request's changed lines) only the misplaced rows on those lines move; the rest stay put.
 */
export function sortSource(source: string, config: Config, lang: Lang, now: Date, focusLines?: (line: number) => boolean): string {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, ROW_ORDER_RULE_IDS.includes(id) ? 'warning' : 'off'] as const));
  const options = { config: { ...config, rules }, lang, now };
  if (!focusLines) return fixSource(source, options).output;
  const { diagnostics } = lintSource(source, { ...options, focusLines });
  return applyFixes(source, diagnostics.filter((d) => focusLines(d.line))).output;
}

/**
 * Markdown block: the sorted table as a ```diff and, when the whole file is sorted, the one command that
 * applies it locally. A pull request's block (`onlyChangedRows`) moves only its own rows, which the local
 * `fix` (it sorts whole tables) would not match, so it names no command.
 */
export function sortDiffBlock(path: string, before: string, after: string, lang: Lang, note?: string, onlyChangedRows = false): string {
  // The edit-length limit keeps the diff linear in the file size; a diff over it would not be shown anyway.
  // No context lines: a moved row is named by its line, and neighbouring rows can be hundreds of characters.
  const patch = (boundedUnifiedDiff(path, before, after, MAX_SORT_DIFF_EDITS, 0) ?? '')
    .split('\n')
    .filter((line) => !line.startsWith('====='))
    .join('\n')
    .trimEnd();
  return renderSortDiff({ path, patch, lang, ...(note ? { note } : {}), ...(onlyChangedRows ? {} : { command: localFixCommand([path]) }) });
}
