// Request headers: browser-like defaults, per-host overrides (built in and configured), the GitHub
// token only for https://github.com and api.github.com, and credentials dropped across origins.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requestHeaders } from '../../src/links/headers.js';
import { checkLinks } from '../../src/links/index.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

const TOKEN = 'ghp_TESTTOKEN0123456789';

describe('requestHeaders', () => {
  const plain = { configured: {}, crossedOrigin: false };

  it('sends the GitHub token only over https to github.com and api.github.com', () => {
    for (const url of ['https://github.com/owner/repo', 'https://api.github.com/repos/o/r', 'https://GitHub.com/x']) {
      expect(requestHeaders(new URL(url), { ...plain, githubToken: TOKEN }).authorization).toBe(`Bearer ${TOKEN}`);
    }
    for (const url of ['http://github.com/owner/repo', 'https://gist.github.com/x', 'https://github.com.evil.example/x', 'https://raw.githubusercontent.com/x', 'https://example.org/']) {
      expect(requestHeaders(new URL(url), { ...plain, githubToken: TOKEN }).authorization).toBeUndefined();
    }
  });

  it('drops the token and configured credentials after a cross-origin redirect', () => {
    const configured = { 'github.com': { Cookie: 'a=b' } };
    const headers = requestHeaders(new URL('https://github.com/o/r'), { configured, githubToken: TOKEN, crossedOrigin: true });
    expect(headers.authorization).toBeUndefined();
    expect(headers.cookie).toBeUndefined();
  });

  it('more specific host keys override less specific ones', () => {
    const configured = { 'example.org': { 'X-Level': 'domain' }, 'www.example.org': { 'x-level': 'host' } };
    expect(requestHeaders(new URL('https://www.example.org/'), { ...plain, configured })['x-level']).toBe('host');
    expect(requestHeaders(new URL('https://cdn.example.org/'), { ...plain, configured })['x-level']).toBe('domain');
  });
});

describe('headers on the wire', () => {
  let server: LinkServer;
  beforeAll(async () => {
    server = await startLinkServer();
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const hosts = ['github.com', 'api.github.com', 'a.example', 'b.example', 'www.bilibili.com'];
  const resolve = Object.fromEntries(hosts.map((h) => [h, '127.0.0.1']));

  it('sends browser-like headers, and Bilibili gets its Referer without any config', async () => {
    await checkLinks([server.url('/ok'), server.url('/bilibili/video', 'www.bilibili.com')], loopbackConfig({ resolve }));
    const [plain] = server.requestsTo('127.0.0.1');
    expect(plain!.headers['user-agent']).toMatch(/^Mozilla\/5\.0 .*Chrome\//);
    expect(plain!.headers['accept-language']).toMatch(/^zh-CN/);
    expect(plain!.headers.referer).toBeUndefined();
    expect(server.requestsTo('www.bilibili.com')[0]!.headers.referer).toBe('https://www.bilibili.com');
  });

  it('never sends the GitHub token to other hosts, nor over plain http, nor after redirects', async () => {
    const toGithub = encodeURIComponent(server.url('/ok', 'github.com'));
    const urls = [server.url('/ok'), server.url('/ok', 'github.com'), server.url('/ok', 'api.github.com'), server.url(`/redirect/302?to=${toGithub}`, 'a.example')];
    const results = await checkLinks(urls, loopbackConfig({ resolve }), { githubToken: TOKEN });
    expect([...results.values()].every((v) => v.verdict === 'alive')).toBe(true);
    expect(server.requests.length).toBeGreaterThanOrEqual(urls.length + 1);
    for (const r of server.requests) expect(JSON.stringify(r.headers)).not.toContain(TOKEN);
  });

  it('keeps configured credentials within their origin and drops them across origins', async () => {
    const headers = { 'a.example': { Authorization: 'Basic YTpi', 'X-Api-Key': 'key-a' } };
    const sameOrigin = server.url(`/redirect/302?to=${encodeURIComponent('/ok?same')}`, 'a.example');
    const away = server.url('/ok?away', 'b.example');
    const crossOrigin = server.url(`/redirect/302?to=${encodeURIComponent(away)}`, 'a.example');
    const back = server.url(`/redirect/302?to=${encodeURIComponent(server.url('/ok?back', 'a.example'))}`, 'b.example');
    const roundTrip = server.url(`/redirect/302?to=${encodeURIComponent(back)}`, 'a.example');
    await checkLinks([sameOrigin, crossOrigin, roundTrip], loopbackConfig({ resolve, headers, perHost: 1 }));

    const auth = (path: string) => server.requests.filter((r) => r.path === path).map((r) => [r.host, r.headers.authorization ?? null]);
    expect(auth('/ok?same')).toEqual([['a.example', 'Basic YTpi']]);
    expect(auth('/ok?away')).toEqual([['b.example', null]]);
    expect(auth('/ok?back')).toEqual([['a.example', null]]);
    expect(server.requestsTo('b.example').every((r) => r.headers['x-api-key'] === undefined)).toBe(true);
  });
});
