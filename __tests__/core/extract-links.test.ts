// Link extraction hands each single-link cell's canonical URL (from the column's URL analysis) on to
// canonicalizeUrl: what the link engine, the verdict rules and the report then read must be exactly
// what a fresh WHATWG analysis of the URL gives (fixed seed).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractLinks } from '../../src/core/extract-links.js';
import { parseTracker } from '../../src/core/parse/index.js';
import { resolveSchema } from '../../src/core/schema.js';
import { analyzeUrlByParsing, canonicalizeUrl } from '../../src/core/url/canonicalize.js';
import { runs } from '../support/properties.js';

describe('extractLinks and canonical URLs', () => {
  it('leaves canonicalizeUrl answering as a fresh analysis does, for every extracted link', () => {
    const host = fc.constantFrom('Example.COM', '127.0.0.1:8080', 'www.bilibili.com', 'mp.weixin.qq.com', 'a.b.c', 'xn--fiqs8s.cn', '0x7f.1');
    const path = fc.constantFrom('', '/', '/a/../b', '/video/BV1/', '/%7Ex', '/a b');
    const query = fc.constantFrom('', '?spm_id_from=1&x=2', '?utm_source=a', '?chksm=1&scene=2', '?a=1#frag', '#/route');
    const url = fc.tuple(fc.constantFrom('http://', 'https://', 'HTTPS://'), host, path, query).map((p) => p.join(''));
    let extracted = 0;
    fc.assert(
      fc.property(fc.array(url, { minLength: 1, maxLength: 6 }), fc.nat(), (urls, salt) => {
        // A fresh path segment per run, so that no earlier run's memo answers for these URLs.
        const rows = urls.map((u, i) => `| [entry ${i}](${u + (u.includes('#') || u.includes('?') ? '' : `/r${salt}-${i}`)}) | note |`);
        const source = ['## Links', '', '| Link | Note |', '|---|---|', ...rows, ''].join('\n');
        const tracker = parseTracker(source);
        const links = extractLinks(tracker, resolveSchema({}, tracker), 'README.md');
        extracted += links.length;
        for (const link of links) expect(canonicalizeUrl(link.url), link.url).toBe(analyzeUrlByParsing(link.url)?.canonical ?? link.url);
      }),
      runs(100),
    );
    expect(extracted).toBeGreaterThan(100);
  });
});
