// Application service: checks the links of analysed trackers with the link engine, handling the
// opt-in cache file (stored by src/io/link-cache-file.ts: load, warn on corruption, save atomically)
// and feeding a progress display.
import type { LinksConfig } from '../core/options.js';
import type { LinkOccurrence, LinkVerdict, Verdict } from '../core/types.js';
import { readLinkCacheFile, writeLinkCacheFile } from '../io/link-cache-file.js';
import { checkLinks, HostStats, type HostChecker, type LinkCache } from '../links/index.js';

/** What a progress display (the CLI's bar) receives while links are checked. */
export interface LinkProgress {
  start(total: number): void;
  update(done: number, counts: Record<Verdict, number>, slowestHost: string | null): void;
  stop(): void;
}

export interface CheckTrackerLinksOptions {
  /** Run budget in milliseconds; overrides `links.budget` (see checkLinks). */
  budgetMs?: number;
  progress?: LinkProgress;
  checkers?: HostChecker[];
  githubToken?: string;
  /** A cache already loaded by the caller; otherwise `links.cache` is loaded (and saved) here. */
  cache?: LinkCache;
  signal?: AbortSignal;
  /** Read alive pages' facts (for the page-facts rules and the JSON report); see CheckLinksOptions.facts. */
  facts?: boolean;
}

export interface CheckTrackerLinksResult {
  /** Keyed by canonical URL. */
  verdicts: Map<string, LinkVerdict>;
  /** One-line warnings for the user (e.g. a corrupt cache file that was ignored). */
  warnings: string[];
  cache?: LinkCache;
  stats: HostStats;
}

export async function checkTrackerLinks(
  occurrences: LinkOccurrence[],
  links: LinksConfig,
  options: CheckTrackerLinksOptions = {},
): Promise<CheckTrackerLinksResult> {
  const warnings: string[] = [];
  let cache = options.cache;
  const ownsCache = !cache && Boolean(links.cache);
  if (!cache && links.cache) {
    const loaded = await readLinkCacheFile(links.cache);
    if (loaded.warning) warnings.push(loaded.warning);
    cache = loaded.cache;
  }
  const stats = new HostStats();
  const counts: Record<Verdict, number> = { alive: 0, redirected: 0, dead: 0, blocked: 0, error: 0, skipped: 0 };
  const urls = occurrences.map((o) => o.url);
  const progress = options.progress;
  let started = false;
  try {
    const verdicts = await checkLinks(urls, links, {
      ...(options.githubToken ? { githubToken: options.githubToken } : {}),
      ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(cache ? { cache } : {}),
      ...(options.checkers ? { checkers: options.checkers } : {}),
      ...(options.facts ? { facts: true } : {}),
      stats,
      onResult(verdict, done, total) {
        if (!progress) return;
        if (!started) {
          progress.start(total);
          started = true;
        }
        counts[verdict.verdict]++;
        progress.update(done, counts, stats.slowestHosts(1)[0]?.host ?? null);
      },
    });
    if (cache && ownsCache && links.cache) await writeLinkCacheFile(cache, links.cache);
    return { verdicts, warnings, stats, ...(cache ? { cache } : {}) };
  } finally {
    if (started) progress?.stop();
  }
}
