// Action adapter › changed lines: which findings belong to a pull request. A finding is the PR's own when
// it sits on a line the PR adds or changes; everything else was already in the file and is listed apart.
// A sort-order finding spans its whole table, so any changed row in that table makes it the PR's own.
import type { AnalyzedFile } from '../app/analyze.js';
import type { Diagnostic, LinkOccurrence } from '../core/types.js';
import type { FileReport } from '../report/model.js';

export type LineFilter = (line: number) => boolean;

/** 1-based line of an offset, by binary search over the tracker's line starts. */
export function lineOfOffset(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/** Lines a diagnostic is about: its span, widened to its fix's range for multi-line fixes (sort-order). */
export function diagnosticLines(file: AnalyzedFile, d: Diagnostic): { first: number; last: number } {
  let first = d.line;
  let last = d.endLine;
  const edits = d.fix?.edits ?? [];
  if (d.rule === 'sort-order' && edits.length > 0) {
    const starts = file.tracker.lineStarts;
    first = Math.min(first, lineOfOffset(starts, Math.min(...edits.map((e) => e.start))));
    last = Math.max(last, lineOfOffset(starts, Math.max(...edits.map((e) => Math.max(e.start, e.end - 1)))));
  }
  return { first, last };
}

export function touchesChangedLine(file: AnalyzedFile, d: Diagnostic, isChanged: LineFilter): boolean {
  const { first, last } = diagnosticLines(file, d);
  for (let line = first; line <= last; line++) if (isChanged(line)) return true;
  return false;
}

/** The links a pull request added or changed (its rows' links), for `check-links: changed`. */
export function changedLinks(links: readonly LinkOccurrence[], isChanged: LineFilter): LinkOccurrence[] {
  return links.filter((link) => isChanged(link.line));
}

/** Splits a file's report into the PR's own findings and those that were already there. */
export function splitByChangedLines(
  file: AnalyzedFile,
  report: FileReport,
  isChanged: LineFilter,
): { own: FileReport; preexisting: FileReport } {
  const own: FileReport = { ...report, diagnostics: [], links: [] };
  const preexisting: FileReport = { ...report, diagnostics: [], links: [] };
  for (const d of report.diagnostics) (touchesChangedLine(file, d, isChanged) ? own : preexisting).diagnostics.push(d);
  for (const link of report.links) (isChanged(link.line) ? own : preexisting).links.push(link);
  return { own, preexisting };
}

export function lineSet(lines: Iterable<number>): LineFilter {
  const set = new Set(lines);
  return (line) => set.has(line);
}
