// Politeness against a real server that counts concurrent requests per Host: the per-host cap,
// the global cap, the minimum interval per host, and Retry-After pausing the whole host.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLinks, HostStats } from '../../src/links/index.js';
import { defaultConcurrency } from '../../src/links/check.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const resolve = (hosts: string[]) => Object.fromEntries(hosts.map((h) => [h, '127.0.0.1']));
const many = (host: string, n: number, path = '/delay/30') => Array.from({ length: n }, (_, i) => server.url(`${path}?i=${i}`, host));

describe('politeness', () => {
  it('never exceeds perHost concurrent requests on a host, and uses them', async () => {
    const stats = new HostStats();
    const urls = [...many('a.test', 24), ...many('b.test', 24)];
    const results = await checkLinks(urls, loopbackConfig({ perHost: 3, resolve: resolve(['a.test', 'b.test']) }), { stats });
    expect([...results.values()].every((v) => v.verdict === 'alive')).toBe(true);
    expect(server.peakConcurrency('a.test')).toBe(3);
    expect(server.peakConcurrency('b.test')).toBe(3);
    expect(stats.host('a.test')).toMatchObject({ requests: 24, peakActive: 3, active: 0 });
  });

  it('never exceeds the global concurrency over all hosts', async () => {
    const hosts = ['h1.test', 'h2.test', 'h3.test', 'h4.test', 'h5.test'];
    const urls = hosts.flatMap((h) => many(h, 8));
    await checkLinks(urls, loopbackConfig({ perHost: 4, concurrency: 6, resolve: resolve(hosts) }));
    expect(server.requests).toHaveLength(40);
    expect(server.peakConcurrency()).toBe(6);
  });

  it('by default lets every host run at its per-host limit at once (perHost × hosts, at most 128)', async () => {
    expect(defaultConcurrency(4, 20)).toBe(80);
    expect(defaultConcurrency(4, 50)).toBe(128);
    expect(defaultConcurrency(4, 1)).toBe(4);
    expect(defaultConcurrency(4, 0)).toBe(1);
    // 20 hosts × 4 = 80 in flight, above the old fixed default of 64; the slow answers keep them all open together.
    const hosts = Array.from({ length: 20 }, (_, i) => `w${i}.test`);
    const urls = hosts.flatMap((h) => many(h, 4, '/delay/2000'));
    const results = await checkLinks(urls, loopbackConfig({ perHost: 4, timeout: '10s', resolve: resolve(hosts) }));
    expect([...results.values()].every((v) => v.verdict === 'alive')).toBe(true);
    expect(server.peakConcurrency()).toBe(80);
  });

  // Timing is judged on the scheduler's own recorded start times (HostStats.startTimes), the
  // clock readings it checked the interval and pauses against, never on gaps seen by the server:
  // a busy CPU may delay a request after the scheduler started it, which says nothing about politeness.
  it('keeps the minimum interval between requests to one host', async () => {
    const stats = new HostStats();
    await checkLinks(many('slow.test', 4, '/ok'), loopbackConfig({ interval: '150ms', resolve: resolve(['slow.test']) }), { stats });
    const starts = stats.startTimes('slow.test');
    expect(starts).toHaveLength(4);
    expect(server.requestsTo('slow.test')).toHaveLength(4);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(150);
  });

  it('a 429 with Retry-After pauses the whole host, not just that request, and not other hosts', async () => {
    const urls = [server.url('/once/429/p?retry-after=2', 'paused.test'), ...many('paused.test', 2, '/ok'), ...many('other.test', 8, '/delay/150')];
    const stats = new HostStats();
    const results = await checkLinks(urls, loopbackConfig({ perHost: 1, retryAfterCap: '3s', deadline: '10s', resolve: resolve(['paused.test', 'other.test']) }), { stats });
    expect([...results.values()].every((v) => v.verdict === 'alive')).toBe(true);

    const pausedUntil = stats.host('paused.test')!.pausedUntil;
    const pausedStarts = stats.startTimes('paused.test');
    expect(pausedStarts).toHaveLength(4); // the 429, two waiting links and the retry
    // Retry-After: 2 is counted from when the 429 arrived, after the first request started.
    expect(pausedUntil).toBeGreaterThanOrEqual(pausedStarts[0]! + 2000);
    for (const at of pausedStarts.slice(1)) expect(at).toBeGreaterThanOrEqual(pausedUntil);
    // other.test kept going while paused.test waited (its 8 requests take at least 8 × 150 ms).
    const otherStarts = stats.startTimes('other.test');
    expect(otherStarts).toHaveLength(8);
    expect(otherStarts.filter((at) => at > pausedUntil - 2000 && at < pausedUntil).length).toBeGreaterThan(0);
  });

  it('does not wait out a Retry-After beyond retryAfterCap: blocked at once, one request', async () => {
    const results = await checkLinks([server.url('/once/503/cap?retry-after=3600')], loopbackConfig({ retryAfterCap: '200ms' }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'blocked', reason: { kind: 'rate-limited' }, status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});
