// JSON reporter: the machine-readable report (version 1). The Action writes it as its `report`
// output and the two-stage fork workflow re-reads it, so its shape is a public contract.
// jsonChunks renders the same text piece by piece, so a large report is never built whole.
import type { Diagnostic } from '../core/types.js';
import { reasonCode } from '../core/reasons.js';
import type { FileReport, ReportedLink, ReportSummary } from './model.js';

export interface JsonReport {
  version: 1;
  files: {
    path: string;
    /** The one Diagnostic type, without the fix edits and suggestion text (internal to the adapters). */
    diagnostics: Omit<Diagnostic, 'fix' | 'expected'>[];
    /** The report's links, each reason in its stable string form (reasonCode: `http-404`, `soft-404:wechat-deleted`). */
    links: JsonLink[];
  }[];
  summary: ReportSummary;
}

type JsonDiagnostic = JsonReport['files'][number]['diagnostics'][number];
export type JsonLink = Omit<ReportedLink, 'reason'> & { reason: string };

function toJsonLink(link: ReportedLink): JsonLink {
  return { ...link, reason: reasonCode(link.reason) };
}

function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    section: d.section,
    fixable: d.fixable,
  };
}

export function buildJsonReport(files: FileReport[], summary: ReportSummary): JsonReport {
  return {
    version: 1,
    files: files.map((file) => ({ path: file.path, diagnostics: file.diagnostics.map(toJsonDiagnostic), links: file.links.map(toJsonLink) })),
    summary,
  };
}

/** `JSON.stringify(value, null, 2)` for a value nested at `depth` (its lines indented to match). */
function nested(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return text.indexOf('\n') === -1 ? text : text.replace(/\n/g, '\n' + '  '.repeat(depth));
}

const DIAGNOSTIC_KEYS = ['rule', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn', 'section', 'fixable'] as const;

/**
 * `nested(toJsonDiagnostic(d), depth)` written directly, without the intermediate object and the
 * re-indenting pass: a report of 54k findings made both for each of them.
 */
function diagnosticText(d: Diagnostic, depth: number): string {
  const pad = '  '.repeat(depth + 1);
  let text = '{';
  let first = true;
  for (const key of DIAGNOSTIC_KEYS) {
    const value = d[key];
    if (value === undefined) continue;
    text += (first ? '\n' : ',\n') + pad + '"' + key + '": ' + JSON.stringify(value);
    first = false;
  }
  return first ? '{}' : text + '\n' + '  '.repeat(depth) + '}';
}

/** The items of an array property at `depth`, one chunk per item, as `JSON.stringify(…, null, 2)` lays them out. */
function* arrayChunks<T>(items: readonly T[], depth: number, render: (item: T) => string): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  const pad = '  '.repeat(depth + 1);
  yield '[\n';
  for (let i = 0; i < items.length; i++) yield pad + render(items[i]!) + (i + 1 < items.length ? ',\n' : '\n');
  yield '  '.repeat(depth) + ']';
}

/**
 * The JSON report as text chunks, in order; joined they equal `renderJson(files, summary)`
 * (two-space indentation, a final newline). One chunk per diagnostic and per link.
 */
export function* jsonChunks(files: FileReport[], summary: ReportSummary): Generator<string> {
  if (files.length === 0) {
    yield '{\n  "version": 1,\n  "files": [],\n';
  } else {
    yield '{\n  "version": 1,\n  "files": [\n';
    for (let f = 0; f < files.length; f++) {
      const file = files[f]!;
      yield `    {\n      "path": ${JSON.stringify(file.path)},\n      "diagnostics": `;
      yield* arrayChunks(file.diagnostics, 3, (d) => diagnosticText(d, 4));
      yield ',\n      "links": ';
      yield* arrayChunks(file.links, 3, (link) => nested(toJsonLink(link), 4));
      yield f + 1 < files.length ? '\n    },\n' : '\n    }\n';
    }
    yield '  ],\n';
  }
  yield `  "summary": ${nested(summary, 1)}\n}\n`;
}

export function renderJson(files: FileReport[], summary: ReportSummary): string {
  return JSON.stringify(buildJsonReport(files, summary), null, 2) + '\n';
}
