// Input adapter › workspace paths: a repository-relative path resolved inside a root (the Action's
// GITHUB_WORKSPACE), following symbolic links, refusing any path or link that leads out of the root.
import { realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from './read-tracker.js';

function isInside(root: string, absolute: string): boolean {
  const rel = relative(root, absolute);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Resolves a repository-relative path inside `root`, following symbolic links (realpath), and refuses one
 * that leads out of it: `../x`, an absolute path, or a link (the file or a folder on the way) that points
 * outside. A path that does not exist yet resolves as text, so the caller reports it as missing.
 * Throws InputError "<path>: outside the workspace".
 */
export async function workspacePath(root: string, path: string): Promise<string> {
  const base = resolve(root);
  const absolute = resolve(base, path);
  if (!isInside(base, absolute)) throw new InputError(`${path}: outside the workspace`);
  let real: string;
  try {
    real = realpathSync.native(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return absolute;
    throw error;
  }
  if (!isInside(realpathSync.native(base), real)) throw new InputError(`${path}: a symbolic link that leads outside the workspace; refusing to read it`);
  return real;
}
