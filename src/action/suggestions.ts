// Action adapter › suggestions: single-row fixes (date padding, rating normalization, stripped parameters,
// a missing cell, a moved link: link-redirected's fix) as whole-line replacements that a ```suggestion review
// comment can carry. Only diagnostics whose every fix edit stays inside one line qualify; table-scope fixes
// (sort) never do.
import type { AnalyzedFile } from '../app/analyze.js';
import { applyFixes } from '../core/fix.js';
import { ruleById } from '../core/rules/index.js';
import type { Diagnostic } from '../core/types.js';
import { suggestionLinkReason, suggestionRuleReason } from '../report/fix-advice.js';
import type { ReportedLink } from '../report/model.js';
import type { LineSuggestion } from './api/index.js';
import type { LineFilter } from './changed-lines.js';

interface LineBounds {
  start: number;
  /** End of the line's content, line ending excluded. */
  end: number;
}

function lineBounds(file: AnalyzedFile, line: number): LineBounds | null {
  const start = file.tracker.lineStarts[line - 1];
  if (start === undefined) return null;
  const next = file.tracker.lineStarts[line];
  let end = next ?? file.source.length;
  if (file.source[end - 1] === '\n') end--;
  if (file.source[end - 1] === '\r') end--;
  return { start, end };
}

function withinLine(d: Diagnostic, bounds: LineBounds): boolean {
  const edits = d.fix?.edits ?? [];
  return edits.length > 0 && edits.every((e) => e.start >= bounds.start && e.end <= bounds.end && !e.text.includes('\n'));
}

/** The diagnostic with its fix moved into the coordinates of one line's text. */
function relativeTo(d: Diagnostic, offset: number): Diagnostic {
  return { ...d, fix: { edits: d.fix!.edits.map((e) => ({ start: e.start - offset, end: e.end - offset, text: e.text })) } };
}

/**
 * One suggestion per changed line that has single-line fixes or a moved link: the line's text with every
 * such fix applied (core applyFixes) and each moved URL replaced by where it now lives.
 */
export function buildLineSuggestions(
  file: AnalyzedFile,
  diagnostics: readonly Diagnostic[],
  links: readonly ReportedLink[],
  isChanged: LineFilter,
): LineSuggestion[] {
  const lines = new Map<number, { diagnostics: Diagnostic[]; links: { link: ReportedLink; fix: Diagnostic }[] }>();
  const entry = (line: number) => {
    let found = lines.get(line);
    if (!found) lines.set(line, (found = { diagnostics: [], links: [] }));
    return found;
  };
  for (const d of diagnostics) {
    // A table-scope rule's fix (sort-order's, table-gap's) is never one line's business.
    if (!d.fixable || ruleById(d.rule)?.scope !== 'row' || d.line !== d.endLine || !isChanged(d.line)) continue;
    const bounds = lineBounds(file, d.line);
    if (bounds && withinLine(d, bounds)) entry(d.line).diagnostics.push(d);
  }
  // Findings of the rules that own a link verdict (link-redirected): the moved link's fix, told in the link's own words.
  // Both lists are in document order, so the n-th finding on a line belongs to the n-th moved link on it.
  const paired = new Map<number, number>();
  for (const d of file.verdictFindings ?? []) {
    const nth = paired.get(d.line) ?? 0;
    paired.set(d.line, nth + 1);
    const link = links.filter((l) => l.line === d.line && l.verdict === 'redirected')[nth];
    if (!link || !d.fixable || d.line !== d.endLine || !isChanged(d.line)) continue;
    const bounds = lineBounds(file, d.line);
    if (bounds && withinLine(d, bounds)) entry(d.line).links.push({ link, fix: d });
  }
  const suggestions: LineSuggestion[] = [];
  for (const [line, found] of [...lines.entries()].sort((a, b) => a[0] - b[0])) {
    const bounds = lineBounds(file, line)!;
    const original = file.source.slice(bounds.start, bounds.end);
    // A moved link's new URL goes first, so it wins over fixes that only clean the old URL's parameters.
    const redirects: Diagnostic[] = [];
    const reasons: string[] = [];
    for (const { link, fix } of found.links) {
      redirects.push(relativeTo(fix, bounds.start));
      reasons.push(suggestionLinkReason(link, file.lang));
    }
    const fixes = [...redirects, ...found.diagnostics.map((d) => relativeTo(d, bounds.start))];
    const applied = applyFixes(original, fixes);
    if (applied.output === original) continue;
    for (const d of found.diagnostics) reasons.push(suggestionRuleReason(d));
    suggestions.push({ path: file.path, line, replacement: applied.output, message: reasons.join('\n') });
  }
  return suggestions;
}
