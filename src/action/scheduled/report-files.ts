// Scheduled scan › report files: where a shard writes its report, and which files `merge-reports` names
// (a glob, relative to the workspace or absolute, e.g. `${{ runner.temp }}/shards/*.json`).
import { isAbsolute, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { isPlainPath, listFiles } from '../../io/find-files.js';

export function shardReportName(index: number, count: number): string {
  return `tracker-bot-shard-${index}-of-${count}.json`;
}

/** Absolute paths of the files matching a glob (or a literal path), sorted. */
export async function expandReportGlob(pattern: string, cwd: string): Promise<string[]> {
  const absolute = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
  if (isPlainPath(absolute)) return [absolute];
  const scan = picomatch.scan(absolute);
  if (!scan.isGlob) return [absolute];
  const base = scan.base === '' ? '/' : scan.base;
  const isMatch = picomatch(scan.glob, { dot: true });
  return (await listFiles(base, { missingOk: true })).filter((file) => isMatch(file)).map((file) => join(base, file));
}
