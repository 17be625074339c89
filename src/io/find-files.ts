// Expands the `files` setting (paths or globs) into tracker paths, relative to a root directory.
// Literal paths are kept as given (so a missing file is reported, not silently skipped). picomatch is
// loaded only when a pattern may be a glob (the bundle requires it on first use: scripts/shims/picomatch.mjs).
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import picomatch from 'picomatch';

const SKIP_DIRS = new Set(['.git', 'node_modules']);

/**
 * Letters, digits, spaces and `_ . - ~ # % & = ; : , < >` in `/`-separated non-empty segments, not
 * starting with `./`: picomatch's glob syntax, `|` alternation, quotes, `$` and backslash escapes all
 * fall outside it. A fixed-seed property test (__tests__/io/find-files.test.ts) holds it to picomatch.
 */
const PLAIN_PATH = /^(?!\.\/)(?!.*\/\/)(?!.*\/$)[\p{L}\p{N}\p{M} _.\-~#%&=;:,<>/]+$/u;

/**
 * True when picomatch would match `pattern` only against the same string, so it is a literal path and
 * can be decided without loading picomatch (the common case: `README.md`).
 */
export function isPlainPath(pattern: string): boolean {
  return PLAIN_PATH.test(pattern);
}

/** True when picomatch reads `pattern` as a glob (`docs/*.md`); a plain path never is one. */
export function isGlobPattern(pattern: string): boolean {
  return !isPlainPath(pattern) && picomatch.scan(pattern).isGlob;
}

export function splitPatterns(input: string): string[] {
  return input
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter(Boolean);
}

async function walk(root: string, dir: string, out: string[]): Promise<void> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) await walk(root, join(dir, entry.name), out);
    } else if (entry.isFile()) {
      out.push(relative(root, join(dir, entry.name)).split('\\').join('/'));
    }
  }
}

/**
 * Every regular file under `root` (skipping .git and node_modules), as root-relative paths with `/`
 * separators, sorted. A root that cannot be read gives [] with `missingOk`, else the fs error is thrown.
 */
export async function listFiles(root: string, options: { missingOk?: boolean } = {}): Promise<string[]> {
  const all: string[] = [];
  try {
    await walk(root, root, all);
  } catch (error) {
    if (!options.missingOk) throw error;
  }
  return all.sort();
}

export async function findTrackerFiles(patterns: string[], root = '.'): Promise<string[]> {
  const literal = patterns.filter((p) => !isGlobPattern(p));
  const globs = patterns.filter(isGlobPattern);
  const found = new Set(literal);
  if (globs.length > 0) {
    const isMatch = picomatch(globs, { dot: false });
    for (const file of await listFiles(root)) if (isMatch(file)) found.add(file);
  }
  return [...found];
}
