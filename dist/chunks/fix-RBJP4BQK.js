import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  boundedUnifiedDiff
} from "./chunk-CGRJVDGS.js";
import {
  fixSource
} from "./chunk-LBCTDBDK.js";
import "./chunk-OABLC2TR.js";
import {
  loadInputs
} from "./chunk-X4HNGKKI.js";
import {
  resolveLang
} from "./chunk-OUU6IZDC.js";
import {
  EXIT_FINDINGS,
  EXIT_OK
} from "./chunk-N5X6FDBX.js";
import {
  countOf,
  escapeWorkflowValue
} from "./chunk-3ZQIIJZP.js";
import "./chunk-U7NIJQ6E.js";
import "./chunk-SJPTXLU4.js";
import "./chunk-4E3DD2WW.js";
import {
  InputError
} from "./chunk-THUT5NSP.js";
import "./chunk-LGMUIV7I.js";
import "./chunk-HQ7NPFUV.js";
import "./chunk-H2JFWDZP.js";
import "./chunk-UJCTKIJ6.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import "./chunk-ZITMHJVR.js";
import "./chunk-J2765Y67.js";
import {
  format
} from "./chunk-XT6RCXKS.js";
import "./chunk-3Y2NLIWH.js";

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
