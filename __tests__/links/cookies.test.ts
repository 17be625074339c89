// Cookies within one link check: a consent/session gate (302 to itself with Set-Cookie, then 200)
// is alive, a real loop is still a loop, and jars are never shared between links or hosts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/index.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const HOSTS = ['gate.test', 'other.test'];
const config = (overrides: Record<string, unknown> = {}) => loopbackConfig({ resolve: Object.fromEntries(HOSTS.map((h) => [h, '127.0.0.1'])), retries: 0, ...overrides });

async function verdictsOf(urls: string[], overrides: Record<string, unknown> = {}) {
  return [...(await checkLinks(urls, config(overrides))).values()];
}

describe('a cookie gate', () => {
  it('302 to itself with Set-Cookie, then 200 with the cookie: alive, the cookie sent back', async () => {
    const [v] = await verdictsOf([server.url('/cookie-gate/consent', 'gate.test')]);
    expect(v).toMatchObject({ verdict: 'alive', status: 200 });
    expect(server.requests.map((r) => r.headers.cookie)).toEqual([undefined, 'consent=yes']);
  });

  it('a gate that never accepts its own cookie is a redirect loop', async () => {
    const [v] = await verdictsOf([server.url('/cookie-gate-broken/consent', 'gate.test')]);
    expect(v).toMatchObject({ verdict: 'error', reason: { kind: 'redirect-loop' } });
    expect(server.requests.length).toBeLessThanOrEqual(4);
  });

  it('a redirect to itself that sets no cookie is a loop', async () => {
    const [v, w] = await verdictsOf([server.url('/self', 'gate.test'), server.url('/loop/a', 'gate.test')]);
    expect(v).toMatchObject({ verdict: 'error', reason: { kind: 'redirect-loop' } });
    expect(w).toMatchObject({ verdict: 'error', reason: { kind: 'redirect-loop' } });
  });
});

describe('jars', () => {
  it('are not shared between links: each check starts without cookies', async () => {
    const urls = [server.url('/cookie-gate/consent?1', 'gate.test'), server.url('/cookie-gate/consent?2', 'gate.test')];
    // One request at a time: the second link's first request goes out after the first link got its cookie.
    const verdicts = await verdictsOf(urls, { perHost: 1 });
    expect(server.requests[0]!.path).toBe('/cookie-gate/consent?1');
    expect(server.requests[1]!.path).toBe('/cookie-gate/consent?2');
    expect(verdicts.map((v) => v.verdict)).toEqual(['alive', 'alive']);
    const firstRequests = ['/cookie-gate/consent?1', '/cookie-gate/consent?2'].map((p) => server.requests.find((r) => r.path === p)!);
    expect(firstRequests.map((r) => r.headers.cookie)).toEqual([undefined, undefined]);
  });

  it('keep cookies to the host that set them: none follows a redirect to another host', async () => {
    const target = server.url('/ok', 'other.test');
    const [v] = await verdictsOf([server.url(`/cookie-hop/session?to=${encodeURIComponent(target)}`, 'gate.test')]);
    expect(v).toMatchObject({ verdict: 'alive' });
    expect(server.requestsTo('other.test').map((r) => r.headers.cookie)).toEqual([undefined]);
  });
});
