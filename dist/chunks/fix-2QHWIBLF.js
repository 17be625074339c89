import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  countOf,
  escapeWorkflowValue
} from "./chunk-3YHGK74L.js";
import {
  loadInputs,
  resolveLang
} from "./chunk-CLBKDXLO.js";
import {
  EXIT_FINDINGS,
  EXIT_OK,
  InputError
} from "./chunk-ZVD4DUZX.js";
import {
  lintSource
} from "./chunk-FERNT3OZ.js";
import "./chunk-3Z7GGO6U.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import "./chunk-FO5PYSXK.js";
import "./chunk-J2765Y67.js";
import {
  detectLang,
  format
} from "./chunk-DIFKNW75.js";
import {
  createTwoFilesPatch
} from "./chunk-OABLC2TR.js";
import "./chunk-3Y2NLIWH.js";

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

// src/io/write-target.ts
import { constants } from "node:fs";
import { access, lstat, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve } from "node:path";
function isInside(root, absolute) {
  const rel = relative(root, absolute);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
async function resolveWriteTarget(path, root = process.cwd()) {
  let target = resolve(path);
  try {
    if ((await lstat(target)).isSymbolicLink()) {
      target = await realpath(target);
      if (!isInside(await realpath(root), target)) {
        throw new InputError(`${path}: a symbolic link to a file outside ${resolve(root)}; not writing through it`);
      }
    }
    const info = await stat(target);
    if (!info.isFile()) throw new InputError(`${path}: not a regular file; not changed`);
    if ((info.mode & 146) === 0) throw new InputError(`${path}: read-only file; not changed`);
    await access(target, constants.W_OK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error.code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") throw new InputError(`${path}: not writable (${code}); not changed`);
    if (code === "ENOENT") throw new InputError(`${path}: no such file (or a broken symbolic link)`);
    throw new InputError(`${path}: cannot write (${code ?? "unknown error"})`);
  }
  return target;
}

// src/report/bounded-diff.ts
function lines(text) {
  return text.split("\n");
}
function lineEditLowerBound(before, after) {
  const counts = /* @__PURE__ */ new Map();
  for (const line of lines(before)) counts.set(line, (counts.get(line) ?? 0) + 1);
  let inserted = 0;
  for (const line of lines(after)) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else inserted++;
  }
  let deleted = 0;
  for (const left of counts.values()) deleted += left;
  return inserted + deleted;
}
function boundedUnifiedDiff(path, before, after, maxEdits, context = 1) {
  if (lineEditLowerBound(before, after) > maxEdits) return null;
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, "", "", { context, maxEditLength: maxEdits }) ?? null;
}

// src/cli/fix.ts
var MAX_DIFF_EDIT_LENGTH = 500;
function dryRunDiff(path, before, after) {
  return boundedUnifiedDiff(path, before, after, MAX_DIFF_EDIT_LENGTH);
}
var FIX_TEXT = {
  nothing: { en: "{path}: nothing to fix", zh: "{path}\uFF1A\u6CA1\u6709\u53EF\u81EA\u52A8\u4FEE\u590D\u7684\u95EE\u9898" },
  applied: { en: "{path}: applied {fixes}", zh: "{path}\uFF1A\u5DF2\u5E94\u7528 {fixes}" }
};
async function runFix(fileArgs, options) {
  const { config, files } = await loadInputs(fileArgs, options.config);
  const targets = /* @__PURE__ */ new Map();
  if (!options.dryRun) for (const file of files) targets.set(file.path, await resolveWriteTarget(file.path));
  let changedFiles = 0;
  for (const file of files) {
    const lang = resolveLang(file.source, config, options.lang);
    const result = fixSource(file.source, { config, lang, now: /* @__PURE__ */ new Date() });
    if (result.output === file.source) {
      process.stderr.write(`${format(FIX_TEXT.nothing, lang, { path: escapeWorkflowValue(file.path) })}
`);
      continue;
    }
    changedFiles++;
    if (options.dryRun) {
      const diff = dryRunDiff(file.path, file.source, result.output);
      if (diff !== null) process.stdout.write(diff);
      else process.stderr.write(`${escapeWorkflowValue(file.path)}: ${result.applied} fixes would change it; the diff is too large to show (over ${MAX_DIFF_EDIT_LENGTH} changed lines)
`);
    } else {
      await writeFileAtomic(targets.get(file.path), result.output);
      process.stderr.write(`${format(FIX_TEXT.applied, lang, { path: escapeWorkflowValue(file.path), fixes: countOf(result.applied, "fix", lang) })}
`);
    }
  }
  return options.dryRun && changedFiles > 0 ? EXIT_FINDINGS : EXIT_OK;
}
export {
  MAX_DIFF_EDIT_LENGTH,
  dryRunDiff,
  runFix
};
