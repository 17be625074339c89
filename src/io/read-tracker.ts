// Input adapter: reads a tracker file for the core, refusing what is not a Markdown text file
// (missing, a directory, over the size cap, binary, not UTF-8) with a one-line InputError.
import { isUtf8 } from 'node:buffer';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';

export const MAX_TRACKER_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {
  override name = 'InputError';
}

/** Decide whether bytes are UTF-8 Markdown text; returns the decoded text or a reason. */
export function decodeTrackerBytes(bytes: Uint8Array, path: string): string {
  if (bytes.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes), expected Markdown text`);
  if (!isUtf8(bytes)) throw new InputError(`${path}: not valid UTF-8 text`);
  // toString keeps a BOM as U+FEFF, which the parser expects (and fix preserves).
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/**
 * Reads the tracker at `path` as text: rejects with a one-line InputError when it is missing, not a
 * regular file, over `maxBytes` (bytes), binary or not UTF-8. The file is read with synchronous
 * calls: a command reads its files one at a time anyway, and each asynchronous call waited for a
 * thread-pool round trip (a 2.3 MB tracker is read in 512 KB pieces), which left the main thread idle
 * for about 10 ms of a 0.4 s `check` on a 2-core machine.
 */
export async function readTrackerFile(path: string, maxBytes = MAX_TRACKER_BYTES): Promise<string> {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw readError(path, error);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a Markdown file`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > maxBytes) {
    const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new InputError(`${path}: file is ${mb(info.size)}, over the ${mb(maxBytes)} limit`);
  }
  let fd;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    // A file one may stat but not open (no read permission) is told apart here.
    throw readError(path, error);
  }
  try {
    return decodeTrackerBytes(readFileSync(fd), path);
  } finally {
    closeSync(fd);
  }
}

/** The one-line InputError for a failed stat or open of `path`. */
function readError(path: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(`${path}: no such file`);
  if (code === 'EACCES') return new InputError(`${path}: permission denied`);
  return new InputError(`${path}: cannot read (${code ?? 'unknown error'})`);
}
