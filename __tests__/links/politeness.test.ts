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

  it('keeps the minimum interval between requests to one host', async () => {
    await checkLinks(many('slow.test', 4, '/ok'), loopbackConfig({ interval: '150ms', resolve: resolve(['slow.test']) }));
    const times = server.requests.map((r) => r.receivedAt);
    expect(times).toHaveLength(4);
    // The spacing of request starts is tested on a fake clock (robustness.test.ts). Here, on the wire, the
    // first request also pays the connection and undici's lazy set-up, so its arrival lags its start by an
    // amount that depends on machine load; the later ones reuse the kept-alive connection.
    for (let i = 2; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(140);
  });

  it('a 429 with Retry-After pauses the whole host, not just that request, and not other hosts', async () => {
    const urls = [server.url('/once/429/p?retry-after=2', 'paused.test'), ...many('paused.test', 2, '/ok'), ...many('other.test', 4, '/delay/150')];
    const stats = new HostStats();
    const results = await checkLinks(urls, loopbackConfig({ perHost: 1, retryAfterCap: '3s', deadline: '10s', resolve: resolve(['paused.test', 'other.test']) }), { stats });
    expect([...results.values()].every((v) => v.verdict === 'alive')).toBe(true);

    const rateLimitedAt = server.responsesSent.find((r) => r.status === 429)!.at;
    const pausedHostLater = server.requestsTo('paused.test').slice(1);
    expect(pausedHostLater).toHaveLength(3); // two waiting links and the retry
    for (const r of pausedHostLater) expect(r.receivedAt).toBeGreaterThanOrEqual(rateLimitedAt + 2000 - 20);
    const otherDuringPause = server.requestsTo('other.test').filter((r) => r.receivedAt > rateLimitedAt && r.receivedAt < rateLimitedAt + 2000);
    expect(otherDuringPause.length).toBeGreaterThan(0);
    expect(stats.host('paused.test')!.pausedUntil).toBeGreaterThanOrEqual(rateLimitedAt + 2000 - 20);
  });

  it('does not wait out a Retry-After beyond retryAfterCap: blocked at once, one request', async () => {
    const results = await checkLinks([server.url('/once/503/cap?retry-after=3600')], loopbackConfig({ retryAfterCap: '200ms' }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'blocked', reason: 'rate-limited', status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});
