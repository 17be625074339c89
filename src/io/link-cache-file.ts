// Storage adapter › link cache file: where the faces keep the link engine's cache (`cache-path`, `--cache`).
// The engine receives a LinkCache (its verdict history) and returns it updated; reading and writing the file
// (atomically, creating its folder) happens here, at the edge.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { LinkCache, type LoadedCache } from '../links/cache.js';
import { writeFileAtomic } from './write-atomic.js';

/**
 * The cache stored at `file`: a missing file is an empty cache; an unreadable or corrupt one is an empty
 * cache plus a one-line warning (it is replaced on the next write). Never throws for the file's content.
 */
export async function readLinkCacheFile(file: string, now = Date.now()): Promise<LoadedCache> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { cache: LinkCache.empty(file) };
    return { cache: LinkCache.empty(file), warning: `link cache ${file} could not be read (${code ?? (error as Error).message}); starting empty` };
  }
  return LinkCache.parse(text, file, now);
}

/** Writes the cache to `file` atomically, creating its folder. Throws a one-line Error naming the file. */
export async function writeLinkCacheFile(cache: LinkCache, file: string): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, cache.serialize());
  } catch (error) {
    throw new Error(`could not write link cache ${file}: ${(error as Error).message}`);
  }
}
