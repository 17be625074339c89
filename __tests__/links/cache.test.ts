// The link cache: load/save round trip, atomic writes, corrupt files, TTL reuse of `alive` only,
// history and consecutive dead verdicts, and the engine using it against a real server.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { LinkVerdict, Verdict } from '../../src/core/types.js';
import { checkLinks, HISTORY_LIMIT, LinkCache } from '../../src/links/index.js';
import { readLinkCacheFile, writeLinkCacheFile } from '../../src/io/link-cache-file.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

const DAY = 86_400_000;
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'tracker-bot-cache-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

function verdict(url: string, v: Verdict, checkedAt: Date, status: number | null = v === 'alive' ? 200 : 404): LinkVerdict {
  return { url, verdict: v, status, reason: status === null ? { kind: 'timeout' } : { kind: 'http-status', status }, ms: 5, checkedAt: checkedAt.toISOString() };
}

describe('LinkCache file', () => {
  it('a missing file is an empty cache without a warning', async () => {
    const { cache, warning } = await readLinkCacheFile(path.join(dir, 'none.json'));
    expect(cache.size).toBe(0);
    expect(warning).toBeUndefined();
  });

  it.each([
    ['{not json', /not valid JSON/],
    ['{"version": 99, "links": {}}', /not a version 1 link cache/],
    ['[]', /not a version 1 link cache/],
  ])('ignores a corrupt file (%s) with a warning', async (text, message) => {
    const file = path.join(dir, 'links.json');
    await writeFile(file, text);
    const { cache, warning } = await readLinkCacheFile(file);
    expect(cache.size).toBe(0);
    expect(warning).toMatch(message);
  });

  it('keeps good entries and warns about malformed ones', async () => {
    const file = path.join(dir, 'links.json');
    const good = { verdict: 'alive', status: 200, reason: 'http-200', checkedAt: new Date().toISOString(), history: [] };
    await writeFile(file, JSON.stringify({ version: 1, links: { 'https://a.example/': good, 'https://b.example/': { verdict: 'maybe' } } }));
    const { cache, warning } = await readLinkCacheFile(file);
    expect(cache.size).toBe(1);
    expect(warning).toMatch(/ignored 1 malformed or future-dated entry/);
  });

  it('round-trips through an atomic write that leaves no temp file behind', async () => {
    const file = path.join(dir, 'nested', 'links.json');
    const cache = LinkCache.empty(file);
    cache.record({ ...verdict('https://a.example/', 'redirected', new Date(), 200), finalUrl: 'https://b.example/' });
    await writeLinkCacheFile(cache, cache.file);
    expect(await readdir(path.dirname(file))).toEqual(['links.json']);
    const { cache: again, warning } = await readLinkCacheFile(file);
    expect(warning).toBeUndefined();
    expect(again.get('https://a.example/')).toMatchObject({ verdict: 'redirected', status: 200, finalUrl: 'https://b.example/', history: [{ verdict: 'redirected' }] });
    expect(JSON.parse(await readFile(file, 'utf8')).version).toBe(1);
  });

  it('a failed write is a one-line error', async () => {
    const cache = LinkCache.empty(path.join(dir, 'links.json', 'inside-a-file.json'));
    await writeFile(path.join(dir, 'links.json'), 'a file where a directory should be');
    await expect(writeLinkCacheFile(cache, cache.file)).rejects.toThrow(/^could not write link cache /);
  });
});

describe('LinkCache against forged or stale entries', () => {
  it('rejects an entry dated in the future (or with a future check in its history)', async () => {
    const file = path.join(dir, 'links.json');
    const now = Date.parse('2024-06-01T00:00:00Z');
    const at = (ms: number) => new Date(now + ms).toISOString();
    const entry = (checkedAt: string, history: unknown[] = []) => ({ verdict: 'alive', status: 200, reason: 'http-200', checkedAt, history });
    const links = {
      'https://ok.example/': entry(at(-DAY)),
      'https://skew.example/': entry(at(60_000)),
      'https://future.example/': entry(at(365 * DAY)),
      'https://history.example/': entry(at(-DAY), [{ verdict: 'dead', status: 404, checkedAt: at(30 * DAY) }]),
    };
    await writeFile(file, JSON.stringify({ version: 1, links }));
    const { cache, warning } = await readLinkCacheFile(file, now);
    expect([...cache.entries()].map(([url]) => url).sort()).toEqual(['https://ok.example/', 'https://skew.example/']);
    expect(warning).toMatch(/ignored 2 malformed or future-dated entries/);
  });

  it('prunes URLs no longer in any tracker and writes compact JSON', async () => {
    const file = path.join(dir, 'links.json');
    const cache = LinkCache.empty(file);
    for (const url of ['https://a.example/', 'https://b.example/', 'https://gone.example/']) cache.record(verdict(url, 'alive', new Date()));
    expect(cache.prune(new Set(['https://a.example/', 'https://b.example/', 'https://new.example/']))).toBe(1);
    await writeLinkCacheFile(cache, cache.file);
    const text = await readFile(file, 'utf8');
    expect(text.trimEnd().split('\n')).toHaveLength(1);
    expect(Object.keys(JSON.parse(text).links)).toEqual(['https://a.example/', 'https://b.example/']);
  });
});

describe('LinkCache policy', () => {
  const now = Date.parse('2025-06-01T00:00:00Z');

  it('reuses alive within the TTL only', () => {
    const cache = LinkCache.empty('unused.json');
    cache.record(verdict('https://fresh.example/', 'alive', new Date(now - 6 * DAY)));
    cache.record(verdict('https://old.example/', 'alive', new Date(now - 8 * DAY)));
    expect(cache.fresh('https://fresh.example/', 7 * DAY, now)).toMatchObject({ verdict: 'alive', fromCache: true, ms: 0 });
    expect(cache.fresh('https://old.example/', 7 * DAY, now)).toBeUndefined();
    expect(cache.fresh('https://unknown.example/', 7 * DAY, now)).toBeUndefined();
  });

  it.each(['dead', 'blocked', 'error', 'redirected'] as const)('never reuses %s', (v) => {
    const cache = LinkCache.empty('unused.json');
    cache.record(verdict('https://x.example/', v, new Date(now - 1000)));
    expect(cache.fresh('https://x.example/', 7 * DAY, now)).toBeUndefined();
  });

  it('counts consecutive dead verdicts from the latest backwards, with a bounded history', () => {
    const cache = LinkCache.empty('unused.json');
    const url = 'https://gone.example/';
    const sequence: Verdict[] = ['dead', 'dead', 'alive', 'dead', 'error', 'dead', 'dead'];
    sequence.forEach((v, i) => cache.record(verdict(url, v, new Date(now + i * DAY))));
    expect(cache.consecutiveDead(url)).toBe(2);
    expect(cache.confirmedDead(url, 2)).toBe(true);
    expect(cache.confirmedDead(url, 3)).toBe(false);
    for (let i = 0; i < 20; i++) cache.record(verdict(url, 'dead', new Date(now + (10 + i) * DAY)));
    expect(cache.get(url)!.history).toHaveLength(HISTORY_LIMIT);
    expect(cache.consecutiveDead(url)).toBe(HISTORY_LIMIT);
    cache.record(verdict(url, 'alive', new Date(now + 40 * DAY)));
    expect(cache.consecutiveDead(url)).toBe(0);
  });

  it('does not record cached or skipped verdicts as checks', () => {
    const cache = LinkCache.empty('unused.json');
    cache.record({ ...verdict('https://a.example/', 'alive', new Date(now)), fromCache: true });
    cache.record({ url: 'https://b.example/', verdict: 'skipped', status: null, reason: { kind: 'excluded' }, ms: 0, checkedAt: new Date(now).toISOString() });
    expect(cache.size).toBe(0);
  });
});

describe('checkLinks with a cache', () => {
  let server: LinkServer;
  beforeAll(async () => {
    server = await startLinkServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  it('reuses alive, re-checks dead, and saves history across runs', async () => {
    const file = path.join(dir, 'links.json');
    const urls = [server.url('/ok'), server.url('/status/404')];
    const first = await readLinkCacheFile(file);
    await checkLinks(urls, loopbackConfig(), { cache: first.cache });
    await writeLinkCacheFile(first.cache, first.cache.file);
    const firstRequests = server.requests.length;

    const second = await readLinkCacheFile(file);
    const results = await checkLinks(urls, loopbackConfig(), { cache: second.cache });
    expect(results.get(server.url('/ok'))).toMatchObject({ verdict: 'alive', fromCache: true });
    expect(results.get(server.url('/status/404'))).toMatchObject({ verdict: 'dead' });
    expect(results.get(server.url('/status/404'))!.fromCache).toBeUndefined();
    const secondRun = server.requests.slice(firstRequests).map((r) => r.path);
    expect(secondRun.every((p) => p === '/status/404')).toBe(true);
    expect(second.cache.consecutiveDead(server.url('/status/404'))).toBe(2);
  });

  it('re-checks alive entries older than cacheTtl', async () => {
    const cache = LinkCache.empty(path.join(dir, 'links.json'));
    cache.record(verdict(server.url('/ok'), 'alive', new Date(Date.now() - 2 * DAY)));
    await checkLinks([server.url('/ok')], loopbackConfig({ cacheTtl: '1d' }), { cache });
    expect(server.requests).toHaveLength(1);
    expect(cache.get(server.url('/ok'))!.history).toHaveLength(2);
    server.reset();
    await checkLinks([server.url('/ok')], loopbackConfig({ cacheTtl: '3d' }), { cache });
    expect(server.requests).toHaveLength(0);
  });
});
