import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  lintSource
} from "./chunk-SINAV7QO.js";
import {
  detectLang
} from "./chunk-6UP4LFZW.js";

// src/core/fix.ts
var MAX_FIX_PASSES = 10;
function positionKey(fix) {
  return fix.edits.map((e) => `${e.start}:${e.end}`).join(",");
}
function sameEdits(a, b) {
  return a.edits.every((edit, i) => edit.text === b.edits[i].text);
}
function conflicts(a, b) {
  return a.start < b.end && b.start < a.end ? true : a.start === b.start;
}
function applyFixes(source, diagnostics) {
  const byPosition = /* @__PURE__ */ new Map();
  const candidates = [];
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
  candidates.sort((a, b) => a.start - b.start || a.order - b.order);
  const chosen = [];
  let skipped = 0;
  for (const candidate of candidates) {
    const previous = chosen[chosen.length - 1];
    if (previous && conflicts(previous, candidate)) skipped += candidate.count;
    else chosen.push(candidate);
  }
  const edits = chosen.flatMap((c) => [...c.fix.edits].sort((a, b) => a.start - b.start));
  const pieces = [];
  let cursor = 0;
  for (const edit of edits) {
    pieces.push(source.slice(cursor, edit.start), edit.text);
    cursor = edit.end;
  }
  pieces.push(source.slice(cursor));
  const applied = chosen.reduce((sum, c) => sum + c.count, 0);
  return { output: pieces.join(""), applied, skipped };
}
function fixSource(source, lintOptions) {
  const lang = !lintOptions.lang || lintOptions.lang === "auto" ? detectLang(source) : lintOptions.lang;
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
    diagnostics = [];
    diagnostics = lintSource(output, options).diagnostics;
  }
  return { output, passes, applied, diagnostics };
}

export {
  MAX_FIX_PASSES,
  applyFixes,
  fixSource
};
