// The engine's surface: pluggable host checkers, progress callbacks, aborting, verdict summaries
// and the live host statistics the progress bar reads.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reasonCode } from '../../src/core/reasons.js';
import type { LinkVerdict } from '../../src/core/types.js';
import { checkLinks, HostStats, isProblem, summarizeVerdicts, type HostChecker } from '../../src/links/index.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const resolve = { 'github.com': '127.0.0.1' };

function repoChecker(answers: Record<string, LinkVerdict['verdict']>, calls: string[][]): HostChecker {
  return {
    name: 'github-repos',
    matches: (url) => url.hostname === 'github.com',
    async checkBatch(urls) {
      calls.push(urls);
      const out = new Map<string, LinkVerdict>();
      for (const url of urls) {
        const verdict = Object.entries(answers).find(([path]) => url.includes(path))?.[1];
        if (verdict) out.set(url, { url, verdict, status: null, reason: { kind: 'github-repo-missing' }, ms: 1, checkedAt: new Date().toISOString() });
      }
      return out;
    },
  };
}

describe('host checkers', () => {
  it('get their matching URLs in one batch; the rest and anything they leave out go over HTTP', async () => {
    const calls: string[][] = [];
    const urls = [server.url('/status/404?repo=gone', 'github.com'), server.url('/ok?repo=unknown', 'github.com'), server.url('/ok')];
    const results = await checkLinks(urls, loopbackConfig({ resolve }), { checkers: [repoChecker({ 'repo=gone': 'dead' }, calls)] });
    expect(calls).toEqual([[urls[0], urls[1]]]);
    expect([...results.values()].map((v) => [v.verdict, reasonCode(v.reason)])).toEqual([
      ['dead', 'github-repo-missing'],
      ['alive', 'http-200'],
      ['alive', 'http-200'],
    ]);
    expect(server.requests.map((r) => r.path)).not.toContain('/status/404?repo=gone');
  });

  it('a checker that throws hands its URLs to the HTTP engine', async () => {
    const failing: HostChecker = { name: 'broken', matches: () => true, checkBatch: () => Promise.reject(new Error('API down')) };
    const results = await checkLinks([server.url('/ok')], loopbackConfig(), { checkers: [failing] });
    expect([...results.values()][0]).toMatchObject({ verdict: 'alive' });
  });
});

describe('progress and aborting', () => {
  it('reports each unique URL once with a running count', async () => {
    const seen: [string, number, number][] = [];
    const urls = [server.url('/ok?a'), server.url('/ok?b'), server.url('/ok?a'), 'mailto:x@example.org'];
    await checkLinks(urls, loopbackConfig(), { onResult: (v, done, total) => seen.push([v.url, done, total]) });
    expect(seen.map(([, done, total]) => [done, total])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(new Set(seen.map(([url]) => url)).size).toBe(3);
  });

  it('aborting rejects with the reason and stops sending requests', async () => {
    // No answer comes during the test (a minute's delay, a long timeout), so exactly the first two
    // requests (perHost 2) are in flight when the abort comes, however slow the machine is: the abort
    // waits for the server to have them, not for a clock. Read after the rejection and a pause, the
    // count may only be short of a request the engine wrongly sent late, never over a correct one.
    const controller = new AbortController();
    const urls = Array.from({ length: 20 }, (_, i) => server.url(`/delay/60000?i=${i}`));
    const run = checkLinks(urls, loopbackConfig({ perHost: 2, timeout: '60s' }), { signal: controller.signal });
    while (server.requests.length < 2) await new Promise((r) => setTimeout(r, 5));
    controller.abort(new Error('stopped by user'));
    await expect(run).rejects.toThrow('stopped by user');
    await new Promise((r) => setTimeout(r, 300));
    expect(server.requests.map((request) => request.path).sort()).toEqual(['/delay/60000?i=0', '/delay/60000?i=1']);
  });
});

describe('summaries and stats', () => {
  it('counts verdicts; only dead (and redirected when asked) are problems', async () => {
    const urls = ['/ok', '/status/404', '/chain/301/1', '/status/403', '/status/500'].map((p) => server.url(p));
    const results = await checkLinks([...urls, 'ftp://example.org/x'], loopbackConfig({ retries: 0 }));
    const counts = summarizeVerdicts(results.values());
    expect(counts).toEqual({ alive: 1, dead: 1, redirected: 1, blocked: 1, error: 1, skipped: 1, total: 6, problems: 1, fromCache: 0 });
    expect(summarizeVerdicts(results.values(), { redirectedIsProblem: true }).problems).toBe(2);
    expect([...results.values()].filter((v) => isProblem(v)).map((v) => v.verdict)).toEqual(['dead']);
  });

  it('tracks hosts by latency for the progress bar', async () => {
    const stats = new HostStats();
    const urls = [server.url('/delay/150?x', 'slow.test'), server.url('/ok?y', 'fast.test')];
    await checkLinks(urls, loopbackConfig({ resolve: { 'slow.test': '127.0.0.1', 'fast.test': '127.0.0.1' } }), { stats });
    const [slowest, next] = stats.slowestHosts(2);
    expect(slowest).toMatchObject({ host: 'slow.test', requests: 1, active: 0 });
    expect(slowest!.meanMs).toBeGreaterThanOrEqual(140);
    expect(next!.host).toBe('fast.test');
    expect(stats.requests).toBe(2);
    expect(stats.pausedHosts()).toEqual([]);
  });
});

describe('many links at once', () => {
  it('raise no MaxListenersExceededWarning on the shared run budget or the caller\'s signal', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const urls = Array.from({ length: 40 }, (_, i) => server.url(`/ok?n=${i}`));
      const results = await checkLinks(urls, loopbackConfig({ perHost: 40 }), { signal: new AbortController().signal });
      expect([...results.values()].every((v) => v.verdict === 'alive')).toBe(true);
      // Warnings are emitted on the next tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('MaxListenersExceededWarning');
  });
});
