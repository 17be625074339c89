import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  reasonCode
} from "./chunk-ZITMHJVR.js";

// src/report/json.ts
function toJsonLink(link) {
  return { ...link, reason: reasonCode(link.reason) };
}
function toJsonDiagnostic(d) {
  return {
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    section: d.section,
    fixable: d.fixable
  };
}
function buildJsonReport(files, summary) {
  return {
    version: 1,
    files: files.map((file) => ({ path: file.path, diagnostics: file.diagnostics.map(toJsonDiagnostic), links: file.links.map(toJsonLink) })),
    summary
  };
}
function nested(value, depth) {
  const text = JSON.stringify(value, null, 2);
  return text.indexOf("\n") === -1 ? text : text.replace(/\n/g, "\n" + "  ".repeat(depth));
}
var ITEMS_PER_CHUNK = 1024;
function* arrayChunks(items, depth, toJson) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  let open = "";
  let close = "";
  for (let level = 0; level <= depth; level++) {
    open += "  ".repeat(level) + "[\n";
    close = "\n" + "  ".repeat(level) + "]" + close;
  }
  yield "[\n";
  for (let from = 0; from < items.length; from += ITEMS_PER_CHUNK) {
    let wrapped = items.slice(from, from + ITEMS_PER_CHUNK).map(toJson);
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, 2);
    yield text.slice(open.length, text.length - close.length) + (from + ITEMS_PER_CHUNK < items.length ? ",\n" : "\n");
  }
  yield "  ".repeat(depth) + "]";
}
function* jsonChunks(files, summary) {
  if (files.length === 0) {
    yield '{\n  "version": 1,\n  "files": [],\n';
  } else {
    yield '{\n  "version": 1,\n  "files": [\n';
    for (let f = 0; f < files.length; f++) {
      const file = files[f];
      yield `    {
      "path": ${JSON.stringify(file.path)},
      "diagnostics": `;
      yield* arrayChunks(file.diagnostics, 3, toJsonDiagnostic);
      yield ',\n      "links": ';
      yield* arrayChunks(file.links, 3, toJsonLink);
      yield f + 1 < files.length ? "\n    },\n" : "\n    }\n";
    }
    yield "  ],\n";
  }
  yield `  "summary": ${nested(summary, 1)}
}
`;
}

export {
  buildJsonReport,
  jsonChunks
};
