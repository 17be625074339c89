import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { analyzeUrl, analyzeUrlByParsing, canonicalizeUrl, stripUrlParams } from '../../../src/core/url/canonicalize.js';
import { paramsForHost } from '../../../src/core/url/host-params.js';

describe('analyzeUrl', () => {
  it('returns null for non-http(s) or unparseable URLs', () => {
    expect(analyzeUrl('ftp://example.com/a')).toBeNull();
    expect(analyzeUrl('mailto:a@b.c')).toBeNull();
    expect(analyzeUrl('not a url')).toBeNull();
    expect(analyzeUrl('/relative/path')).toBeNull();
    expect(canonicalizeUrl('not a url')).toBe('not a url');
  });

  it('keeps a URL without parameters byte for byte', () => {
    const url = 'https://mp.weixin.qq.com/s/9vOc-OyqvzrO_w5LApurbg';
    expect(analyzeUrl(url)).toEqual({ canonical: url, cleaned: url, tracking: [], secrets: [] });
  });

  it('strips Bilibili share parameters and the trailing ?', () => {
    const a = analyzeUrl(
      'https://www.bilibili.com/video/BV1U84y167i3/?spm_id_from=333.337.search-card.all.click&vd_source=087bfe4f',
    );
    expect(a?.cleaned).toBe('https://www.bilibili.com/video/BV1U84y167i3/');
    expect(a?.tracking).toEqual(['spm_id_from', 'vd_source']);
    expect(a?.secrets).toEqual([]);
  });

  it('keeps Bilibili p and t in their original order and encoding', () => {
    const a = analyzeUrl('https://www.bilibili.com/video/BV1x/?t=1%3A2&spm_id_from=1&p=2');
    expect(a?.cleaned).toBe('https://www.bilibili.com/video/BV1x/?t=1%3A2&p=2');
  });

  it('keeps WeChat identifying params, strips tracking, token and #wechat_redirect', () => {
    const a = analyzeUrl(
      'https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650865591&idx=4&sn=8ec5&chksm=84e5&token=1087000475&lang=zh_CN&scene=21#wechat_redirect',
    );
    expect(a?.cleaned).toBe('https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650865591&idx=4&sn=8ec5');
    expect(a?.tracking).toEqual(['chksm', 'lang', 'scene', '#wechat_redirect']);
    expect(a?.secrets).toEqual(['token']);
  });

  it('finds the WeChat session secrets, with percent-encoded values kept intact elsewhere', () => {
    const a = analyzeUrl(
      'https://mp.weixin.qq.com/s?__biz=Mz%3D%3D&mid=1&idx=4&sn=ee&key=1585&ascene=0&uin=MTk%3D&devicetype=Windows+11+x64&exportkey=n_Ch%2F&acctmode=0&pass_ticket=ltF%3D&wx_header=1#rd',
    );
    expect(a?.secrets).toEqual(['key', 'uin', 'exportkey', 'pass_ticket']);
    expect(a?.tracking).toEqual(['ascene', 'devicetype', 'acctmode', 'wx_header', '#rd']);
    expect(a?.cleaned).toBe('https://mp.weixin.qq.com/s?__biz=Mz%3D%3D&mid=1&idx=4&sn=ee');
  });

  it('does not treat WeChat-only names as secret on other hosts', () => {
    const a = analyzeUrl('https://example.com/a?key=1&token=2&mid=3#rd');
    expect(a?.cleaned).toBe('https://example.com/a?key=1&token=2&mid=3#rd');
    expect(a?.secrets).toEqual([]);
  });

  it('strips utm_*, gclid and fbclid on every host, and host-specific names on subdomains', () => {
    expect(analyzeUrl('https://example.org/?a=1&utm_source=x&UTM_Medium=y&gclid=g&fbclid=f&b=2')?.cleaned).toBe(
      'https://example.org/?a=1&b=2',
    );
    expect(analyzeUrl('https://zhuanlan.zhihu.com/p/1?utm_psn=1&hybrid_search_source=x')?.cleaned).toBe(
      'https://zhuanlan.zhihu.com/p/1',
    );
    expect(analyzeUrl('https://github.com/o/r?email_token=x&email_source=y&tab=readme')?.cleaned).toBe(
      'https://github.com/o/r?tab=readme',
    );
    expect(analyzeUrl('https://www.linkedin.com/in/x?trk=a&refId=b&trackingId=c')?.cleaned).toBe(
      'https://www.linkedin.com/in/x',
    );
    expect(analyzeUrl('https://x.com/u/status/1?s=20&t=abc')?.cleaned).toBe('https://x.com/u/status/1');
    expect(analyzeUrl('https://medium.com/@a/b-1?source=rss')?.cleaned).toBe('https://medium.com/@a/b-1');
  });

  it('matches percent-encoded parameter names', () => {
    expect(analyzeUrl('https://example.org/?utm%5Fsource=x&q=1')?.cleaned).toBe('https://example.org/?q=1');
  });

  it('keeps an ordinary fragment in cleaned but not in canonical', () => {
    const a = analyzeUrl('HTTPS://Example.COM:443/Path?q=1#section');
    expect(a?.cleaned).toBe('HTTPS://Example.COM:443/Path?q=1#section');
    expect(a?.canonical).toBe('https://example.com/Path?q=1');
  });

  it('makes share variants of one article canonically equal', () => {
    const plain = 'https://www.bilibili.com/video/BV1xv411C7af/';
    const shared = 'https://WWW.bilibili.com:443/video/BV1xv411C7af/?vd_source=087b#t=3';
    expect(canonicalizeUrl(shared)).toBe(canonicalizeUrl(plain));
    expect(canonicalizeUrl('http://example.com')).toBe(canonicalizeUrl('http://example.com:80/'));
  });
});

describe('stripUrlParams', () => {
  const url = 'https://mp.weixin.qq.com/s?__biz=a&key=k&scene=21#rd';
  it('strips only the chosen kinds', () => {
    expect(stripUrlParams(url, { tracking: true, secrets: false })).toBe('https://mp.weixin.qq.com/s?__biz=a&key=k');
    expect(stripUrlParams(url, { tracking: false, secrets: true })).toBe('https://mp.weixin.qq.com/s?__biz=a&scene=21#rd');
    expect(stripUrlParams(url, { tracking: false, secrets: false })).toBe(url);
  });
});

describe('analyzeUrl fast path (URLs with no query and no fragment skip the WHATWG parse)', () => {
  /** The full parse, as analyzeUrl did it for every URL before the fast path. */
  function slow(url: string): string | null {
    try {
      const parsed = new URL(url);
      if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname) return null;
      parsed.hash = '';
      return parsed.href;
    } catch {
      return null;
    }
  }

  it('gives the canonical form the WHATWG parser gives, on edge cases', () => {
    const cases = [
      'https://mp.weixin.qq.com/s/AbC-d_e~f',
      'https://example.com',
      'http://example.com/',
      'https://example.com/a/./b',
      'https://example.com/a/%2E%2e/b',
      'https://example.com/.well-known/x',
      'https://example.com/a%20b/%E4%B8%AD',
      'https://example.com/a b',
      'https://example.com/a|b^c',
      'https://example.com:443/a',
      'https://EXAMPLE.com/a',
      'HTTPS://example.com/a',
      'https://0x7f.1/a',
      'https://127.0.0.1/a',
      'https://a.123/x',
      'https://xn--zz.com/',
      'https://xn--fiqs8s.com/',
      'https://user@example.com/',
      'https://example.com./a',
      'https://-a-.com/;x=1,y=2:@!$&\'()*+',
    ];
    for (const url of cases) expect(analyzeUrl(url)?.canonical ?? null, url).toBe(slow(url));
  });

  it('agrees with the full parse on generated URLs (fixed seed)', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
    const host = fc.oneof(fc.array(label, { minLength: 1, maxLength: 4 }).map((l) => l.join('.')), fc.constantFrom('0x1f.2', 'a.09', 'xn--zz.cn', 'A.com', 'a.com.'));
    const segment = fc.oneof(fc.stringMatching(/^[A-Za-z0-9\-._~!$&'()*+,;=:@%]{0,6}$/), fc.constantFrom('.', '..', '%2e', '.%2E', 'a b', '中', '\\', '|'));
    const path = fc.array(segment, { maxLength: 4 }).map((s) => (s.length ? `/${s.join('/')}` : ''));
    const url = fc.tuple(fc.constantFrom('http://', 'https://', 'HTTP://'), host, fc.constantFrom('', ':443', ':80', ':8080'), path).map((p) => p.join(''));
    fc.assert(
      fc.property(url, (u) => {
        const fast = analyzeUrl(u);
        expect(fast?.canonical ?? null).toBe(slow(u));
        if (fast) expect(fast.cleaned).toBe(u);
      }),
      { seed: 15, numRuns: 3000 },
    );
  });
});

describe('analyzeUrl fast path for plain URLs with a query or fragment (no WHATWG parse)', () => {
  it('agrees with the full parse on edge cases', () => {
    const cases = [
      'https://mp.weixin.qq.com/s?__biz=MzA3&mid=2650&idx=1&sn=abc&scene=21#wechat_redirect',
      'https://www.bilibili.com/video/BV1x/?spm_id_from=333.999.0.0&vd_source=abc',
      'https://example.com?utm_source=x',
      'https://example.com?',
      'https://example.com/a?',
      'https://example.com/a#',
      'https://example.com/a?#',
      'https://example.com/#/route?utm_source=x',
      'https://example.com/a?x=1#!/page',
      'https://example.com/a?utm_source=x&utm_medium=y',
      'https://example.com/a?&&x=1&&',
      'https://example.com/a?x=%zz&y=%E4%B8%AD',
      "https://example.com/a?x='1'",
      'https://example.com/a?x="1"',
      'https://example.com/a?x=1 2',
      'https://example.com/a?x=中',
      'https://example.com/a#x y',
      'https://example.com/a#a#b',
      'https://example.com/a?q=a?b/c',
      'https://EXAMPLE.com/a?utm_source=x',
      'https://example.com:8080/a?utm_source=x',
      'https://0x7f.1/a?x=1',
    ];
    for (const url of cases) expect(analyzeUrl(url), url).toEqual(analyzeUrlByParsing(url));
  });

  it('agrees with the full parse on generated URLs (fixed seed)', () => {
    const host = fc.oneof(fc.stringMatching(/^[a-z0-9-]{1,8}(\.[a-z0-9-]{1,8}){0,2}$/), fc.constantFrom('mp.weixin.qq.com', 'www.bilibili.com', 'a.09', 'xn--zz.cn', 'A.com', 'www.youtube.com'));
    const path = fc.constantFrom('', '/', '/s', '/video/BV1/', '/a/./b', '/a b', '/%2e/x');
    const name = fc.constantFrom('utm_source', 'spm_id_from', 'vd_source', 'si', 'x', 'mid', 'sn', 'share_token', '', 'a%20b', 'a+b', 'fbclid');
    const value = fc.stringMatching(/^[A-Za-z0-9\-._~!$()*+,;:@%/?'" 中]{0,5}$/);
    const query = fc.oneof(fc.constant(''), fc.array(fc.tuple(name, fc.constantFrom('=', ''), value).map((p) => p.join('')), { maxLength: 4 }).map((q) => `?${q.join('&')}`));
    const fragment = fc.oneof(fc.constant(''), fc.constantFrom('#', '#wechat_redirect', '#/r?x=1', '#!/p', '#a b', '#x#y', '#reply'));
    const url = fc.tuple(fc.constantFrom('http://', 'https://'), host, fc.constantFrom('', ':8080'), path, query, fragment).map((p) => p.join(''));
    fc.assert(
      fc.property(url, (u) => {
        expect(analyzeUrl(u)).toEqual(analyzeUrlByParsing(u));
      }),
      { seed: 15, numRuns: 5000 },
    );
  });

  it('canonicalizeUrl answers a repeated URL as it did the first time (its memo changes no answer)', () => {
    const urls = ['https://www.bilibili.com/video/BV1?spm_id_from=x&p=2#reply', 'http://127.0.0.1:8080/doc/1', 'HTTP://A.com/x?utm_source=y', 'not a url', 'https://a.com/#/route'];
    const first = urls.map((u) => canonicalizeUrl(u));
    expect(first).toEqual(urls.map((u) => analyzeUrlByParsing(u)?.canonical ?? u));
    expect(urls.map((u) => canonicalizeUrl(u))).toEqual(first);
  });

  it('canonical forms keep an empty query, drop a fragment unless it is a route, with or without a `?` in the fragment', () => {
    const cases: [string, string][] = [
      ['http://a.com/x?', 'http://a.com/x?'],
      ['http://a.com/x#', 'http://a.com/x'],
      ['http://a.com/x#y?z', 'http://a.com/x'],
      ['HTTP://A.com:80/x?#', 'http://a.com/x?'],
      ['http://127.0.0.1:8080/doc/1', 'http://127.0.0.1:8080/doc/1'],
      ['https://a.com/x?utm_source=1#/r?x', 'https://a.com/x#/r?x'],
      ['https://a.com/#!/p?q', 'https://a.com/#!/p?q'],
      ['http://a.com#?', 'http://a.com/'],
      ['http://a.com/%3F?b#c', 'http://a.com/%3F?b'],
    ];
    for (const [url, canonical] of cases) expect(analyzeUrlByParsing(url)?.canonical).toBe(canonical);
  });
});

/**
 * Parameter stripping as plainly as it can be written (split every segment, classify it, keep or
 * drop it, join what is kept): what canonicalize.ts's allocation-light strip must agree with.
 */
function referenceStrip(url: string, kinds: { tracking: boolean; secrets: boolean }): { url: string; tracking: string[]; secrets: string[] } {
  const parsed = new URL(url);
  const classifier = paramsForHost(parsed.hostname);
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? null : url.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt);
  const query = queryAt < 0 ? null : beforeHash.slice(queryAt + 1);
  const tracking: string[] = [];
  const secrets: string[] = [];
  let keptQuery = query;
  if (query !== null) {
    const segments = query.split('&');
    const kept = segments.filter((segment) => {
      if (segment === '') return true;
      const rawName = segment.split('=')[0]!;
      let name = rawName;
      if (/[%+]/.test(rawName)) {
        try {
          name = decodeURIComponent(rawName.replace(/\+/g, ' '));
        } catch {
          name = rawName.replace(/\+/g, ' ');
        }
      }
      const kind = classifier.classify(name);
      const list = kind === 'tracking' ? tracking : kind === 'secret' ? secrets : null;
      if (list && !list.includes(name)) list.push(name);
      return !((kind === 'tracking' && kinds.tracking) || (kind === 'secret' && kinds.secrets));
    });
    if (kept.length !== segments.length) keptQuery = kept.filter((s) => s !== '').join('&');
  }
  let keptFragment = fragment;
  if (fragment !== null && classifier.isTrackingFragment(fragment)) {
    if (!tracking.includes(`#${fragment}`)) tracking.push(`#${fragment}`);
    if (kinds.tracking) keptFragment = null;
  }
  const emptied = keptQuery === null || (keptQuery === '' && query !== '');
  return { url: base + (emptied ? '' : `?${keptQuery}`) + (keptFragment === null ? '' : `#${keptFragment}`), tracking, secrets };
}

describe('parameter stripping', () => {
  it('agrees with a plain reference on generated URLs (fixed seed)', () => {
    const host = fc.constantFrom('mp.weixin.qq.com', 'www.bilibili.com', 'example.com', 'x.com');
    const name = fc.constantFrom('utm_source', 'spm_id_from', 'vd_source', 'x', 'mid', 'sn', 'key', 'uin', 'pass_ticket', 'scene', '', 'a%20b', 'a+b', 'utm_%zz', 'UTM_Source');
    const value = fc.stringMatching(/^[A-Za-z0-9\-._~%=]{0,4}$/);
    const query = fc.oneof(fc.constant(''), fc.array(fc.tuple(name, fc.constantFrom('=', ''), value).map((p) => p.join('')), { maxLength: 5 }).map((q) => `?${q.join('&')}`));
    const fragment = fc.constantFrom('', '#', '#wechat_redirect', '#rd', '#/r', '#x');
    const url = fc.tuple(fc.constantFrom('https://'), host, fc.constantFrom('', '/s', '/a/'), query, fragment).map((p) => p.join(''));
    const allKinds = [
      { tracking: true, secrets: true },
      { tracking: true, secrets: false },
      { tracking: false, secrets: true },
      { tracking: false, secrets: false },
    ];
    fc.assert(
      fc.property(url, (u) => {
        for (const kinds of allKinds) expect(stripUrlParams(u, kinds), JSON.stringify(kinds)).toBe(referenceStrip(u, kinds).url);
        const expected = referenceStrip(u, { tracking: true, secrets: true });
        const analysis = analyzeUrlByParsing(u)!;
        expect({ url: analysis.cleaned, tracking: analysis.tracking, secrets: analysis.secrets }).toEqual(expected);
        // The canonical form: the cleaned URL as the WHATWG parser writes it, without its fragment unless that is a route.
        const canonical = new URL(expected.url);
        if (!/^#!?\//.test(canonical.hash)) canonical.hash = '';
        expect(analysis.canonical).toBe(canonical.href);
        expect(analyzeUrl(u)).toEqual(analysis);
      }),
      { seed: 15, numRuns: 3000 },
    );
  });
});
