import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  reasonCode
} from "./chunk-YKJM4L77.js";

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
var DIAGNOSTIC_KEYS = ["rule", "severity", "message", "line", "column", "endLine", "endColumn", "section", "fixable"];
function diagnosticText(d, depth) {
  const pad = "  ".repeat(depth + 1);
  let text = "{";
  let first = true;
  for (const key of DIAGNOSTIC_KEYS) {
    const value = d[key];
    if (value === void 0) continue;
    text += (first ? "\n" : ",\n") + pad + '"' + key + '": ' + JSON.stringify(value);
    first = false;
  }
  return first ? "{}" : text + "\n" + "  ".repeat(depth) + "}";
}
function* arrayChunks(items, depth, render) {
  if (items.length === 0) {
    yield "[]";
    return;
  }
  const pad = "  ".repeat(depth + 1);
  yield "[\n";
  for (let i = 0; i < items.length; i++) yield pad + render(items[i]) + (i + 1 < items.length ? ",\n" : "\n");
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
      yield* arrayChunks(file.diagnostics, 3, (d) => diagnosticText(d, 4));
      yield ',\n      "links": ';
      yield* arrayChunks(file.links, 3, (link) => nested(toJsonLink(link), 4));
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
