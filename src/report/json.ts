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

/**
 * How many array items one chunk renders: 64. A chunk of 64 diagnostics is about 20,000–23,000
 * characters, under V8's 128 KB limit for an ordinary heap object even as a two-byte string (CJK
 * section names). V8 puts larger objects in a large-object space; one that is still alive at a
 * scavenge, as a chunk being built or a block being written often is, moves to the old generation's
 * large-object space, which only a full collection empties, and none came while a large report was
 * written. At 1,024 items each chunk was a 700 KB string: 11 MB more peak RSS at 100k rows, and 6 %
 * slower. Exported for the tests, which cross its boundaries.
 */
export const ITEMS_PER_CHUNK = 64;

/**
 * The items of an array property at `depth`, as `JSON.stringify(…, null, 2)` lays them out, one
 * chunk per ITEMS_PER_CHUNK items. Each chunk is one native JSON.stringify of its items wrapped in
 * `depth` more arrays, so that JSON.stringify itself indents them as deep as they sit in the
 * report; the wrapping brackets are then cut off. Used for links, whose optional keys vary
 * (diagnostics, of one fixed shape, have diagnosticChunks). Re-indenting each item's text cost
 * several times more.
 */
function* arrayChunks<T>(items: readonly T[], depth: number, toJson: (item: T) => unknown): Generator<string> {
  if (items.length === 0) {
    yield '[]';
    return;
  }
  let open = '';
  let close = '';
  for (let level = 0; level <= depth; level++) {
    open += '  '.repeat(level) + '[\n';
    close = '\n' + '  '.repeat(level) + ']' + close;
  }
  yield '[\n';
  for (let from = 0; from < items.length; from += ITEMS_PER_CHUNK) {
    let wrapped: unknown = items.slice(from, from + ITEMS_PER_CHUNK).map(toJson);
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    yield text.slice(open.length, text.length - close.length) + (from + ITEMS_PER_CHUNK < items.length ? ',\n' : '\n');
  }
  yield '  '.repeat(depth) + ']';
}

/**
 * `JSON.stringify(text)`, remembered for texts seen before: a large report repeats a few rule ids,
 * section names and messages thousands of times. Holds at most JSON_MEMO_LIMIT texts.
 */
function jsonStringMemo(): (text: string | null) => string {
  const memo = new Map<string, string>();
  return (text) => {
    if (text === null) return 'null';
    let json = memo.get(text);
    if (json === undefined) {
      if (memo.size >= JSON_MEMO_LIMIT) memo.clear();
      json = JSON.stringify(text);
      memo.set(text, json);
    }
    return json;
  };
}
const JSON_MEMO_LIMIT = 4096;

/**
 * The report's diagnostics at `depth`, as `arrayChunks(diagnostics, depth, toJsonDiagnostic)` lays
 * them out, one chunk per ITEMS_PER_CHUNK. Diagnostics have a fixed shape (the keys of
 * toJsonDiagnostic, in its order; integers, a boolean and strings), so each is written from a
 * template with its strings escaped by JSON.stringify once per distinct text. At 54k findings this
 * took 70 ms against 97 ms for the native stringify of plain objects (and made no objects).
 */
function* diagnosticChunks(diagnostics: readonly Diagnostic[], depth: number): Generator<string> {
  if (diagnostics.length === 0) {
    yield '[]';
    return;
  }
  const quote = jsonStringMemo();
  const open = '  '.repeat(depth + 1) + '{';
  const key = '\n' + '  '.repeat(depth + 2);
  const close = '\n' + '  '.repeat(depth + 1) + '}';
  yield '[\n';
  for (let from = 0; from < diagnostics.length; from += ITEMS_PER_CHUNK) {
    const to = Math.min(diagnostics.length, from + ITEMS_PER_CHUNK);
    let text = '';
    for (let i = from; i < to; i++) {
      const d = diagnostics[i]!;
      text +=
        `${open}${key}"rule": ${quote(d.rule)},${key}"severity": ${quote(d.severity)},${key}"message": ${quote(d.message)},` +
        `${key}"line": ${d.line},${key}"column": ${d.column},` +
        `${key}"endLine": ${d.endLine},${key}"endColumn": ${d.endColumn},` +
        `${key}"section": ${quote(d.section)},${key}"fixable": ${d.fixable}${close}` +
        (i + 1 < diagnostics.length ? ',\n' : '\n');
    }
    yield text;
  }
  yield '  '.repeat(depth) + ']';
}

/**
 * The JSON report as text chunks, in order; joined they equal `renderJson(files, summary)`
 * (two-space indentation, a final newline). One chunk per ITEMS_PER_CHUNK diagnostics or links.
 */
export function* jsonChunks(files: FileReport[], summary: ReportSummary): Generator<string> {
  if (files.length === 0) {
    yield '{\n  "version": 1,\n  "files": [],\n';
  } else {
    yield '{\n  "version": 1,\n  "files": [\n';
    for (let f = 0; f < files.length; f++) {
      const file = files[f]!;
      yield `    {\n      "path": ${JSON.stringify(file.path)},\n      "diagnostics": `;
      yield* diagnosticChunks(file.diagnostics, 3);
      yield ',\n      "links": ';
      yield* arrayChunks(file.links, 3, toJsonLink);
      yield f + 1 < files.length ? '\n    },\n' : '\n    }\n';
    }
    yield '  ],\n';
  }
  yield `  "summary": ${nested(summary, 1)}\n}\n`;
}

export function renderJson(files: FileReport[], summary: ReportSummary): string {
  return JSON.stringify(buildJsonReport(files, summary), null, 2) + '\n';
}
