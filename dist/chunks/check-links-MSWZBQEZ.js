import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import {
  HostStats,
  LinkCache,
  checkLinks
} from "./chunk-DKI4WGWP.js";
import "./chunk-XDNB6IDZ.js";
import "./chunk-FO5PYSXK.js";
import "./chunk-J2765Y67.js";
import "./chunk-DIFKNW75.js";
import "./chunk-3Y2NLIWH.js";

// src/io/link-cache-file.ts
import { mkdir, readFile } from "node:fs/promises";
import { dirname } from "node:path";
async function readLinkCacheFile(file, now = Date.now()) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { cache: LinkCache.empty(file) };
    return { cache: LinkCache.empty(file), warning: `link cache ${file} could not be read (${code ?? error.message}); starting empty` };
  }
  return LinkCache.parse(text, file, now);
}
async function writeLinkCacheFile(cache, file) {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFileAtomic(file, cache.serialize());
  } catch (error) {
    throw new Error(`could not write link cache ${file}: ${error.message}`);
  }
}

// src/app/check-links.ts
async function checkTrackerLinks(occurrences, links, options = {}) {
  const warnings = [];
  let cache = options.cache;
  const ownsCache = !cache && Boolean(links.cache);
  if (!cache && links.cache) {
    const loaded = await readLinkCacheFile(links.cache);
    if (loaded.warning) warnings.push(loaded.warning);
    cache = loaded.cache;
  }
  const stats = new HostStats();
  const counts = { alive: 0, redirected: 0, dead: 0, blocked: 0, error: 0, skipped: 0 };
  const urls = occurrences.map((o) => o.url);
  const progress = options.progress;
  let started = false;
  try {
    const verdicts = await checkLinks(urls, links, {
      ...options.githubToken ? { githubToken: options.githubToken } : {},
      ...options.budgetMs !== void 0 ? { budgetMs: options.budgetMs } : {},
      ...options.signal ? { signal: options.signal } : {},
      ...cache ? { cache } : {},
      ...options.checkers ? { checkers: options.checkers } : {},
      ...options.facts ? { facts: true } : {},
      stats,
      onResult(verdict, done, total) {
        if (!progress) return;
        if (!started) {
          progress.start(total);
          started = true;
        }
        counts[verdict.verdict]++;
        progress.update(done, counts, stats.slowestHosts(1)[0]?.host ?? null);
      }
    });
    if (cache && ownsCache && links.cache) await writeLinkCacheFile(cache, links.cache);
    return { verdicts, warnings, stats, ...cache ? { cache } : {} };
  } finally {
    if (started) progress?.stop();
  }
}
export {
  checkTrackerLinks
};
