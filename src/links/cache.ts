// Link cache (opt-in: `--cache PATH` / `links.cache`, the Action's `cache-path`): the verdict history the link
// engine receives and returns — JSON keyed by canonical URL with the last verdict and a short history.
// `alive` is reused within the TTL; everything else is re-checked. No I/O here: the faces store the text
// (src/io/link-cache-file.ts); parse and serialize turn it into a cache and back.
import { parseReasonCode, reasonCode } from '../core/reasons.js';
import type { LinkVerdict, PageFacts, Verdict } from '../core/types.js';

export const CACHE_VERSION = 1;
export const HISTORY_LIMIT = 10;

export interface CachedCheck {
  verdict: Verdict;
  status: number | null;
  checkedAt: string;
}

export interface CachedLink extends CachedCheck {
  /** The verdict's reason in its stable string form (reasonCode, src/core/reasons.ts). */
  reason: string;
  finalUrl?: string;
  /** A Retry-After beyond the cap: the host is not requested before this time (ISO 8601). */
  retryAt?: string;
  /** What the page said about itself when last read (alive pages only; `{}` when it said nothing). */
  facts?: PageFacts;
  /** Past checks, oldest first, the latest included; at most HISTORY_LIMIT. */
  history: CachedCheck[];
}

interface CacheFile {
  version: typeof CACHE_VERSION;
  links: Record<string, CachedLink>;
}

const VERDICTS = new Set<string>(['alive', 'redirected', 'dead', 'blocked', 'error', 'skipped']);
/** Clock skew tolerated between the runner that wrote an entry and this one. */
const MAX_CLOCK_SKEW_MS = 5 * 60_000;

/** A check with a known verdict and a parseable time that is not in the future (a forged "alive" could hide a dead link for ever). */
function isCheck(value: unknown, now: number): value is CachedCheck {
  const v = value as CachedCheck;
  if (typeof v !== 'object' || v === null || !VERDICTS.has(v.verdict) || (v.status !== null && typeof v.status !== 'number') || typeof v.checkedAt !== 'string') return false;
  const at = Date.parse(v.checkedAt);
  return !Number.isNaN(at) && at <= now + MAX_CLOCK_SKEW_MS;
}

function isCachedLink(value: unknown, now: number): value is CachedLink {
  const v = value as CachedLink;
  return (
    isCheck(v, now) &&
    typeof v.reason === 'string' &&
    parseReasonCode(v.reason) !== null &&
    Array.isArray(v.history) &&
    v.history.every((check) => isCheck(check, now)) &&
    (v.retryAt === undefined || (typeof v.retryAt === 'string' && !Number.isNaN(Date.parse(v.retryAt)))) &&
    (v.facts === undefined || isFacts(v.facts))
  );
}

const FACT_KEYS = new Set(['title', 'publisher', 'author', 'published']);

function isFacts(value: unknown): value is PageFacts {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.entries(value).every(([k, v]) => FACT_KEYS.has(k) && typeof v === 'string');
}

export interface LoadedCache {
  cache: LinkCache;
  /** Set when an existing file could not be used (it is then replaced on save). */
  warning?: string;
}

export class LinkCache {
  private constructor(
    readonly file: string,
    private readonly links: Map<string, CachedLink>,
  ) {}

  static empty(file: string): LinkCache {
    return new LinkCache(file, new Map());
  }

  /**
   * The cache a face stored as `text` (see serialize); `file` names it in warnings. Corrupt text is an empty
   * cache plus a warning; malformed or future-dated entries are dropped with a warning. No I/O.
   */
  static parse(text: string, file: string, now = Date.now()): LoadedCache {
    const corrupt = (why: string): LoadedCache => ({ cache: LinkCache.empty(file), warning: `link cache ${file} is ${why}; ignoring it` });
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      return corrupt('not valid JSON');
    }
    const parsed = data as Partial<CacheFile>;
    if (typeof parsed !== 'object' || parsed === null || parsed.version !== CACHE_VERSION || typeof parsed.links !== 'object' || parsed.links === null) {
      return corrupt(`not a version ${CACHE_VERSION} link cache`);
    }
    const links = new Map<string, CachedLink>();
    let dropped = 0;
    for (const [url, entry] of Object.entries(parsed.links)) {
      if (isCachedLink(entry, now)) links.set(url, entry);
      else dropped++;
    }
    const cache = new LinkCache(file, links);
    return dropped > 0 ? { cache, warning: `link cache ${file}: ignored ${dropped} malformed or future-dated entr${dropped === 1 ? 'y' : 'ies'}` } : { cache };
  }

  /** The cache as the text a face stores (compact JSON, URLs sorted): what parse reads back. */
  serialize(): string {
    const data: CacheFile = { version: CACHE_VERSION, links: Object.fromEntries([...this.links].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
    return JSON.stringify(data) + '\n';
  }

  /** Puts entries (canonical URL → entry, e.g. from the shards of one scan) in place of this cache's. */
  setEntries(entries: Iterable<[string, CachedLink]>): void {
    for (const [url, entry] of entries) this.links.set(url, entry);
  }

  get size(): number {
    return this.links.size;
  }

  /** Every entry, keyed by canonical URL (e.g. to merge the caches of sharded runs). */
  entries(): IterableIterator<[string, CachedLink]> {
    return this.links.entries();
  }

  get(url: string): CachedLink | undefined {
    return this.links.get(url);
  }

  /**
   * The cached verdict when it may be reused: `alive` and younger than `ttlMs` (and, with
   * `needFacts`, read for its page facts).
   */
  fresh(url: string, ttlMs: number, now = Date.now(), options: { needFacts?: boolean } = {}): LinkVerdict | undefined {
    const entry = this.links.get(url);
    if (!entry || entry.verdict !== 'alive') return undefined;
    if (options.needFacts && entry.facts === undefined) return undefined;
    const age = now - Date.parse(entry.checkedAt);
    if (age < 0 || age >= ttlMs) return undefined;
    const verdict: LinkVerdict = { url, verdict: entry.verdict, status: entry.status, reason: parseReasonCode(entry.reason)!, ms: 0, checkedAt: entry.checkedAt, fromCache: true };
    if (entry.finalUrl !== undefined) verdict.finalUrl = entry.finalUrl;
    if (entry.facts !== undefined) verdict.facts = entry.facts;
    return verdict;
  }

  /**
   * Hosts that asked (Retry-After beyond the cap) not to be requested before a time still in the
   * future: host name (lowercase) → epoch ms.
   */
  rateLimitedHosts(now = Date.now()): Map<string, number> {
    const hosts = new Map<string, number>();
    for (const [url, entry] of this.links) {
      const until = entry.retryAt === undefined ? NaN : Date.parse(entry.retryAt);
      if (!(until > now)) continue;
      let host: string;
      try {
        host = new URL(url).hostname.toLowerCase();
      } catch {
        continue;
      }
      hosts.set(host, Math.max(until, hosts.get(host) ?? 0));
    }
    return hosts;
  }

  /**
   * Stores a fresh check. Cached and skipped verdicts are not checks and are ignored, and so is a
   * `rate-limited` verdict given without a request (status null: the host was being left alone).
   */
  record(v: LinkVerdict): void {
    if (v.fromCache || v.verdict === 'skipped') return;
    if (v.reason.kind === 'rate-limited' && v.status === null) return;
    const check: CachedCheck = { verdict: v.verdict, status: v.status, checkedAt: v.checkedAt };
    const history = [...(this.links.get(v.url)?.history ?? []), check].slice(-HISTORY_LIMIT);
    const entry: CachedLink = { ...check, reason: reasonCode(v.reason), history };
    if (v.finalUrl !== undefined) entry.finalUrl = v.finalUrl;
    if (v.retryAt !== undefined) entry.retryAt = v.retryAt;
    if (v.facts !== undefined) entry.facts = v.facts;
    this.links.set(v.url, entry);
  }

  /** Drops the entries of URLs not in `keep` (canonical URLs still in some tracker); returns how many. */
  prune(keep: ReadonlySet<string>): number {
    let removed = 0;
    for (const url of this.links.keys()) {
      if (keep.has(url)) continue;
      this.links.delete(url);
      removed++;
    }
    return removed;
  }

  /** How many of the latest checks in a row were `dead` (0 when the last one was not). */
  consecutiveDead(url: string): number {
    const history = this.links.get(url)?.history ?? [];
    let n = 0;
    for (let i = history.length - 1; i >= 0 && history[i]!.verdict === 'dead'; i--) n++;
    return n;
  }

  /** True once a link has been dead in `times` consecutive checks. */
  confirmedDead(url: string, times: number): boolean {
    return this.consecutiveDead(url) >= times;
  }
}
