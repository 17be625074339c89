// Scheduled scan › safe fixes for the fix pull request: the fixes of the rules that say the bot may commit
// them unattended (Rule.botSafeFix: a moved link replaced by its new URL, tracking and secret URL
// parameters stripped, rows sorted), nothing that needs a human's judgement (dates, ratings, dead links
// stay for the tracking issue). The link rules' fixes go first, on the URLs the verdicts are for. Pure.
import type { Config } from '../../config/schema.js';
import { applyFixes, MAX_FIX_PASSES } from '../../core/fix.js';
import { lintSource } from '../../core/lint.js';
import { BOT_SAFE_FIX_RULE_IDS } from '../../core/rules/index.js';
import type { Diagnostic, Lang, LinkVerdict } from '../../core/types.js';

export interface SafeFixOptions {
  config: Config;
  lang: Lang;
  now: Date;
}

export interface SafeFixResult {
  output: string;
  /** Links replaced by the URL they permanently moved to. */
  movedReplaced: number;
  /** Lint fixes applied (tracking/secret parameters, sort order). */
  lintFixes: number;
}

export function applySafeFixes(source: string, verdicts: ReadonlyMap<string, LinkVerdict>, options: SafeFixOptions): SafeFixResult {
  const lintOptions = { config: options.config, lang: options.lang, now: options.now };
  const bySafeRules = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => BOT_SAFE_FIX_RULE_IDS.has(d.rule) && d.fix);
  // First the link rules' fixes (a moved link's new address), while the URLs are still the ones the verdicts are for.
  const moved = bySafeRules(lintSource(source, { ...lintOptions, linkVerdicts: verdicts, onlyPageFactRules: true }).diagnostics);
  const first = applyFixes(source, moved);
  let output = first.output;
  let lintFixes = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const safe = bySafeRules(lintSource(output, lintOptions).diagnostics);
    if (safe.length === 0) break;
    const result = applyFixes(output, safe);
    if (result.output === output) break;
    output = result.output;
    lintFixes += result.applied;
  }
  return { output, movedReplaced: first.applied, lintFixes };
}
