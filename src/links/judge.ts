// Verdict rules: what a probe outcome means. Pure. Order: page signatures (walls, soft-404s) →
// configured `accept` → status class; then redirects: a chain that starts with 301/308 and ends
// alive is `redirected` (finalUrl = where the permanent hops lead), a temporary one stays `alive`.
import type { LinkVerdict, Reason, Verdict } from '../core/types.js';
import { valuesForHost } from './host-match.js';
import type { FailureKind, ProbeOutcome, RedirectHop } from './probe.js';
import type { PageSignatures } from './signatures.js';

export interface Judgement {
  verdict: Exclude<Verdict, 'skipped'> | 'skipped';
  reason: Reason;
  status: number | null;
  finalUrl?: string;
  /** Worth another attempt (5xx, 408, 429, timeouts, resets). */
  retryable: boolean;
  /** The host-wide pause the server asked for, already applied by the prober. */
  retryAfterMs: number | null;
  /** Another method would not change it (DNS, TLS, guard, walls seen in a redirect). */
  methodIndependent: boolean;
  /** `rate-limited` beyond retryAfterCap: when (epoch ms) the server asked to be asked again. */
  retryAt?: number;
}

export type AcceptRule = (hostname: string, status: number) => boolean;

type StatusList = (number | string)[];

function statusMatcher(list: StatusList): (status: number) => boolean {
  const ranges = list.map((entry) => {
    const [lo, hi] = String(entry).split('-').map(Number) as [number, number | undefined];
    return [lo, hi ?? lo] as const;
  });
  return (status) => ranges.some(([lo, hi]) => status >= lo && status <= hi);
}

/** `links.accept`: a global list, or host → list (host keys match subdomains too). */
export function compileAccept(accept: StatusList | Record<string, StatusList>): AcceptRule {
  if (Array.isArray(accept)) {
    const global = statusMatcher(accept);
    return (_host, status) => global(status);
  }
  const byHost = Object.fromEntries(Object.entries(accept).map(([host, list]) => [host, statusMatcher(list)]));
  return (hostname, status) => valuesForHost(byHost, hostname).some((matches) => matches(status));
}

const FAILURES: Record<FailureKind, { verdict: Judgement['verdict']; reason: Reason; retryable: boolean; methodIndependent: boolean }> = {
  timeout: { verdict: 'error', reason: { kind: 'timeout' }, retryable: true, methodIndependent: false },
  reset: { verdict: 'error', reason: { kind: 'connection-reset' }, retryable: true, methodIndependent: false },
  dns: { verdict: 'error', reason: { kind: 'dns-failure' }, retryable: true, methodIndependent: true },
  refused: { verdict: 'error', reason: { kind: 'connection-refused' }, retryable: false, methodIndependent: true },
  nxdomain: { verdict: 'dead', reason: { kind: 'dns-nxdomain' }, retryable: false, methodIndependent: true },
  tls: { verdict: 'error', reason: { kind: 'tls-error', detail: '' }, retryable: false, methodIndependent: true },
  'private-address': { verdict: 'skipped', reason: { kind: 'private-address' }, retryable: false, methodIndependent: true },
  'redirect-loop': { verdict: 'error', reason: { kind: 'redirect-loop' }, retryable: false, methodIndependent: false },
  'too-many-redirects': { verdict: 'error', reason: { kind: 'too-many-redirects' }, retryable: false, methodIndependent: false },
  'bad-redirect': { verdict: 'error', reason: { kind: 'bad-redirect' }, retryable: false, methodIndependent: false },
  'unsupported-protocol': { verdict: 'error', reason: { kind: 'redirect-to-unsupported-protocol' }, retryable: false, methodIndependent: true },
  network: { verdict: 'error', reason: { kind: 'network-error' }, retryable: false, methodIndependent: false },
  'rate-limited': { verdict: 'blocked', reason: { kind: 'rate-limited' }, retryable: false, methodIndependent: true },
};

const PERMANENT = new Set([301, 308]);

/** Where the leading run of permanent redirects leads, or null when the chain starts temporary. */
export function permanentTarget(hops: RedirectHop[]): string | null {
  let target: string | null = null;
  for (const hop of hops) {
    if (!PERMANENT.has(hop.status)) break;
    target = hop.location;
  }
  return target;
}

function statusVerdict(status: number): Pick<Judgement, 'verdict' | 'reason' | 'retryable'> {
  const reason: Reason = { kind: 'http-status', status };
  if (status >= 200 && status < 300) return { verdict: 'alive', reason, retryable: false };
  if (status === 404 || status === 410 || status === 451) return { verdict: 'dead', reason, retryable: false };
  if (status === 429) return { verdict: 'blocked', reason: { kind: 'rate-limited' }, retryable: true };
  if ([401, 403, 407, 412, 999].includes(status)) return { verdict: 'blocked', reason, retryable: false };
  if (status === 408) return { verdict: 'error', reason, retryable: true };
  if (status >= 500) return { verdict: 'error', reason, retryable: status !== 501 && status !== 505 };
  return { verdict: 'error', reason, retryable: false };
}

export function judge(outcome: ProbeOutcome, signatures: PageSignatures, accept: AcceptRule): Judgement {
  const finalUrl = outcome.hops.length > 0 ? outcome.url : undefined;
  if (outcome.kind === 'signal') {
    const last = outcome.hops[outcome.hops.length - 1];
    return { verdict: outcome.signal.verdict, reason: outcome.signal.reason, status: last?.status ?? null, finalUrl, retryable: false, retryAfterMs: null, methodIndependent: true };
  }
  if (outcome.kind === 'failure') {
    const f = FAILURES[outcome.failure];
    const reason: Reason =
      f.verdict === 'error' && outcome.failure === 'tls'
        ? { kind: 'tls-error', detail: String(outcome.detail) }
        : outcome.failure === 'timeout' && outcome.detail === 'deadline'
          ? { kind: 'deadline' }
          : f.reason;
    return { ...f, reason, status: null, finalUrl, retryAfterMs: null, ...(outcome.retryAt !== undefined ? { retryAt: outcome.retryAt } : {}) };
  }
  const { status } = outcome;
  if (outcome.retryAt !== undefined) {
    // Asked to come back later than we wait: blocked now, no retry, no other method.
    return { verdict: 'blocked', reason: { kind: 'rate-limited' }, status, finalUrl, retryable: false, retryAfterMs: null, methodIndependent: true, retryAt: outcome.retryAt };
  }
  const hostname = new URL(outcome.url).hostname;
  // Judgements of a response are built by `answered`, not with object spreads: a spread cost some
  // 15 µs per link while the code is still cold, as it is for most of a CLI run.
  const answered = (verdict: Judgement['verdict'], reason: Reason, retryable: boolean, to = finalUrl): Judgement => ({
    verdict,
    reason,
    status,
    finalUrl: to,
    retryable,
    retryAfterMs: outcome.retryAfterMs,
    methodIndependent: false,
  });
  const page = signatures.judge({ hostname, status, headers: outcome.headers, body: outcome.body });
  if (page && page.verdict !== 'alive') return answered(page.verdict, page.reason, false);
  const accepted = accept(hostname, status);
  const byStatus: Pick<Judgement, 'verdict' | 'reason' | 'retryable'> = accepted
    ? { verdict: 'alive', reason: { kind: 'accepted-status', status }, retryable: false }
    : statusVerdict(status);
  if (byStatus.verdict !== 'alive' || outcome.hops.length === 0) return answered(byStatus.verdict, byStatus.reason, byStatus.retryable);
  const movedTo = permanentTarget(outcome.hops);
  if (movedTo) return answered('redirected', { kind: 'moved', status: outcome.hops[0]!.status }, false, movedTo);
  const after = outcome.hops[0]!.status;
  const reason = byStatus.reason;
  return answered(byStatus.verdict, reason.kind === 'http-status' || reason.kind === 'accepted-status' ? { ...reason, afterRedirect: after } : reason, byStatus.retryable);
}

/** The reporters' view of a judgement. */
export function toLinkVerdict(url: string, j: Judgement, ms: number, checkedAt: Date): LinkVerdict {
  const verdict: LinkVerdict = { url, verdict: j.verdict, status: j.status, reason: j.reason, ms, checkedAt: checkedAt.toISOString() };
  if (j.finalUrl !== undefined) verdict.finalUrl = j.finalUrl;
  if (j.retryAt !== undefined) verdict.retryAt = new Date(j.retryAt).toISOString();
  return verdict;
}
