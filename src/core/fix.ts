// Fix engine: applies the fixes attached to diagnostics (bottom-up, skipping any that overlap an
// already chosen one) and re-lints until the source is stable. Bytes outside the edits never change.
import { detectLang } from './i18n.js';
import type { Diagnostic, Fix, TextEdit } from './types.js';
import { lintSource, type LintOptions } from './lint.js';

export interface ApplyResult {
  output: string;
  /** Diagnostics whose fix was applied (identical fixes are applied once). */
  applied: number;
  /** Diagnostics whose fix was left out because it overlaps one that was applied. */
  skipped: number;
}

export interface FixResult {
  output: string;
  /** Lint-and-apply rounds that changed the source. */
  passes: number;
  applied: number;
  /** Diagnostics of the final output. */
  diagnostics: Diagnostic[];
}

export const MAX_FIX_PASSES = 10;

interface Candidate {
  fix: Fix;
  start: number;
  end: number;
  order: number;
  /** Diagnostics that carry this same fix. */
  count: number;
}

/** Where a fix's edits sit; fixes with equal positions are compared by text (which can be a whole table). */
function positionKey(fix: Fix): string {
  return fix.edits.map((e) => `${e.start}:${e.end}`).join(',');
}

function sameEdits(a: Fix, b: Fix): boolean {
  return a.edits.every((edit, i) => edit.text === b.edits[i]!.text);
}

/** Two ranges conflict when they overlap or when both touch the same point (two inserts). */
function conflicts(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end ? true : a.start === b.start;
}

export function applyFixes(source: string, diagnostics: readonly Diagnostic[]): ApplyResult {
  const byPosition = new Map<string, Candidate[]>();
  const candidates: Candidate[] = [];
  diagnostics.forEach((diagnostic, order) => {
    const fix = diagnostic.fix;
    if (!fix || fix.edits.length === 0) return;
    const key = positionKey(fix);
    const samePosition = byPosition.get(key) ?? [];
    const identical = samePosition.find((c) => sameEdits(c.fix, fix));
    if (identical) {
      identical.count++;
      return;
    }
    const start = Math.min(...fix.edits.map((e) => e.start));
    const end = Math.max(...fix.edits.map((e) => e.end));
    const candidate = { fix, start, end, order, count: 1 };
    samePosition.push(candidate);
    byPosition.set(key, samePosition);
    candidates.push(candidate);
  });

  // Earlier diagnostics win a conflict (the linter sorts errors before warnings at one position).
  candidates.sort((a, b) => a.start - b.start || a.order - b.order);
  const chosen: Candidate[] = [];
  let skipped = 0;
  for (const candidate of candidates) {
    const previous = chosen[chosen.length - 1];
    if (previous && conflicts(previous, candidate)) skipped += candidate.count;
    else chosen.push(candidate);
  }

  const edits: TextEdit[] = chosen.flatMap((c) => [...c.fix.edits].sort((a, b) => a.start - b.start));
  const pieces: string[] = [];
  let cursor = 0;
  for (const edit of edits) {
    pieces.push(source.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  pieces.push(source.slice(cursor));
  const applied = chosen.reduce((sum, c) => sum + c.count, 0);
  return { output: pieces.join(''), applied, skipped };
}

/** Lint and apply fixes until nothing changes (at most MAX_FIX_PASSES rounds). */
export function fixSource(source: string, lintOptions: LintOptions): FixResult {
  // Fixes never change the document's language; detect it once, not on every pass.
  const lang = !lintOptions.lang || lintOptions.lang === 'auto' ? detectLang(source) : lintOptions.lang;
  const options = { ...lintOptions, lang };
  let output = source;
  let passes = 0;
  let applied = 0;
  let { diagnostics } = lintSource(output, options);
  while (passes < MAX_FIX_PASSES && diagnostics.some((d) => d.fix)) {
    const result = applyFixes(output, diagnostics);
    if (result.output === output) break;
    output = result.output;
    applied += result.applied;
    passes++;
    // Let the previous pass's model go before the next is built: its diagnostics hold its tracker
    // (deferred fixes close over it), and two models of a large file at once doubled fix's peak memory.
    diagnostics = [];
    diagnostics = lintSource(output, options).diagnostics;
  }
  return { output, passes, applied, diagnostics };
}
