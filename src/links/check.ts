// The link liveness engine's entry point: canonical URLs in, one LinkVerdict per unique URL out.
// Pipeline per URL: dedup by canonical URL → include/exclude and scheme filters → cache →
// pluggable host checkers (checkers/github.ts: GitHub repositories via GraphQL) → HTTP probe (HEAD, then GET when HEAD
// is refused or looks wrong) with retries → judge. Politeness lives in the scheduler.
import { setMaxListeners } from 'node:events';
import { Agent } from './http-client.js';
import { compileUserRegex, type LinksConfig } from '../core/options.js';
import type { LinkVerdict, PlainReasonKind } from '../core/types.js';
import { canonicalizeUrl } from '../core/url/canonicalize.js';
import type { LinkCache } from './cache.js';
import { addressChecker, guardedLookup } from './guard.js';
import { compileAccept, judge, toLinkVerdict, type AcceptRule, type Judgement } from './judge.js';
import { LinkCookies } from './cookies.js';
import { DEADLINE_DETAIL, HttpProber, hostKey, type Method, type ProbeOutcome } from './probe.js';
import { AbortHandle } from './abort.js';
import { afterRequestsWritten } from './event-loop.js';
import { backoffDelay, sleep } from './retry.js';
import { RequestScheduler } from './scheduler.js';
import { compileUserSignatures, PageSignatures } from './signatures.js';
import { HostStats } from './stats.js';

/** A checker for links an API can judge better than a page fetch (e.g. GitHub repositories). */
export interface HostChecker {
  name: string;
  matches(url: URL): boolean;
  /**
   * Verdicts keyed by the canonical URLs it was given. A URL left out of the map (or every URL,
   * when it throws) goes to the HTTP engine instead.
   */
  checkBatch(urls: string[]): Promise<Map<string, LinkVerdict>>;
}

export interface CheckLinksOptions {
  /** Sent only to https://github.com and https://api.github.com, and never after a cross-origin redirect. */
  githubToken?: string;
  /** Aborting rejects checkLinks with the signal's reason; results so far went to onResult. */
  signal?: AbortSignal;
  /** Called once per unique URL as soon as its verdict is known. */
  onResult?(verdict: LinkVerdict, done: number, total: number): void;
  /** Fresh `alive` entries are reused and every new check is recorded; saving is the caller's call. */
  cache?: LinkCache;
  checkers?: HostChecker[];
  /** Live per-host statistics (slowest hosts, pauses) for progress displays. */
  stats?: HostStats;
  /**
   * Read each alive HTML page's facts (title, publisher, publish day) on the request that judges it,
   * up to `links.factsBytes` of body: links are then fetched with GET instead of HEAD.
   */
  facts?: boolean;
  /** Addresses exempt from the private-address guard while `allowPrivateHosts` is false. */
  allowAddresses?: string[];
  /**
   * Milliseconds this run may spend checking links (overrides `links.budget`). When it runs out, links not
   * yet judged are settled as `skipped` with reason BUDGET_EXHAUSTED; none is dropped.
   */
  budgetMs?: number;
}

/** Reason of a link left unchecked because the run's time budget ran out. */
export const BUDGET_EXHAUSTED = 'budget-exhausted' satisfies PlainReasonKind;


interface CompiledFilters {
  include: RegExp[];
  exclude: RegExp[];
}

function compilePatterns(field: 'include' | 'exclude', sources: string[]): RegExp[] {
  return sources.map((source) => {
    try {
      return compileUserRegex(source);
    } catch (e) {
      throw new Error(`links.${field}: invalid regular expression "${source}" (${(e as Error).message})`);
    }
  });
}

/** The URL to check, parsed once, or why it is not checked. */
function skipReason(raw: string, canonical: string, filters: CompiledFilters): { reason: PlainReasonKind } | { parsed: URL } {
  let parsed: URL;
  try {
    parsed = new URL(canonical);
  } catch {
    return { reason: 'invalid-url' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { reason: 'unsupported-protocol' };
  const matches = (re: RegExp) => re.test(raw) || re.test(canonical);
  if (filters.exclude.some(matches)) return { reason: 'excluded' };
  if (filters.include.length > 0 && !filters.include.some(matches)) return { reason: 'not-included' };
  return { parsed };
}

function skipped(url: string, reason: PlainReasonKind): LinkVerdict {
  return { url, verdict: 'skipped', status: null, reason: { kind: reason }, ms: 0, checkedAt: new Date().toISOString() };
}

/** The global cap when `links.concurrency` is unset: no run waits on it below the per-host limits. */
export const MAX_DEFAULT_CONCURRENCY = 128;

/**
 * Requests in flight at once over all hosts when the config leaves it unset: every host at its
 * per-host limit (`perHost` × `hosts`, the number of distinct hosts to check), at most 128 and at
 * least 1.
 */
export function defaultConcurrency(perHost: number, hosts: number): number {
  return Math.max(1, Math.min(MAX_DEFAULT_CONCURRENCY, perHost * hosts));
}

/** Checks every unique (canonical) URL once; the map is keyed by canonical URL, in first-seen order. */
export async function checkLinks(urls: Iterable<string>, config: LinksConfig, options: CheckLinksOptions = {}): Promise<Map<string, LinkVerdict>> {
  const filters = { include: compilePatterns('include', config.include), exclude: compilePatterns('exclude', config.exclude) };
  const signatures = new PageSignatures(compileUserSignatures(config.signatures));
  const accept = compileAccept(config.accept);

  const firstRaw = new Map<string, string>();
  for (const raw of urls) {
    const canonical = canonicalizeUrl(raw.trim());
    if (!firstRaw.has(canonical)) firstRaw.set(canonical, raw.trim());
  }
  const total = firstRaw.size;
  const results = new Map<string, LinkVerdict>();
  const settle = (v: LinkVerdict) => {
    if (options.signal?.aborted) return;
    results.set(v.url, v);
    options.cache?.record(v);
    options.onResult?.(v, results.size, total);
  };

  const toCheck: string[] = [];
  const parsedToCheck: URL[] = [];
  for (const [canonical, raw] of firstRaw) {
    const skip = skipReason(raw, canonical, filters);
    if ('reason' in skip) {
      settle(skipped(canonical, skip.reason));
      continue;
    }
    const cached = options.cache?.fresh(canonical, config.cacheTtl, Date.now(), { needFacts: wantsFacts(config, options) });
    if (cached) settle(cached);
    else {
      toCheck.push(canonical);
      parsedToCheck.push(skip.parsed);
    }
  }

  const budgetMs = options.budgetMs ?? config.budget;
  const budget = new AbortController();
  // The engine and each checker batch listen to the run budget (and to the caller's signal); links do not
  // (LinkDeadlines). However many batches there are, Node's MaxListenersExceededWarning must not reach stderr.
  setMaxListeners(0, budget.signal);
  if (options.signal) setMaxListeners(0, options.signal);
  const budgetTimer = budgetMs === undefined ? undefined : setTimeout(() => budget.abort(new Error(BUDGET_EXHAUSTED)), budgetMs);
  budgetTimer?.unref?.();
  const hosts = new Set(parsedToCheck.map(hostKey)).size;
  const concurrency = config.concurrency ?? defaultConcurrency(config.perHost, hosts);
  // Hosts that asked (in an earlier run) not to be requested yet are left alone by the prober.
  const engine = new HttpEngine(config, concurrency, signatures, accept, options, budget.signal, options.cache?.rateLimitedHosts());
  try {
    const byChecker = new Map<HostChecker, string[]>();
    const forHttp: [string, URL][] = [];
    for (const [i, url] of toCheck.entries()) {
      const parsed = parsedToCheck[i]!;
      const checker = options.checkers?.find((c) => c.matches(parsed));
      if (!checker) forHttp.push([url, parsed]);
      else if (byChecker.has(checker)) byChecker.get(checker)!.push(url);
      else byChecker.set(checker, [url]);
    }
    const viaHttp = (url: string, parsed?: URL) => engine.check(url, parsed).then(settle);
    const viaChecker = async (checker: HostChecker, batch: string[]) => {
      let verdicts: Map<string, LinkVerdict>;
      try {
        verdicts = await Promise.race([checker.checkBatch(batch), budgetExhausted(budget.signal)]);
      } catch {
        verdicts = new Map();
      }
      options.signal?.throwIfAborted();
      await Promise.all(
        batch.map((url) => {
          const v = verdicts.get(url);
          return v ? settle({ ...v, url }) : viaHttp(url);
        }),
      );
    };
    // Links are set up in order while the scheduler still has a free slot (it grants slots as links
    // arrive); those requests are written before the links that will wait are set up (about 15 µs each
    // on a cold run, 15 ms per 1000 links that the first requests waited for). Slots go in the same order.
    const firstChecks = [...byChecker].map(([checker, batch]) => viaChecker(checker, batch));
    let next = 0;
    while (next < forHttp.length && engine.hasFreeSlot) {
      const [url, parsed] = forHttp[next++]!;
      firstChecks.push(viaHttp(url, parsed));
    }
    const first = Promise.all(firstChecks);
    // Rejections are awaited below; marked handled so one during the wait is not an unhandled rejection.
    first.catch(() => undefined);
    if (next < forHttp.length) await afterRequestsWritten();
    await Promise.all([first, ...forHttp.slice(next).map(([url, parsed]) => viaHttp(url, parsed))]);
  } finally {
    clearTimeout(budgetTimer);
    engine.close();
  }
  options.signal?.throwIfAborted();
  return new Map([...firstRaw.keys()].map((url) => [url, results.get(url)!]));
}

function budgetExhausted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    else signal.addEventListener('abort', () => reject(signal.reason), { once: true });
  });
}

/**
 * One link's deadline: armed when its first request starts (time queued behind politeness limits before
 * that does not count), it covers every later hop, fallback, back-off and retry. Aborts with the run budget
 * and with the caller's signal (then with that signal's reason), through `LinkDeadlines`.
 */
class LinkDeadline extends AbortHandle {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ms: number,
    private readonly budget: AbortSignal,
  ) {
    super();
  }

  arm(): void {
    if (this.timer !== undefined || this.aborted) return;
    this.timer = setTimeout(() => this.abort(new Error(DEADLINE_DETAIL)), this.ms);
  }

  get budgetExhausted(): boolean {
    return this.budget.aborted;
  }

  dispose(): void {
    clearTimeout(this.timer);
  }
}

/**
 * The deadlines of the links being checked. One listener on the run budget and one on the caller's
 * signal abort them all (and so every request of theirs, queued or in flight): a listener per link
 * would make each addition and removal walk thousands of others (EventTarget keeps a list), quadratic
 * in the number of links.
 */
class LinkDeadlines {
  private readonly live = new Set<LinkDeadline>();

  constructor(
    private readonly budget: AbortSignal,
    private readonly signal: AbortSignal | undefined,
  ) {
    budget.addEventListener('abort', () => this.abortAll(budget.reason), { once: true });
    signal?.addEventListener('abort', () => this.abortAll(signal.reason), { once: true });
  }

  /** A deadline of `ms` milliseconds once armed; already aborted when the run is over. */
  open(ms: number): LinkDeadline {
    const deadline = new LinkDeadline(ms, this.budget);
    if (this.signal?.aborted) deadline.abort(this.signal.reason);
    else if (this.budget.aborted) deadline.abort(this.budget.reason);
    else this.live.add(deadline);
    return deadline;
  }

  close(deadline: LinkDeadline): void {
    deadline.dispose();
    this.live.delete(deadline);
  }

  private abortAll(reason: unknown): void {
    for (const deadline of this.live) deadline.abort(reason);
    this.live.clear();
  }
}

const HEAD_SUFFICES = new Set(['alive', 'redirected']);

function wantsFacts(config: LinksConfig, options: CheckLinksOptions): boolean {
  return options.facts === true && config.factsBytes > 0;
}

class HttpEngine {
  private readonly agent: Agent;
  private readonly scheduler: RequestScheduler;
  private readonly prober: HttpProber;
  private readonly deadlines: LinkDeadlines;

  constructor(
    private readonly config: LinksConfig,
    concurrency: number,
    private readonly signatures: PageSignatures,
    private readonly accept: AcceptRule,
    private readonly options: CheckLinksOptions,
    private readonly budget: AbortSignal,
    rateLimitedHosts?: ReadonlyMap<string, number>,
  ) {
    const mayConnect = addressChecker({ allowPrivateHosts: config.allowPrivateHosts, allowAddresses: options.allowAddresses });
    this.agent = new Agent({
      connections: config.perHost,
      connect: { lookup: guardedLookup(config.resolve, mayConnect), timeout: Math.min(config.timeout, 10_000) },
      headersTimeout: config.timeout,
      bodyTimeout: config.timeout,
    });
    this.scheduler = new RequestScheduler({ concurrency, perHost: config.perHost, intervalMs: config.interval }, options.stats);
    this.deadlines = new LinkDeadlines(budget, options.signal);
    this.prober = new HttpProber({
      agent: this.agent,
      scheduler: this.scheduler,
      signatures,
      mayConnect,
      headers: config.headers,
      githubToken: options.githubToken,
      timeoutMs: config.timeout,
      retryAfterCapMs: config.retryAfterCap,
      ...(rateLimitedHosts ? { rateLimitedHosts } : {}),
      factsBytes: wantsFacts(config, options) ? config.factsBytes : 0,
      signal: options.signal,
    });
  }

  /** `parsed`: `url` already parsed, when the caller has it. */
  async check(url: string, parsed?: URL): Promise<LinkVerdict> {
    const deadline = this.deadlines.open(this.config.deadline ?? 2 * this.config.timeout);
    try {
      return await this.checkWithin(url, parsed ?? new URL(url), deadline);
    } finally {
      this.deadlines.close(deadline);
    }
  }

  private async checkWithin(url: string, parsed: URL, deadline: LinkDeadline): Promise<LinkVerdict> {
    const started = Date.now();
    const host = hostKey(parsed);
    // Facts come from the body, so a page whose facts are wanted is fetched with GET at once.
    let method: Method = this.signatures.needsBody(host) || wantsFacts(this.config, this.options) ? 'GET' : 'HEAD';
    let headStatus: number | null = null;
    let attempt = 0;
    let judgement: Judgement;
    // One jar per link check, in memory: never shared with another link or host.
    const cookies = new LinkCookies();
    let outcome: ProbeOutcome;
    for (;;) {
      if (deadline.budgetExhausted) return skipped(url, BUDGET_EXHAUSTED);
      try {
        outcome = await this.prober.follow(parsed, method, cookies, deadline);
      } catch (error) {
        // Stopped while queued: the run is over (its own signal), or out of budget, or out of time.
        if (this.options.signal?.aborted || !deadline.aborted) throw error;
        if (deadline.budgetExhausted) return skipped(url, BUDGET_EXHAUSTED);
        outcome = { kind: 'failure' as const, method, url, hops: [], failure: 'timeout' as const, detail: DEADLINE_DETAIL };
      }
      if (deadline.budgetExhausted && outcome.kind === 'failure' && outcome.detail === DEADLINE_DETAIL) return skipped(url, BUDGET_EXHAUSTED);
      judgement = judge(outcome, this.signatures, this.accept);
      if (deadline.aborted) break;
      if (method === 'HEAD' && !HEAD_SUFFICES.has(judgement.verdict) && !judgement.methodIndependent) {
        if (outcome.method === 'HEAD' && !judgement.retryable) headStatus = judgement.status;
        method = 'GET';
        if (!judgement.retryable) continue;
      }
      if (!judgement.retryable || attempt >= this.config.retries) break;
      attempt++;
      // A Retry-After already paused the whole host in the scheduler; otherwise back off here.
      if (judgement.retryAfterMs === null) {
        try {
          await sleep(backoffDelay(attempt), deadline);
        } catch (error) {
          if (this.options.signal?.aborted) throw error;
          if (deadline.budgetExhausted) return skipped(url, BUDGET_EXHAUSTED);
          break;
        }
      }
    }
    // Stopped by the deadline while another attempt was still due: say so, rather than the last attempt's reason.
    if (deadline.aborted && judgement.retryable) judgement = { ...judgement, reason: { kind: 'deadline' } };
    if (headStatus !== null && HEAD_SUFFICES.has(judgement.verdict)) this.prober.headlessHosts.add(host);
    const verdict = toLinkVerdict(url, judgement, Date.now() - started, new Date());
    if (HEAD_SUFFICES.has(verdict.verdict) && outcome.kind === 'response' && outcome.facts) verdict.facts = outcome.facts;
    return verdict;
  }

  /** True while the scheduler would start one more request at once. */
  get hasFreeSlot(): boolean {
    return this.scheduler.hasFreeSlot;
  }

  /**
   * Ends the engine once no request is left: clears the scheduler's timers and destroys the keep-alive
   * sockets. Their 'close' events are not waited for (that only delayed the verdicts by a few ms); no
   * socket is left to keep the process alive.
   */
  close(): void {
    this.scheduler.dispose();
    this.agent.destroy().catch(() => undefined);
  }
}
