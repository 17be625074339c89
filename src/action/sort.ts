// Action adapter › sort: the `sort` input. Sorting is the core's sort-order fix applied on its own; the
// Action shows the result as a diff in the comment (`suggest`) or commits it to the PR branch (`commit`).
import type { Config } from '../config/schema.js';
import { format } from '../core/i18n.js';
import { fixSource } from '../core/fix.js';
import { RULE_IDS } from '../core/lint.js';
import type { Lang } from '../core/types.js';
import { boundedUnifiedDiff } from '../report/bounded-diff.js';
import { neutralize } from '../report/neutralize.js';
import { ACTION_TEXT } from './messages.js';
import { localFixCommandBlock } from './fix-command.js';

/** A diff longer than this is left out of the comment; the command to apply it locally stays. */
export const MAX_SORT_DIFF_CHARS = 20_000;
/** Line edits past which the diff is not computed (it could not fit in MAX_SORT_DIFF_CHARS anyway). */
const MAX_SORT_DIFF_EDITS = 300;

/** The source with only the sort-order fix applied (every other rule switched off). */
export function sortSource(source: string, config: Config, lang: Lang, now: Date): string {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'sort-order' ? 'warning' : 'off'] as const));
  return fixSource(source, { config: { ...config, rules }, lang, now }).output;
}

function fenceFor(text: string): string {
  const longest = Math.max(2, ...(text.match(/`{3,}/g) ?? []).map((run) => run.length));
  return '`'.repeat(longest + 1);
}

/** Markdown block: the sorted table as a ```diff and the one command that applies it locally. */
export function sortDiffBlock(path: string, before: string, after: string, lang: Lang, note?: string): string {
  // The edit-length limit keeps the diff linear in the file size; a diff over it would not be shown anyway.
  const patch = (boundedUnifiedDiff(path, before, after, MAX_SORT_DIFF_EDITS) ?? '')
    .split('\n')
    .filter((line) => !line.startsWith('====='))
    .join('\n')
    .trimEnd();
  const parts = [`#### ${format(ACTION_TEXT.sortHeading, lang, { path: neutralize(path) })}`, ''];
  if (note) parts.push(note, '');
  parts.push(format(ACTION_TEXT.sortApply, lang), '', localFixCommandBlock([path], lang));
  if (patch !== '' && patch.length <= MAX_SORT_DIFF_CHARS) {
    const fence = fenceFor(patch);
    parts.push('', '<details><summary>diff</summary>', '', `${fence}diff`, patch, fence, '', '</details>');
  }
  return parts.join('\n');
}


