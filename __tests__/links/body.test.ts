// Bodies are read only as far as verdicts need (256 KB): a server offering 2 GB sends little
// before the engine aborts, and memory stays flat.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, MAX_BODY_BYTES } from '../../src/links/index.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

const TWO_GB = 2 * 1024 ** 3;
const MB = 1024 ** 2;

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

describe('a 2 GB body', () => {
  it('is read to 256 KB and dropped: memory flat, little sent', async () => {
    // A signature host is judged from its body, so it is fetched with GET.
    const config = loopbackConfig({ resolve: { 'huge.test': '127.0.0.1' }, signatures: { 'huge.test': ['this text is not on the page'] } });
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const results = await checkLinks([server.url(`/huge/${TWO_GB}`, 'huge.test')], config);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    expect([...results.values()][0]).toMatchObject({ verdict: 'alive', status: 200 });
    expect(server.requestsTo('huge.test').map((r) => r.method)).toEqual(['GET']);
    await new Promise((r) => setTimeout(r, 50));
    const sent = server.bodyBytes.get(`/huge/${TWO_GB}`)!;
    expect(sent).toBeGreaterThanOrEqual(MAX_BODY_BYTES);
    expect(sent).toBeLessThan(64 * MB);
    expect(peak - baseline).toBeLessThan(300 * MB);
  });

  it('on a plain host a HEAD answers it and no body is generated at all', async () => {
    server.reset();
    const results = await checkLinks([server.url(`/huge/${TWO_GB}`)], loopbackConfig());
    expect([...results.values()][0]).toMatchObject({ verdict: 'alive' });
    expect(server.requests.map((r) => r.method)).toEqual(['HEAD']);
    expect(server.bodyBytes.get(`/huge/${TWO_GB}`)).toBe(0);
  });

  it('a GET fallback that does not need the body drops it early too', async () => {
    server.reset();
    // HEAD answers 404 here, so the engine GETs; a 2xx from a plain host needs no body.
    const results = await checkLinks([server.url(`/huge/${TWO_GB}`, 'nohead.test')], loopbackConfig({ resolve: { 'nohead.test': '127.0.0.1' } }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'alive' });
    expect(server.bodyBytes.get(`/huge/${TWO_GB}`)!).toBeLessThan(64 * MB);
  });
});
