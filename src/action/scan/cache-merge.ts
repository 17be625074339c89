// Scheduled scan › cache merge: the merge job folds the shards' cache entries (each shard's URLs with their
// verdict history) into the restored cache file, so confirmation counts the same history a single run would.
// LinkCache has no way to import entries, so the file is rewritten (atomically) and then loaded again.
import { readFile } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../../io/write-atomic.js';
import { CACHE_VERSION, LinkCache, type CachedLink, type LoadedCache } from '../../links/cache.js';

async function existingLinks(file: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return {};
  }
  try {
    const data = JSON.parse(text) as { version?: unknown; links?: unknown };
    if (data.version === CACHE_VERSION && typeof data.links === 'object' && data.links !== null) return data.links as Record<string, unknown>;
  } catch {
    // A corrupt cache is replaced; LinkCache.load reports it when it is read directly.
  }
  return {};
}

/** Overlays `entries` (canonical URL → entry) onto the cache file, keeps only the URLs in `keep`, then loads it. */
export async function mergeIntoCacheFile(file: string, entries: ReadonlyMap<string, CachedLink>, keep?: ReadonlySet<string>): Promise<LoadedCache> {
  const links = await existingLinks(file);
  for (const [url, entry] of entries) links[url] = entry;
  if (keep) for (const url of Object.keys(links)) if (!keep.has(url)) delete links[url];
  const sorted = Object.fromEntries(Object.entries(links).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  await mkdir(dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify({ version: CACHE_VERSION, links: sorted }) + '\n');
  return LinkCache.load(file);
}
