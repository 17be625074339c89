// A Retry-After longer than retryAfterCap ("come back tomorrow") is not waited for: the link is
// `blocked` (rate-limited) at once with the time asked for, and the host is not asked again before
// then — neither by other links in the same run nor, through the cache, in later runs.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reasonCode } from '../../src/core/reasons.js';
import { checkLinks, LinkCache } from '../../src/links/index.js';
import { readLinkCacheFile, writeLinkCacheFile } from '../../src/io/link-cache-file.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

const DAY = 86_400_000;
let server: LinkServer;
let dir: string;
beforeAll(async () => {
  server = await startLinkServer();
  dir = await mkdtemp(path.join(os.tmpdir(), 'tracker-bot-retry-after-'));
});
afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => server.reset());

const config = (host: string) => loopbackConfig({ resolve: { [host]: '127.0.0.1' }, retries: 2, retryAfterCap: '60s' });

describe('a Retry-After beyond the cap', () => {
  // The HTTP-date is made just before its request (not at collection time), and the time asked for is
  // bounded by clock readings around the check, so no amount of machine load can move it out of range.
  it.each([
    ['seconds', () => '86400'],
    ['an HTTP-date', () => new Date(Date.now() + DAY).toUTCString()],
  ])('429 asking for a day (%s): blocked at once, the day kept, no second request', async (_form, retryAfterNow) => {
    const host = `day-${_form.replace(/\W/g, '')}.test`;
    const before = Date.now();
    const retryAfter = retryAfterNow();
    const url = server.url(`/once/429/${host}?retry-after=${encodeURIComponent(retryAfter)}`, host);
    const results = await checkLinks([url], config(host));
    const after = Date.now();
    const v = [...results.values()][0]!;
    expect(v).toMatchObject({ verdict: 'blocked', reason: { kind: 'rate-limited' }, status: 429 });
    const retryAt = Date.parse(v.retryAt!);
    // An HTTP-date has whole seconds: it may read up to 1 s earlier than the moment it was made.
    expect(retryAt).toBeGreaterThanOrEqual(before + DAY - 1000);
    expect(retryAt).toBeLessThanOrEqual(after + DAY);
    expect(server.requestsTo(host)).toHaveLength(1);
  });

  it('other links of the host in the same run are blocked without a request; other hosts go on', async () => {
    const host = 'busy.test';
    const urls = [server.url(`/once/429/busy?retry-after=86400`, host), ...Array.from({ length: 5 }, (_, i) => server.url(`/ok?${i}`, host)), server.url('/ok', 'calm.test')];
    const results = await checkLinks(urls, loopbackConfig({ resolve: { [host]: '127.0.0.1', 'calm.test': '127.0.0.1' }, perHost: 1 }));
    const verdicts = [...results.values()];
    expect(verdicts.slice(0, 6).map((v) => [v.verdict, reasonCode(v.reason)])).toEqual(Array.from({ length: 6 }, () => ['blocked', 'rate-limited']));
    expect(verdicts[6]).toMatchObject({ verdict: 'alive' });
    expect(server.requestsTo(host)).toHaveLength(1);
    expect(server.requestsTo('calm.test')).toHaveLength(1);
  });

  it('with the cache, a later run does not ask the host again before the time asked for', async () => {
    const host = 'cached.test';
    const file = path.join(dir, 'cache.json');
    const first = LinkCache.empty(file);
    await checkLinks([server.url('/once/429/cached?retry-after=86400', host)], config(host), { cache: first });
    await writeLinkCacheFile(first, first.file);
    expect(server.requestsTo(host)).toHaveLength(1);

    const { cache } = await readLinkCacheFile(file);
    expect([...cache.rateLimitedHosts().keys()]).toEqual([host]);
    const results = await checkLinks([server.url('/once/429/cached?retry-after=86400', host), server.url('/ok', host)], config(host), { cache });
    expect([...results.values()].map((v) => [v.verdict, reasonCode(v.reason)])).toEqual([
      ['blocked', 'rate-limited'],
      ['blocked', 'rate-limited'],
    ]);
    expect(server.requestsTo(host)).toHaveLength(1);
    // The verdicts given without a request are not recorded as checks.
    expect(cache.size).toBe(1);
    expect(cache.get(server.url('/once/429/cached?retry-after=86400', host))!.history).toHaveLength(1);
  });

  it('once the time has passed, the cache no longer holds the host back', () => {
    const cache = LinkCache.empty(path.join(dir, 'unused.json'));
    // One clock reading for every comparison: the answer must not depend on how long the lines take.
    const now = Date.now();
    cache.record({ url: 'https://past.test/a', verdict: 'blocked', status: 429, reason: { kind: 'rate-limited' }, ms: 1, checkedAt: new Date(now).toISOString(), retryAt: new Date(now + 1000).toISOString() });
    expect(cache.rateLimitedHosts(now).get('past.test')).toBeDefined();
    expect(cache.rateLimitedHosts(now + 2000).size).toBe(0);
  });
});

describe('a Retry-After within the cap', () => {
  it('is waited out and the link rechecked, as before', async () => {
    const results = await checkLinks([server.url('/once/429/short?retry-after=1')], loopbackConfig());
    expect([...results.values()][0]).toMatchObject({ verdict: 'alive' });
    expect(server.requests).toHaveLength(2);
  });
});
