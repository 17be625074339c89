// One link's HTTP conversation: a request per hop through the scheduler (politeness) and the
// shared undici Agent (one pool per origin, guarded lookup), redirects followed by hand up to
// MAX_REDIRECTS, at most MAX_BODY_BYTES of decoded body read (body.ts undoes gzip/deflate/br and
// the charset), and for alive HTML pages their facts (read-facts.ts). Returns what happened;
// judge.ts decides what it means.
import type { PageFacts } from '../core/types.js';
import { AbortHandle, type AbortLike } from './abort.js';
import { readBodyText } from './body.js';
import { LinkCookies } from './cookies.js';
import type { Agent } from './http-client.js';
import { sendRequest } from './http-response.js';
import { ipLiteral, PRIVATE_ADDRESS_CODE, type AddressCheck } from './guard.js';
import { requestHeaders } from './headers.js';
import { retryAfterDelay } from './retry.js';
import type { RequestScheduler } from './scheduler.js';
import { HTML_TYPES, readFacts, type FactsHeaders } from './read-facts.js';
import type { PageSignal, PageSignatures } from './signatures.js';

export const MAX_REDIRECTS = 10;
/** Cap on the decoded (decompressed) body bytes read per response. */
export const MAX_BODY_BYTES = 256 * 1024;
/** Bodies we do not need are drained up to this size (keeping the connection), else the socket is dropped. */
const DRAIN_LIMIT_BYTES = 32 * 1024;

export type Method = 'HEAD' | 'GET';
export type ResponseHeaders = Record<string, string | string[] | undefined>;

export interface RedirectHop {
  url: string;
  status: number;
  location: string;
}

export type FailureKind =
  | 'timeout'
  | 'reset'
  | 'refused'
  | 'nxdomain'
  | 'dns'
  | 'tls'
  | 'private-address'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'unsupported-protocol'
  | 'network'
  /** Not sent: the host asked (Retry-After beyond retryAfterCap) not to be asked again before `retryAt`. */
  | 'rate-limited';

interface OutcomeBase {
  /** The method of the last request sent. */
  method: Method;
  /** The URL of the last hop. */
  url: string;
  hops: RedirectHop[];
}
export interface ResponseOutcome extends OutcomeBase {
  kind: 'response';
  status: number;
  headers: ResponseHeaders;
  /**
   * The page as text (Content-Encoding undone, charset decoded), at most MAX_BODY_BYTES of it;
   * undefined when not read (HEAD, redirects, non-text types, 2xx on hosts without signatures).
   */
  body?: string;
  /** What a 2xx HTML page says about itself, when facts were asked for (`factsBytes` > 0). */
  facts?: PageFacts;
  /** The host-wide pause this response asked for (429/503 with Retry-After), when within retryAfterCap. */
  retryAfterMs: number | null;
  /** When a 429/503 asked for longer than retryAfterCap: the time (epoch ms) it asked us to wait until. */
  retryAt?: number;
}
export interface FailureOutcome extends OutcomeBase {
  kind: 'failure';
  failure: FailureKind;
  detail: string;
  /** For 'rate-limited': when (epoch ms) the host may be asked again. */
  retryAt?: number;
}
export interface SignalOutcome extends OutcomeBase {
  kind: 'signal';
  signal: PageSignal;
}
export type ProbeOutcome = ResponseOutcome | FailureOutcome | SignalOutcome;

export interface ProberSettings {
  agent: Agent;
  scheduler: RequestScheduler;
  signatures: PageSignatures;
  mayConnect: AddressCheck;
  headers: Record<string, Record<string, string>>;
  githubToken?: string;
  timeoutMs: number;
  retryAfterCapMs: number;
  /** Hosts that asked (in an earlier run, through the cache) not to be requested before a time (epoch ms). */
  rateLimitedHosts?: ReadonlyMap<string, number>;
  /** Read up to this many decoded body bytes of 2xx HTML pages for their facts; 0 reads none. */
  factsBytes?: number;
  signal?: AbortSignal;
}

type ResponseHop = { kind: 'response'; method: Method; status: number; headers: ResponseHeaders; body?: string; facts?: PageFacts; retryAfterMs: number | null; retryAt?: number };
type HopResult = ResponseHop | { kind: 'failure'; method: Method; failure: FailureKind; detail: string; retryAt?: number };

/**
 * A hop's result as the link's outcome. Every HopResult is its request's own new object, so it gains
 * `url` and `hops` in place: copying it with an object spread cost about 15 µs per link while the code
 * is still cold (as it is for most of a CLI run), the same on every link.
 */
function asOutcome(hop: HopResult, url: string, hops: RedirectHop[]): ProbeOutcome {
  const outcome = hop as ProbeOutcome;
  outcome.url = url;
  outcome.hops = hops;
  return outcome;
}

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const TEXT_TYPES = /^(?:text\/|application\/(?:[\w.+-]*\+)?(?:json|xml|xhtml)|$)/i;
const TLS_CODES = /^(?:ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH|ERR_OSSL_)/;

export function hostKey(url: URL): string {
  return url.hostname.toLowerCase();
}

function errorCode(err: unknown): string {
  let e = err as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; e && depth < 4; depth++, e = e.cause as typeof e) {
    if (typeof e.code === 'string' && e.code !== 'UND_ERR_ABORTED') return e.code;
  }
  return '';
}

export function failureKind(err: unknown, timedOut: boolean): FailureKind {
  if (timedOut) return 'timeout';
  const code = errorCode(err);
  if (code === PRIVATE_ADDRESS_CODE) return 'private-address';
  if (code === 'ENOTFOUND') return 'nxdomain';
  if (code === 'EAI_AGAIN' || code === 'ESERVFAIL' || code === 'ETIMEOUT') return 'dns';
  if (/TIMEOUT/.test(code)) return 'timeout';
  if (code === 'ECONNREFUSED') return 'refused';
  if (['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED', 'ECONNABORTED'].includes(code)) return 'reset';
  if (TLS_CODES.test(code)) return 'tls';
  return 'network';
}

function firstHeader(headers: ResponseHeaders, name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * What follow() needs of a link's deadline: a signal, and a way to start its clock at the first request.
 * It must also abort when the prober's own `signal` does (with that signal's reason): then it is the
 * only one listened to while the link's requests wait and run.
 */
export interface HopDeadline extends AbortLike {
  arm(): void;
}

/** Failure detail of a hop cut short by its link's deadline. */
export const DEADLINE_DETAIL = 'deadline';

export class HttpProber {
  /** Hosts that refused HEAD (405/501, or non-2xx HEAD with a 2xx GET): GET them directly. */
  readonly headlessHosts = new Set<string>();

  /**
   * Hosts not to be requested before a time (epoch ms): they answered 429/503 with a Retry-After
   * beyond retryAfterCap. Waiting that long would stall the run, so their links are `blocked`.
   */
  readonly rateLimitedUntil: Map<string, number>;

  private readonly headerCache = new Map<string, Record<string, string>>();

  constructor(private readonly settings: ProberSettings) {
    this.rateLimitedUntil = new Map(settings.rateLimitedHosts ?? []);
  }

  /** The time (epoch ms) before which `host` must not be requested, or null. */
  private rateLimited(host: string): number | null {
    const until = this.rateLimitedUntil.get(host);
    return until !== undefined && until > Date.now() ? until : null;
  }

  private headersFor(url: URL, crossedOrigin: boolean): Record<string, string> {
    const key = `${url.protocol}//${url.hostname}|${crossedOrigin}`;
    let headers = this.headerCache.get(key);
    if (!headers) {
      headers = requestHeaders(url, { configured: this.settings.headers, githubToken: this.settings.githubToken, crossedOrigin });
      this.headerCache.set(key, headers);
    }
    return headers;
  }

  /**
   * Follows `start` to its final answer. `method` HEAD becomes GET on hosts known to need it.
   * `cookies` is the link check's own jar: cookies set along the chain are sent on later hops. `deadline`
   * (the link's, see check.ts) is armed by the first request and cuts any hop short: that hop fails as a
   * timeout with detail "deadline"; while still queued, the returned promise rejects. `start` may be
   * given already parsed (it is only read, never changed).
   */
  async follow(start: string | URL, method: Method, cookies: LinkCookies = new LinkCookies(), deadline?: HopDeadline): Promise<ProbeOutcome> {
    const hops: RedirectHop[] = [];
    let url = typeof start === 'string' ? new URL(start) : start;
    /** Each URL visited → the Cookie header it was sent with. */
    const seen = new Map<string, string>();
    let crossedOrigin = false;
    for (;;) {
      seen.set(url.href, cookies.header(url));
      const literal = ipLiteral(url.hostname);
      if (literal !== null && !this.settings.mayConnect(literal)) {
        return { kind: 'failure', method, url: url.href, hops, failure: 'private-address', detail: literal };
      }
      const hop = await this.request(url, method, crossedOrigin, cookies, deadline);
      if (hop.kind === 'failure') return asOutcome(hop, url.href, hops);
      const location = firstHeader(hop.headers, 'location');
      if (!REDIRECT_STATUSES.has(hop.status) || location === undefined) return asOutcome(hop, url.href, hops);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch {
        return { kind: 'failure', method: hop.method, url: url.href, hops, failure: 'bad-redirect', detail: location };
      }
      next.hash = '';
      hops.push({ url: url.href, status: hop.status, location: next.href });
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        return { kind: 'failure', method: hop.method, url: next.href, hops, failure: 'unsupported-protocol', detail: next.protocol };
      }
      const wall = this.settings.signatures.blockedRedirect(next);
      if (wall) return { kind: 'signal', method: hop.method, url: next.href, hops, signal: wall };
      // Back to a URL already visited: a loop, unless a cookie set since would change the request
      // (consent and session gates redirect to themselves with Set-Cookie).
      if (seen.get(next.href) === cookies.header(next)) return { kind: 'failure', method: hop.method, url: next.href, hops, failure: 'redirect-loop', detail: next.href };
      if (hops.length > MAX_REDIRECTS) {
        return { kind: 'failure', method: hop.method, url: next.href, hops, failure: 'too-many-redirects', detail: `${hops.length} redirects` };
      }
      if (next.origin !== url.origin) crossedOrigin = true;
      method = hop.method;
      url = next;
    }
  }

  private request(url: URL, preferred: Method, crossedOrigin: boolean, cookies: LinkCookies, deadline?: HopDeadline): Promise<HopResult> {
    const host = hostKey(url);
    const { scheduler, signal } = this.settings;
    const notSent = (until: number): HopResult => ({ kind: 'failure', method: preferred, failure: 'rate-limited', detail: new Date(until).toISOString(), retryAt: until });
    const before = this.rateLimited(host);
    if (before !== null) return Promise.resolve(notSent(before));
    const waitSignal = deadline ?? signal;
    // The method is chosen when the slot is granted, so a HEAD refusal learnt meanwhile applies;
    // so is a long Retry-After another link of the host received while this one waited.
    return scheduler.run(
      host,
      () => {
        const until = this.rateLimited(host);
        if (until !== null) return Promise.resolve(notSent(until));
        deadline?.arm();
        return this.send(url, preferred === 'HEAD' && this.headlessHosts.has(host) ? 'GET' : preferred, crossedOrigin, cookies, deadline);
      },
      waitSignal,
    );
  }

  private async send(url: URL, method: Method, crossedOrigin: boolean, cookies: LinkCookies, deadline?: AbortLike): Promise<HopResult> {
    const { agent, signatures, timeoutMs, signal } = this.settings;
    // What the request listens to (a plain AbortHandle, see abort.ts).
    const controller = new AbortHandle();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new Error('timeout'));
    }, timeoutMs);
    // A link's deadline also aborts with the run's signal (HopDeadline): one listener instead of two.
    const runSignal = deadline ? undefined : signal;
    const onAbort = () => controller.abort(signal?.reason);
    runSignal?.addEventListener('abort', onAbort, { once: true });
    const onDeadline = () => {
      timedOut = true;
      controller.abort(deadline?.reason);
    };
    if (deadline?.aborted) onDeadline();
    deadline?.addEventListener('abort', onDeadline, { once: true });
    try {
      let headers = this.headersFor(url, crossedOrigin);
      const jarCookies = cookies.isEmpty ? '' : cookies.header(url);
      if (jarCookies) headers = { ...headers, cookie: headers.cookie ? `${headers.cookie}; ${jarCookies}` : jarCookies };
      // undici closes the connection after every HEAD (for servers that send a body anyway), which
      // costs a connect (and TLS handshake) per link; keep it alive: undici still drops a socket on
      // which a stray body arrives, after the response it belongs to (see robustness.test.ts).
      const res = await sendRequest(agent, { origin: url.origin, path: url.pathname + url.search, method, headers, signal: controller, reset: false });
      const status = res.statusCode;
      const host = hostKey(url);
      const setCookie = res.headers['set-cookie'];
      if (setCookie !== undefined) await cookies.store(url, setCookie);
      if (method === 'HEAD' && (status === 405 || status === 501)) this.headlessHosts.add(host);
      // Pause the host before this request's slot is released, so no queued request slips through.
      // A wait beyond the cap is not waited for: the host is left alone until then.
      const asked = status === 429 || status === 503 ? retryAfterDelay(res.headers['retry-after']) : null;
      let retryAfterMs: number | null = null;
      let retryAt: number | undefined;
      if (asked !== null && asked > this.settings.retryAfterCapMs) {
        retryAt = Date.now() + asked;
        this.rateLimitedUntil.set(host, Math.max(retryAt, this.rateLimitedUntil.get(host) ?? 0));
      } else if (asked !== null) {
        retryAfterMs = asked;
        this.settings.scheduler.pauseHost(host, Date.now() + retryAfterMs);
      }
      const contentType = firstHeader(res.headers, 'content-type') ?? '';
      const isOk = status >= 200 && status < 300;
      const wantBody = method === 'GET' && !REDIRECT_STATUSES.has(status) && TEXT_TYPES.test(contentType) && (!isOk || signatures.needsBody(host));
      const factsBytes = this.settings.factsBytes ?? 0;
      let body: string | undefined;
      let facts: PageFacts | undefined;
      const contentEncoding = res.headers['content-encoding'];
      if (factsBytes > 0 && method === 'GET' && isOk && HTML_TYPES.test(contentType)) {
        const length = Number(firstHeader(res.headers, 'content-length') ?? NaN);
        const contentLength = Number.isSafeInteger(length) && length >= 0 ? length : undefined;
        // Built field by field, like the result below: no object spreads on the per-link path (see asOutcome).
        const headers: FactsHeaders = { contentType };
        if (contentEncoding) headers.contentEncoding = contentEncoding;
        if (contentLength !== undefined) headers.contentLength = contentLength;
        ({ body, facts } = await readFacts(res.body, headers, host, { factsBytes, keepBytes: wantBody ? MAX_BODY_BYTES : 0 }));
      } else if (wantBody) {
        body = (await readBodyText(res.body, { maxBytes: MAX_BODY_BYTES, contentType, ...(contentEncoding ? { contentEncoding } : {}) }))?.text;
      } else await res.body.dump({ limit: DRAIN_LIMIT_BYTES }).catch(() => undefined);
      const response: ResponseHop = { kind: 'response', method, status, headers: res.headers, body, retryAfterMs };
      if (facts) response.facts = facts;
      if (retryAt !== undefined) response.retryAt = retryAt;
      return response;
    } catch (err) {
      if (signal?.aborted) throw signal.reason;
      if (deadline?.aborted) return { kind: 'failure', method, failure: 'timeout', detail: DEADLINE_DETAIL };
      return { kind: 'failure', method, failure: failureKind(err, timedOut), detail: errorCode(err) || (err as Error).message };
    } finally {
      clearTimeout(timer);
      runSignal?.removeEventListener('abort', onAbort);
      deadline?.removeEventListener('abort', onDeadline);
    }
  }
}
