// Pure parts of the link engine: page text and signatures, Retry-After and backoff, the verdict
// rules for redirect chains and accept lists, and host-key matching.
import { describe, expect, it } from 'vitest';
import { hostMatches } from '../../src/links/host-match.js';
import { compileAccept, permanentTarget } from '../../src/links/judge.js';
import { backoffDelay, retryAfterDelay } from '../../src/links/retry.js';
import { compileUserSignatures, pageText, PageSignatures, SHORT_PAGE_CHARS } from '../../src/links/signatures.js';

describe('pageText', () => {
  it('extracts the title and the visible text only', () => {
    const html = '<html><head><title> Just a&nbsp;moment&hellip; </title><style>p{}</style></head><body><script>var x="hidden"</script><!-- c --><p>a &amp; b</p>\n<p>&#35874;&#x8C22;</p></body></html>';
    expect(pageText(html)).toEqual({ title: 'Just a moment&hellip;', text: 'a & b 谢谢' });
  });
});

describe('PageSignatures', () => {
  const signatures = new PageSignatures();
  const judge = (hostname: string, body: string, status = 200, headers = {}) => signatures.judge({ hostname, status, headers, body });

  it('knows which hosts need a body', () => {
    expect(signatures.needsBody('mp.weixin.qq.com')).toBe(true);
    expect(signatures.needsBody('www.bilibili.com')).toBe(true);
    expect(signatures.needsBody('zhuanlan.zhihu.com')).toBe(true);
    expect(signatures.needsBody('weixin.qq.com.example.org')).toBe(false);
    expect(signatures.needsBody('github.com')).toBe(false);
  });

  it('matches text signatures only on short pages', () => {
    const notice = '<p>该回答已被删除</p>';
    expect(judge('www.zhihu.com', notice)).toEqual({ verdict: 'dead', reason: { kind: 'soft-404', signature: 'zhihu-deleted' } });
    expect(judge('www.zhihu.com', notice + '<p>' + 'x'.repeat(SHORT_PAGE_CHARS) + '</p>')).toBeNull();
  });

  it('a WeChat article is alive even when it quotes a deletion notice', () => {
    expect(judge('mp.weixin.qq.com', '<div id="js_content">该内容已被发布者删除</div>')).toBeNull();
  });

  it('recognises the Cloudflare challenge on any host, by header or title', () => {
    expect(signatures.judge({ hostname: 'example.org', status: 403, headers: { 'cf-mitigated': 'challenge' } })).toMatchObject({ verdict: 'blocked' });
    expect(judge('example.org', '<title>Just a moment...</title>', 503)).toMatchObject({ verdict: 'blocked' });
    expect(signatures.judge({ hostname: 'example.org', status: 200, headers: { 'cf-ray': 'abc' }, body: '<p>hi</p>' })).toBeNull();
  });

  it('blocks Zhihu sign-in redirects', () => {
    expect(signatures.blockedRedirect(new URL('https://www.zhihu.com/signin?next=%2Fquestion%2F1'))).toMatchObject({ verdict: 'blocked' });
    expect(signatures.blockedRedirect(new URL('https://www.zhihu.com/question/1'))).toBeNull();
    expect(signatures.blockedRedirect(new URL('https://example.org/signin'))).toBeNull();
  });

  it('compiles user signatures and rejects bad ones in one line', () => {
    const custom = new PageSignatures(compileUserSignatures({ 'hub.baai.ac.cn': ['页面不存在'] }));
    expect(custom.judge({ hostname: 'hub.baai.ac.cn', status: 200, headers: {}, body: '<p>页面不存在</p>' })).toEqual({ verdict: 'dead', reason: { kind: 'soft-404', signature: 'config' } });
    expect(custom.needsBody('hub.baai.ac.cn')).toBe(true);
    expect(() => compileUserSignatures({ 'a.example': ['[unclosed'] })).toThrow(/^links\.signatures\.a\.example: invalid regular expression "\[unclosed"/);
  });
});

describe('Retry-After and backoff', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    ['1', 1000],
    ['0', 0],
    ['120', 120_000],
    ['Wed, 01 Jan 2025 00:00:30 GMT', 30_000],
    ['Tue, 31 Dec 2024 23:00:00 GMT', 0],
    ['soon', null],
    [undefined, null],
  ])('%s → %s ms', (value, ms) => {
    expect(retryAfterDelay(value, now)).toBe(ms);
  });

  it('retryAfterDelay is uncapped', () => {
    expect(retryAfterDelay('86400', now)).toBe(86_400_000);
    expect(retryAfterDelay('Thu, 02 Jan 2025 00:00:00 GMT', now)).toBe(86_400_000);
    expect(retryAfterDelay('later', now)).toBeNull();
  });

  it('backs off exponentially with jitter', () => {
    expect(backoffDelay(1, () => 0)).toBe(125);
    expect(backoffDelay(1, () => 0.999999)).toBe(250);
    expect(backoffDelay(3, () => 0)).toBe(500);
  });
});

describe('verdict rules', () => {
  it('the permanent target is where the leading 301/308 hops lead', () => {
    const hop = (status: number, location: string) => ({ url: 'x', status, location });
    expect(permanentTarget([hop(301, 'https://b/'), hop(308, 'https://c/'), hop(302, 'https://d/')])).toBe('https://c/');
    expect(permanentTarget([hop(302, 'https://b/'), hop(301, 'https://c/')])).toBeNull();
  });

  it('accept lists take codes and ranges, globally or per host', () => {
    const global = compileAccept([403, '500-502']);
    expect([403, 500, 502, 503].map((s) => global('any.example', s))).toEqual([true, true, true, false]);
    const byHost = compileAccept({ 'example.org': ['999'] });
    expect(byHost('www.example.org', 999)).toBe(true);
    expect(byHost('example.com', 999)).toBe(false);
  });

  it('host keys match the host and its subdomains, or only subdomains with *.', () => {
    expect(hostMatches('www.bilibili.com', 'bilibili.com')).toBe(true);
    expect(hostMatches('bilibili.com', 'bilibili.com')).toBe(true);
    expect(hostMatches('notbilibili.com', 'bilibili.com')).toBe(false);
    expect(hostMatches('bilibili.com', '*.bilibili.com')).toBe(false);
    expect(hostMatches('m.bilibili.com', '*.bilibili.com')).toBe(true);
  });
});
