// Scheduled scan › safe fixes for the fix pull request: moved links replaced by their new URL, then the
// linter's own fixes for tracking and secret URL parameters and for sort order — nothing that needs a
// human's judgement (dates, ratings, dead links stay for the tracking issue). Pure.
import type { Config } from '../../config/schema.js';
import { applyFixes, MAX_FIX_PASSES } from '../../core/fix.js';
import { lintSource } from '../../core/lint.js';
import { linkCells } from '../../core/extract-links.js';
import { parseTracker } from '../../core/parse/index.js';
import { resolveSchema } from '../../core/schema.js';
import type { Lang, LinkVerdict, TextEdit } from '../../core/types.js';
import { canonicalizeUrl } from '../../core/url/canonicalize.js';

export const SAFE_FIX_RULES: ReadonlySet<string> = new Set(['url-tracking-params', 'url-secret-params', 'sort-order']);

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

/** A URL fit for a Markdown link destination: http(s), no characters that would end or break it. */
function asLinkDestination(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  } catch {
    return null;
  }
  return url.replace(/[\s()<>]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}

function movedLinkEdits(source: string, verdicts: ReadonlyMap<string, LinkVerdict>, config: Config): TextEdit[] {
  const edits: TextEdit[] = [];
  const tracker = parseTracker(source);
  for (const { link } of linkCells(tracker, resolveSchema(config, tracker))) {
    const verdict = verdicts.get(canonicalizeUrl(link.url));
    if (verdict?.verdict !== 'redirected' || !verdict.finalUrl) continue;
    const target = asLinkDestination(verdict.finalUrl);
    if (!target || canonicalizeUrl(target) === canonicalizeUrl(link.url)) continue;
    edits.push({ start: link.urlStart, end: link.urlEnd, text: target });
  }
  return edits;
}

function applyEdits(source: string, edits: TextEdit[]): string {
  let output = source;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) output = output.slice(0, edit.start) + edit.text + output.slice(edit.end);
  return output;
}

export function applySafeFixes(source: string, verdicts: ReadonlyMap<string, LinkVerdict>, options: SafeFixOptions): SafeFixResult {
  const moved = movedLinkEdits(source, verdicts, options.config);
  let output = applyEdits(source, moved);
  let lintFixes = 0;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { diagnostics } = lintSource(output, { config: options.config, lang: options.lang, now: options.now });
    const safe = diagnostics.filter((d) => SAFE_FIX_RULES.has(d.rule) && d.fix);
    if (safe.length === 0) break;
    const result = applyFixes(output, safe);
    if (result.output === output) break;
    output = result.output;
    lintFixes += result.applied;
  }
  return { output, movedReplaced: moved.length, lintFixes };
}
