import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  requireChunkOnFirstUse
} from "./chunk-UJCTKIJ6.js";

// scripts/shims/picomatch.mjs
var load = requireChunkOnFirstUse("picomatch.cjs");
function picomatch(...args) {
  return load()(...args);
}
picomatch.scan = (...args) => load().scan(...args);

// src/io/find-files.ts
import { readdir } from "node:fs/promises";
import { join, relative } from "node:path";
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules"]);
var PLAIN_PATH = /^(?!\.\/)(?!.*\/\/)(?!.*\/$)[\p{L}\p{N}\p{M} _.\-~#%&=;:,<>/]+$/u;
function isPlainPath(pattern) {
  return PLAIN_PATH.test(pattern);
}
function isGlobPattern(pattern) {
  return !isPlainPath(pattern) && picomatch.scan(pattern).isGlob;
}
function splitPatterns(input) {
  return input.split(/[\n,]/).map((p) => p.trim()).filter(Boolean);
}
async function walk(root, dir, out) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(root, join(dir, entry.name), out);
    } else if (entry.isFile()) {
      out.push(relative(root, join(dir, entry.name)).split("\\").join("/"));
    }
  }
}
async function listFiles(root, options = {}) {
  const all = [];
  try {
    await walk(root, root, all);
  } catch (error) {
    if (!options.missingOk) throw error;
  }
  return all.sort();
}
async function findTrackerFiles(patterns, root = ".") {
  const literal = patterns.filter((p) => !isGlobPattern(p));
  const globs = patterns.filter(isGlobPattern);
  const found = new Set(literal);
  if (globs.length > 0) {
    const isMatch = picomatch(globs, { dot: false });
    for (const file of await listFiles(root)) if (isMatch(file)) found.add(file);
  }
  return [...found];
}

export {
  picomatch,
  isPlainPath,
  isGlobPattern,
  splitPatterns,
  listFiles,
  findTrackerFiles
};
