// Host keys in `links:` config are normalized when the config loads: IDNA to punycode,
// lowercase, trailing dot dropped, wildcard prefix kept; two spellings of one host are an error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config/load.js';
import { normalizeHostKey } from '../../src/config/host-keys.js';
import { checkLinks } from '../../src/links/index.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';

describe('normalizeHostKey', () => {
  it.each([
    ['bücher.example', 'xn--bcher-kva.example'],
    ['Bücher.Example.', 'xn--bcher-kva.example'],
    ['*.bücher.example', '*.xn--bcher-kva.example'],
    ['example.com.', 'example.com'],
    ['EXAMPLE.com', 'example.com'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('%s → %s', (key, expected) => {
    expect(normalizeHostKey(key)).toBe(expected);
  });

  it('gives the host name URLs carry', () => {
    for (const host of ['知乎.中国', 'ÄÖÜ.example', 'straße.de', 'пример.рф']) expect(normalizeHostKey(host)).toBe(new URL(`http://${host}/`).hostname);
  });
});

describe('parseConfig', () => {
  it('normalizes the host keys of resolve, headers, accept and signatures', async () => {
    const { links } = await parseConfig(`
links:
  resolve: { "bücher.example": 127.0.0.1 }
  headers: { "Bücher.example.": { x-test: "1" } }
  accept: { "*.bücher.example": [403] }
  signatures: { "bücher.example.": ["gone"] }
`);
    expect(links.resolve).toEqual({ 'xn--bcher-kva.example': '127.0.0.1' });
    expect(links.headers).toEqual({ 'xn--bcher-kva.example': { 'x-test': '1' } });
    expect(links.accept).toEqual({ '*.xn--bcher-kva.example': [403] });
    expect(links.signatures).toEqual({ 'xn--bcher-kva.example': ['gone'] });
  });

  it('keeps a global accept list as it is', async () => {
    expect((await parseConfig('links: { accept: [403, "500-599"] }')).links.accept).toEqual([403, '500-599']);
  });

  it('two spellings of one host are a one-line error', async () => {
    await expect(parseConfig('links: { resolve: { "bücher.example": 127.0.0.1, "xn--bcher-kva.example": 127.0.0.2 } }', 'cfg.yml')).rejects.toThrow(ConfigError);
    await expect(parseConfig('links: { resolve: { "bücher.example": 127.0.0.1, "xn--bcher-kva.example": 127.0.0.2 } }', 'cfg.yml')).rejects.toThrow(
      'cfg.yml: links.resolve: "bücher.example" and "xn--bcher-kva.example" name the same host (xn--bcher-kva.example)',
    );
  });
});

describe('a Unicode host key in the link engine', () => {
  let server: LinkServer;
  beforeAll(async () => {
    server = await startLinkServer();
  });
  afterAll(() => server.close());

  it('resolve and signatures written in Unicode apply to the link', async () => {
    const { links } = await parseConfig(`
links:
  allowPrivateHosts: true
  retries: 0
  timeout: 2s
  resolve: { "bücher.example.": 127.0.0.1 }
  signatures: { "Bücher.example": ["此内容因违规无法查看"] }
`);
    const url = `http://bücher.example:${server.port}/wechat/removed`;
    const [verdict] = [...(await checkLinks([url], links)).values()];
    expect(verdict).toMatchObject({ verdict: 'dead', reason: { kind: 'soft-404', signature: 'config' } });
    expect(server.requests.map((r) => [r.method, r.host])).toEqual([['GET', 'xn--bcher-kva.example']]);
  });
});
