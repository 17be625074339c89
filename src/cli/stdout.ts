// CLI face, output: writes a report, given as text chunks, to stdout. When stdout is a regular file or
// a character device that is not a terminal (`> report.json`, `> /dev/null`), the chunks are encoded
// into one reused buffer and written to file descriptor 1 directly; a pipe, socket or terminal goes
// through process.stdout, which waits for 'drain'.
import { fstatSync, writeSync } from 'node:fs';
import { isatty } from 'node:tty';
import { OutputError } from './errors.js';

const STDOUT_FD = 1;

/**
 * 16,384 UTF-16 code units. With report chunks of a few tens of thousands of characters (jsonChunks),
 * every block stays below V8's 128 KB limit for an ordinary heap object even as a two-byte string
 * (CJK section names), so the flat copy that write() makes of it is young garbage, swept at the next
 * scavenge. Blocks of 64 KB and more were large objects; those still alive at a scavenge moved to the
 * old generation's large-object space, which only a full collection empties. None came while the
 * report was written, and at 100k rows they added about 11 MB to the peak resident set.
 */
const WRITE_BLOCK_CHARS = 16_384;

/**
 * Bytes of the buffer that blocks are encoded into before a direct write: 64 KiB, room for a whole
 * block of WRITE_BLOCK_CHARS (at most 3 UTF-8 bytes per UTF-16 code unit). A longer block is
 * encoded and written in parts.
 */
const ENCODE_BUFFER_BYTES = 65_536;

/**
 * Writes text chunks to stdout in blocks of at least WRITE_BLOCK_CHARS code units (a large report is
 * never one string). Resolves when every byte is written or queued.
 *
 * - A regular file, or a character device that is not a terminal: each block is UTF-8 encoded into
 *   one reused 64 KiB buffer and written with fs.writeSync. In a stand-alone test on the bench
 *   machine, the blocks of a 17 MB report took 97–124 ms through process.stdout's writer (Writable,
 *   then a fresh Buffer per block) and 16–22 ms this way. Lone surrogates become U+FFFD, as
 *   Buffer.from makes them.
 * - Anything else (a pipe, a socket, a terminal): process.stdout, waiting for 'drain' whenever its
 *   buffer is full. stdout on a pipe is asynchronous in Node ("A note on process I/O"): without the
 *   wait, every block of a 17 MB report sat in the write queue at once, about 60 MB more resident at
 *   100k rows. Resolves early if stdout errors or closes (program.ts reports the error).
 *
 * Errors: OutputError (one line) when a direct write fails, e.g. ENOSPC on a full disk.
 */
export async function writeChunks(chunks: Iterable<string>): Promise<void> {
  if (isPlainOutputFile(STDOUT_FD)) writeChunksDirectly(STDOUT_FD, chunks);
  else await writeChunksToStream(process.stdout, chunks);
}

/**
 * True when `fd` is a regular file or a character device that is not a terminal: where a write
 * blocks until done, never returns EAGAIN, and no other writer's queue needs to be waited for.
 * False for pipes, sockets, terminals, and a descriptor fstat cannot read (closed: the stream
 * path then behaves as Node's process.stdout does).
 */
function isPlainOutputFile(fd: number): boolean {
  try {
    const info = fstatSync(fd);
    return info.isFile() || (info.isCharacterDevice() && !isatty(fd));
  } catch {
    return false;
  }
}

/**
 * Writes text chunks to the file descriptor `fd` (a regular file or a device where a write blocks
 * until done) as UTF-8, in blocks of at least WRITE_BLOCK_CHARS code units, through one reused
 * 64 KiB buffer; a longer block is encoded and written in parts, never splitting a surrogate pair.
 * Errors: OutputError when a write fails.
 */
export function writeChunksDirectly(fd: number, chunks: Iterable<string>): void {
  const encoder = new TextEncoder();
  const buffer = new Uint8Array(ENCODE_BUFFER_BYTES);
  const writeBlock = (block: string): void => {
    let rest = block;
    while (rest.length > 0) {
      const { read, written } = encoder.encodeInto(rest, buffer);
      writeAll(fd, buffer, written);
      rest = read < rest.length ? rest.slice(read) : '';
    }
  };
  for (const block of blocksOf(chunks)) writeBlock(block);
}

/** The chunks joined into blocks of at least WRITE_BLOCK_CHARS code units, and the shorter rest. */
function* blocksOf(chunks: Iterable<string>): Generator<string> {
  let block = '';
  for (const chunk of chunks) {
    block += chunk;
    if (block.length >= WRITE_BLOCK_CHARS) {
      yield block;
      block = '';
    }
  }
  if (block) yield block;
}

/** Writes bytes[0, length) to fd, looping over short writes. Errors: OutputError. */
function writeAll(fd: number, bytes: Uint8Array, length: number): void {
  let offset = 0;
  while (offset < length) {
    try {
      offset += writeSync(fd, bytes, offset, length - offset);
    } catch (error) {
      throw outputErrorOf(error);
    }
  }
}

/** The one-line OutputError for a failed write to stdout (a Node system error such as ENOSPC). */
export function outputErrorOf(error: unknown): OutputError {
  const { code, message } = error as NodeJS.ErrnoException;
  // Node's system errors read "ENOSPC: no space left on device, write": keep the middle.
  const reason = /^[A-Z]+: (.+?)(?:, \w+)?$/.exec(message)?.[1];
  return new OutputError(`stdout: cannot write the output (${reason ? `${reason}, ` : ''}${code ?? 'unknown error'})`);
}

async function writeChunksToStream(out: NodeJS.WriteStream, chunks: Iterable<string>): Promise<void> {
  for (const block of blocksOf(chunks)) if (!out.write(block)) await drained(out);
}

function drained(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      stream.off('drain', done).off('error', done).off('close', done);
      resolve();
    };
    stream.on('drain', done).on('error', done).on('close', done);
  });
}
