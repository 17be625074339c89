// Action adapter › changed lines: which findings belong to a pull request. A finding is the PR's own when
// it sits on a line the PR adds or changes; everything else was already in the file and is listed apart.
// Every finding sits on one row (sort-order, linted with the changed lines in focus, names each misplaced
// changed row on its own line), so a finding is the PR's own exactly when its lines include a changed one.
import type { Diagnostic, LinkOccurrence } from '../core/types.js';
import type { FileReport } from '../report/model.js';

export type LineFilter = (line: number) => boolean;

export function touchesChangedLine(d: Diagnostic, isChanged: LineFilter): boolean {
  for (let line = d.line; line <= d.endLine; line++) if (isChanged(line)) return true;
  return false;
}

/** The links a pull request added or changed (its rows' links), for `check-links: changed`. */
export function changedLinks(links: readonly LinkOccurrence[], isChanged: LineFilter): LinkOccurrence[] {
  return links.filter((link) => isChanged(link.line));
}

/** Splits a file's report into the PR's own findings and those that were already there. */
export function splitByChangedLines(
  report: FileReport,
  isChanged: LineFilter,
): { own: FileReport; preexisting: FileReport } {
  const own: FileReport = { ...report, diagnostics: [], links: [] };
  const preexisting: FileReport = { ...report, diagnostics: [], links: [] };
  for (const d of report.diagnostics) (touchesChangedLine(d, isChanged) ? own : preexisting).diagnostics.push(d);
  for (const link of report.links) (isChanged(link.line) ? own : preexisting).links.push(link);
  return { own, preexisting };
}

export function lineSet(lines: Iterable<number>): LineFilter {
  const set = new Set(lines);
  return (line) => set.has(line);
}
