// Scheduled scan › cache merge: the merge job folds the shards' cache entries (each shard's URLs with their
// verdict history) into the restored cache, so confirmation counts the same history a single run would, and
// stores it (src/io/link-cache-file.ts) pruned to the URLs still in the trackers.
import { readLinkCacheFile, writeLinkCacheFile } from '../../io/link-cache-file.js';
import type { CachedLink, LoadedCache } from '../../links/cache.js';

/**
 * Overlays `entries` (canonical URL → entry) onto the cache stored at `file`, keeps only the URLs in `keep`,
 * and writes it back. A corrupt stored cache is replaced without a warning (the shards' entries stand in for it).
 */
export async function mergeIntoCacheFile(file: string, entries: ReadonlyMap<string, CachedLink>, keep?: ReadonlySet<string>): Promise<LoadedCache> {
  const { cache } = await readLinkCacheFile(file);
  cache.setEntries(entries);
  if (keep) cache.prune(keep);
  await writeLinkCacheFile(cache, file);
  return { cache };
}
