// JSON reporter: the machine-readable report (version 1). The Action writes it as its `report`
// output and the two-stage fork workflow re-reads it, so its shape is a public contract.
import type { Diagnostic } from '../core/types.js';
import type { FileReport, ReportSummary } from './model.js';

export interface JsonReport {
  version: 1;
  files: {
    path: string;
    /** The one Diagnostic type, without the fix edits and suggestion text (internal to the adapters). */
    diagnostics: Omit<Diagnostic, 'fix' | 'expected'>[];
    links: FileReport['links'];
  }[];
  summary: ReportSummary;
}

export function buildJsonReport(files: FileReport[], summary: ReportSummary): JsonReport {
  return {
    version: 1,
    files: files.map((file) => ({
      path: file.path,
      diagnostics: file.diagnostics.map((d) => ({
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        section: d.section,
        fixable: d.fixable,
      })),
      links: file.links,
    })),
    summary,
  };
}

export function renderJson(files: FileReport[], summary: ReportSummary): string {
  return JSON.stringify(buildJsonReport(files, summary), null, 2) + '\n';
}
