// Scheduled scan › report files: where a shard writes its report, and which files `merge-reports` names
// (a glob, relative to the workspace or absolute, e.g. `${{ runner.temp }}/shards/*.json`).
import { readdir } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';

export function shardReportName(index: number, count: number): string {
  return `tracker-bot-shard-${index}-of-${count}.json`;
}

async function walk(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '.git' && entry.name !== 'node_modules') await walk(full, out);
    } else if (entry.isFile()) {
      out.push(full);
    }
  }
}

/** Absolute paths of the files matching a glob (or a literal path), sorted. */
export async function expandReportGlob(pattern: string, cwd: string): Promise<string[]> {
  const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
  const scan = picomatch.scan(absolute);
  if (!scan.isGlob) return [absolute];
  const base = scan.base === '' ? '/' : scan.base;
  const isMatch = picomatch(scan.glob, { dot: true });
  const files: string[] = [];
  await walk(base, files);
  return files.filter((file) => isMatch(relative(base, file).split('\\').join('/'))).sort();
}
