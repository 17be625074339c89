// Every verdict of the link engine against a real loopback server: status codes, redirect chains,
// retries, HEAD refusals, bot walls, host soft-404s (through `resolve`), NXDOMAIN and timeouts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reasonCode } from '../../src/core/reasons.js';
import { checkLinks } from '../../src/links/index.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const HOSTS = ['mp.weixin.qq.com', 'www.bilibili.com', 'api.bilibili.com', 'www.zhihu.com', 'zhuanlan.zhihu.com', 'example.org'];
const resolve = () => Object.fromEntries(HOSTS.map((h) => [h, '127.0.0.1']));

async function verdictOf(url: string, overrides: Record<string, unknown> = {}) {
  const results = await checkLinks([url], loopbackConfig({ resolve: resolve(), ...overrides }));
  expect(results.size).toBe(1);
  const verdict = [...results.values()][0]!;
  // The reason in its stable string form (reasonCode), as the JSON report and the cache hold it.
  return { ...verdict, reason: reasonCode(verdict.reason) };
}

describe('status codes', () => {
  it.each([
    ['/ok', 'alive', 200, 'http-200'],
    ['/status/204', 'alive', 204, 'http-204'],
    ['/status/404', 'dead', 404, 'http-404'],
    ['/status/410', 'dead', 410, 'http-410'],
    ['/status/451', 'dead', 451, 'http-451'],
    ['/status/401', 'blocked', 401, 'http-401'],
    ['/status/403', 'blocked', 403, 'http-403'],
    ['/status/999', 'blocked', 999, 'http-999'],
    ['/status/500', 'error', 500, 'http-500'],
    ['/status/400', 'error', 400, 'http-400'],
  ])('%s is %s', async (path, verdict, status, reason) => {
    const v = await verdictOf(server.url(path), { retries: 0 });
    expect(v).toMatchObject({ url: server.url(path), verdict, status, reason });
  });

  it('falls back to GET when HEAD answers non-2xx, and GETs a dead link before calling it dead', async () => {
    await verdictOf(server.url('/status/404'), { retries: 0 });
    expect(server.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  it('honours configured accept codes, globally and per host', async () => {
    expect(await verdictOf(server.url('/status/403'), { accept: [403] })).toMatchObject({ verdict: 'alive', reason: 'accepted-403' });
    expect(await verdictOf(server.url('/status/418'), { accept: { '127.0.0.1': ['400-499'] } })).toMatchObject({ verdict: 'alive' });
    expect(await verdictOf(server.url('/status/418', 'example.org'), { accept: { '127.0.0.1': ['400-499'] } })).toMatchObject({ verdict: 'error' });
  });
});

describe('redirects', () => {
  it('a 301 chain ending alive is redirected, with the final URL', async () => {
    const v = await verdictOf(server.url('/chain/301/3'));
    expect(v).toMatchObject({ verdict: 'redirected', status: 200, finalUrl: server.url('/ok') });
  });

  it('a 308 counts as permanent too', async () => {
    expect(await verdictOf(server.url('/chain/308/1'))).toMatchObject({ verdict: 'redirected', finalUrl: server.url('/ok') });
  });

  it.each([302, 303, 307])('a %i chain ending alive is alive', async (code) => {
    const v = await verdictOf(server.url(`/chain/${code}/2`));
    expect(v).toMatchObject({ verdict: 'alive', status: 200, finalUrl: server.url('/ok') });
  });

  it('a permanent hop followed by a temporary one suggests only the permanent target', async () => {
    const temporary = encodeURIComponent(server.url('/chain/302/1'));
    const v = await verdictOf(server.url(`/redirect/301?to=${temporary}`));
    expect(v).toMatchObject({ verdict: 'redirected', finalUrl: server.url('/chain/302/1') });
  });

  it('a chain ending in 404 is dead', async () => {
    const v = await verdictOf(server.url('/chain/301/2?end=/status/404'));
    expect(v).toMatchObject({ verdict: 'dead', status: 404 });
  });

  it('a redirect loop is an error', async () => {
    expect(await verdictOf(server.url('/loop/a'))).toMatchObject({ verdict: 'error', reason: 'redirect-loop', status: null });
  });

  it('ten hops are followed, eleven are an error', async () => {
    expect(await verdictOf(server.url('/chain/302/10'))).toMatchObject({ verdict: 'alive' });
    expect(await verdictOf(server.url('/chain/302/11'))).toMatchObject({ verdict: 'error', reason: 'too-many-redirects' });
  });

  it('a redirect to another scheme is an error, not a crash', async () => {
    expect(await verdictOf(server.url('/redirect/302?to=ftp%3A%2F%2Fexample.org%2Ffile'))).toMatchObject({ verdict: 'error', reason: 'redirect-to-unsupported-protocol' });
  });
});

describe('retries and methods', () => {
  it('429 with Retry-After, then 200, is alive', async () => {
    const v = await verdictOf(server.url('/once/429/a?retry-after=1'));
    expect(v).toMatchObject({ verdict: 'alive', status: 200 });
    expect(server.requests).toHaveLength(2);
  });

  it('429 on every attempt is blocked, not dead', async () => {
    const v = await verdictOf(server.url('/status/429'), { retries: 1 });
    expect(v).toMatchObject({ verdict: 'blocked', reason: 'rate-limited', status: 429 });
    expect(server.requests).toHaveLength(2);
  });

  it('503 once, then 200, is alive', async () => {
    expect(await verdictOf(server.url('/once/503/b'))).toMatchObject({ verdict: 'alive', status: 200 });
  });

  it('a persistent 5xx is an error after the configured retries', async () => {
    expect(await verdictOf(server.url('/status/502'), { retries: 2 })).toMatchObject({ verdict: 'error', status: 502 });
    expect(server.requests).toHaveLength(3);
  });

  it('HEAD 405 falls back to GET and the host is then GET directly', async () => {
    const urls = ['/head/405?n=1', '/head/405?n=2', '/head/405?n=3'].map((p) => server.url(p));
    const results = await checkLinks(urls, loopbackConfig({ perHost: 1 }));
    expect([...results.values()].map((v) => v.verdict)).toEqual(['alive', 'alive', 'alive']);
    expect(server.requests.filter((r) => r.method === 'HEAD')).toHaveLength(1);
  });

  it('a slow server past the timeout is an error (timeout), retried', async () => {
    const v = await verdictOf(server.url('/delay/5000'), { timeout: '300ms', retries: 1, deadline: '5s' });
    expect(v).toMatchObject({ verdict: 'error', reason: 'timeout', status: null });
    expect(server.requests).toHaveLength(2);
  });

  it('a refused connection is an error', async () => {
    const closed = await startLinkServer({ addresses: ['127.0.0.3'] });
    const url = closed.url('/ok');
    await closed.close();
    expect(await verdictOf(url)).toMatchObject({ verdict: 'error', reason: 'connection-refused' });
  });
});

describe('bot walls are blocked, never dead', () => {
  it('Cloudflare challenge (cf-mitigated header)', async () => {
    expect(await verdictOf(server.url('/cloudflare'))).toMatchObject({ verdict: 'blocked', reason: 'bot-wall:cloudflare-challenge', status: 403 });
  });

  it('a "Just a moment..." page on 503 is not retried as a server error', async () => {
    expect(await verdictOf(server.url('/cloudflare-title'), { retries: 2 })).toMatchObject({ verdict: 'blocked', reason: 'bot-wall:cloudflare-challenge' });
    expect(server.requests.map((r) => r.method)).toEqual(['HEAD', 'GET']);
  });

  it.each([
    ['/wechat/verify', 'mp.weixin.qq.com', 'bot-wall:wechat-verify'],
    ['/wechat/migrated', 'mp.weixin.qq.com', 'bot-wall:wechat-migrated'],
    ['/wechat/unknown', 'mp.weixin.qq.com', 'unknown-page:wechat'],
    ['/bilibili/risk', 'www.bilibili.com', 'bot-wall:bilibili-risk-control'],
    ['/bilibili/api/review', 'api.bilibili.com', 'bot-wall:bilibili-api-blocked'],
    ['/zhihu/unhuman', 'www.zhihu.com', 'bot-wall:zhihu-redirect'],
  ])('%s on %s', async (path, host, reason) => {
    expect(await verdictOf(server.url(path, host))).toMatchObject({ verdict: 'blocked', reason });
  });
});

describe('host soft-404s through resolve', () => {
  it.each([
    ['/wechat/deleted', 'mp.weixin.qq.com', 'soft-404:wechat-deleted'],
    ['/wechat/removed', 'mp.weixin.qq.com', 'soft-404:wechat-removed'],
    ['/bilibili/deleted', 'www.bilibili.com', 'soft-404:bilibili-deleted'],
    ['/bilibili/deleted-state', 'www.bilibili.com', 'soft-404:bilibili-deleted'],
    ['/bilibili/api/deleted', 'api.bilibili.com', 'soft-404:bilibili-api-deleted'],
    ['/zhihu/missing-200', 'zhuanlan.zhihu.com', 'soft-404:zhihu-not-found'],
    ['/zhihu/deleted-answer', 'www.zhihu.com', 'soft-404:zhihu-deleted'],
  ])('%s on %s is dead', async (path, host, reason) => {
    const v = await verdictOf(server.url(path, host));
    expect(v).toMatchObject({ verdict: 'dead', reason, status: 200 });
    expect(server.requests.map((r) => [r.method, r.host])).toEqual([['GET', host]]);
  });

  it('Zhihu 404 page is dead', async () => {
    expect(await verdictOf(server.url('/zhihu/missing', 'www.zhihu.com'))).toMatchObject({ verdict: 'dead', status: 404 });
  });

  it.each([
    ['/wechat/article', 'mp.weixin.qq.com'],
    ['/bilibili/video', 'www.bilibili.com'],
    ['/bilibili/api/ok', 'api.bilibili.com'],
    ['/zhihu/article', 'zhuanlan.zhihu.com'],
  ])('%s on %s is alive', async (path, host) => {
    expect(await verdictOf(server.url(path, host))).toMatchObject({ verdict: 'alive', status: 200 });
  });

  it('signatures apply only on their host', async () => {
    expect(await verdictOf(server.url('/wechat/deleted', 'example.org'))).toMatchObject({ verdict: 'alive' });
    expect(server.requests.map((r) => r.method)).toEqual(['HEAD']);
  });

  it('a long page quoting a deletion notice is never called dead (text signatures need a short page)', async () => {
    // Not an article either, so WeChat's rule for unknown pages applies.
    expect(await verdictOf(server.url('/wechat/quoting', 'mp.weixin.qq.com'))).toMatchObject({ verdict: 'blocked', reason: 'unknown-page:wechat' });
  });

  it('user signatures mark matching short pages dead on their host only', async () => {
    const signatures = { 'example.org': ['status 200'] };
    expect(await verdictOf(server.url('/status/200', 'example.org'), { signatures })).toMatchObject({ verdict: 'dead', reason: 'soft-404:config' });
    expect(await verdictOf(server.url('/status/200'), { signatures })).toMatchObject({ verdict: 'alive' });
  });
});

describe('names and filters', () => {
  it('NXDOMAIN (.invalid) is dead, without asking any resolver', async () => {
    expect(await verdictOf('http://no-such-host.invalid/page')).toMatchObject({ verdict: 'dead', reason: 'dns-nxdomain', status: null });
  });

  it('exclude and include patterns skip with a reason, before any request', async () => {
    const urls = [server.url('/ok?keep=1'), server.url('/ok?drop=1'), 'mailto:someone@example.org', 'not a url'];
    const results = await checkLinks(urls, loopbackConfig({ exclude: ['drop='] }));
    expect([...results.values()].map((v) => [v.verdict, reasonCode(v.reason)])).toEqual([
      ['alive', 'http-200'],
      ['skipped', 'excluded'],
      ['skipped', 'unsupported-protocol'],
      ['skipped', 'invalid-url'],
    ]);
    const included = await checkLinks([server.url('/ok?a'), server.url('/status/404')], loopbackConfig({ include: ['/ok'] }));
    expect([...included.values()].map((v) => reasonCode(v.reason))).toEqual(['http-200', 'not-included']);
    expect(server.requests.every((r) => r.path.startsWith('/ok'))).toBe(true);
  });

  it('a bad regex is a one-line error', async () => {
    await expect(checkLinks([server.url('/ok')], loopbackConfig({ exclude: ['('] }))).rejects.toThrow(/^links\.exclude: invalid regular expression "\("/);
  });

  it('deduplicates by canonical URL: one request, one verdict under the canonical key', async () => {
    const a = server.url('/ok?utm_source=x');
    const b = server.url('/ok?utm_medium=y#frag');
    const results = await checkLinks([a, b, server.url('/ok')], loopbackConfig());
    expect([...results.keys()]).toEqual([server.url('/ok')]);
    expect(server.requests).toHaveLength(1);
  });
});
