// Output adapter › write target: where `fix` may write a tracker. A symbolic link is written through only
// when its real target lies inside the project root; a read-only file is refused. Checked before any write,
// so a refusal never leaves some files fixed and others not.
import { constants } from 'node:fs';
import { access, lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve } from 'node:path';
import { InputError } from './read-tracker.js';

function isInside(root: string, absolute: string): boolean {
  const rel = relative(root, absolute);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The real file a fix of `path` should replace (atomically, with writeFileAtomic): `path` itself, or the
 * target of the symbolic link `path` when that target is inside `root` (default: the working directory).
 * Throws InputError (one line) for a link leading outside `root`, a missing file, or a file nobody may write
 * (no write bit set, or access(W_OK) denied; root ignores access(), hence the mode check).
 */
export async function resolveWriteTarget(path: string, root = process.cwd()): Promise<string> {
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
    if ((info.mode & 0o222) === 0) throw new InputError(`${path}: read-only file; not changed`);
    await access(target, constants.W_OK);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new InputError(`${path}: not writable (${code}); not changed`);
    if (code === 'ENOENT') throw new InputError(`${path}: no such file (or a broken symbolic link)`);
    throw new InputError(`${path}: cannot write (${code ?? 'unknown error'})`);
  }
  return target;
}
