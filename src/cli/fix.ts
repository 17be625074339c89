// `tracker-bot fix`: apply every safe fix and write atomically, or print a unified diff (--dry-run).
import { resolveLang } from '../app/analyze.js';
import { fixSource } from '../core/fix.js';
import { format, type Messages } from '../core/i18n.js';
import type { Lang } from '../core/types.js';
import { countOf } from '../report/messages.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { resolveWriteTarget } from '../io/write-target.js';
import { boundedUnifiedDiff } from '../report/bounded-diff.js';
import { escapeWorkflowValue } from '../report/workflow-commands.js';
import { EXIT_FINDINGS, EXIT_OK } from './errors.js';
import { loadInputs } from './load-files.js';

export interface FixOptions {
  dryRun?: boolean;
  config?: string;
  lang?: Lang;
}

/** `fix --dry-run` shows no diff with more changed lines than this: Myers' diff costs O(lines × edits). */
export const MAX_DIFF_EDIT_LENGTH = 500;

/**
 * The unified diff (context 1) of a fix, or null when it would need more than MAX_DIFF_EDIT_LENGTH line
 * edits (a huge diff is neither readable nor cheap: the edit-length limit keeps it linear in the file size).
 */
export function dryRunDiff(path: string, before: string, after: string): string | null {
  return boundedUnifiedDiff(path, before, after, MAX_DIFF_EDIT_LENGTH);
}

const FIX_TEXT = {
  nothing: { en: '{path}: nothing to fix', zh: '{path}：没有可自动修复的问题' },
  applied: { en: '{path}: applied {fixes}', zh: '{path}：已应用 {fixes}' },
} satisfies Record<string, Messages>;

export async function runFix(fileArgs: string[], options: FixOptions): Promise<number> {
  const { config, files } = await loadInputs(fileArgs, options.config);
  // Refuse unwritable targets (read-only files, links out of the project) before changing anything.
  const targets = new Map<string, string>();
  if (!options.dryRun) for (const file of files) targets.set(file.path, await resolveWriteTarget(file.path));
  let changedFiles = 0;
  for (const file of files) {
    const lang = resolveLang(file.source, config, options.lang);
    const result = fixSource(file.source, { config, lang, now: new Date() });
    if (result.output === file.source) {
      process.stderr.write(`${format(FIX_TEXT.nothing, lang, { path: escapeWorkflowValue(file.path) })}\n`);
      continue;
    }
    changedFiles++;
    if (options.dryRun) {
      const diff = dryRunDiff(file.path, file.source, result.output);
      if (diff !== null) process.stdout.write(diff);
      else process.stderr.write(`${escapeWorkflowValue(file.path)}: ${result.applied} fixes would change it; the diff is too large to show (over ${MAX_DIFF_EDIT_LENGTH} changed lines)\n`);
    } else {
      await writeFileAtomic(targets.get(file.path)!, result.output);
      process.stderr.write(`${format(FIX_TEXT.applied, lang, { path: escapeWorkflowValue(file.path), fixes: countOf(result.applied, 'fix', lang) })}\n`);
    }
  }
  return options.dryRun && changedFiles > 0 ? EXIT_FINDINGS : EXIT_OK;
}
