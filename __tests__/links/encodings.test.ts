// Bodies are judged as text: compressed pages (gzip, deflate, raw deflate, brotli) are decoded,
// legacy charsets (GBK, Big5) are honoured from the header or the page's <meta>, and a gzip bomb
// is cut at the cap on decoded bytes.
import { request } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reasonCode } from '../../src/core/reasons.js';
import { checkLinks, MAX_BODY_BYTES, readBodyText, decodeText } from '../../src/links/index.js';
import { BOMB_DECODED_BYTES, startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const HOSTS = ['mp.weixin.qq.com', 'www.bilibili.com', 'www.zhihu.com', 'forum.example', 'bomb.example'];
const resolve = () => Object.fromEntries(HOSTS.map((h) => [h, '127.0.0.1']));

async function verdictOf(url: string, overrides: Record<string, unknown> = {}) {
  const results = await checkLinks([url], loopbackConfig({ resolve: resolve(), ...overrides }));
  const verdict = [...results.values()][0]!;
  // The reason in its stable string form (reasonCode), as the JSON report and the cache hold it.
  return { ...verdict, reason: reasonCode(verdict.reason) };
}

describe('compressed pages', () => {
  const pages: [string, string, string, string][] = [
    ['mp.weixin.qq.com', '/wechat/deleted', 'dead', 'soft-404:wechat-deleted'],
    ['mp.weixin.qq.com', '/wechat/verify', 'blocked', 'bot-wall:wechat-verify'],
    ['mp.weixin.qq.com', '/wechat/article', 'alive', 'http-200'],
    ['www.bilibili.com', '/bilibili/deleted', 'dead', 'soft-404:bilibili-deleted'],
    ['www.bilibili.com', '/bilibili/deleted-state', 'dead', 'soft-404:bilibili-deleted'],
    ['www.zhihu.com', '/zhihu/missing-200', 'dead', 'soft-404:zhihu-not-found'],
    ['forum.example', '/cloudflare-title', 'blocked', 'bot-wall:cloudflare-challenge'],
  ];
  for (const coding of ['gzip', 'deflate', 'deflate-raw', 'br']) {
    it.each(pages)(`${coding}: %s%s is %s`, async (host, path, verdict, reason) => {
      const v = await verdictOf(server.url(`/compressed/${coding}${path}`, host));
      expect(v).toMatchObject({ verdict, reason });
    });
  }

  it('asks for gzip, deflate and br', async () => {
    await verdictOf(server.url('/compressed/br/wechat/deleted', 'mp.weixin.qq.com'));
    expect(server.requests[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });
});

describe('legacy encodings', () => {
  it.each([
    ['gbk', 'header', '该主题不存在'],
    ['gbk', 'meta', '该主题不存在'],
    ['gbk', 'http-equiv', '该主题不存在'],
    ['big5', 'header', '此主題已不存在'],
    ['big5', 'meta', '此主題已不存在'],
  ])('a %s page (charset in %s) matches a configured signature', async (charset, where, text) => {
    const url = server.url(`/legacy/${charset}/${where}`, 'forum.example');
    expect(await verdictOf(url, { signatures: { 'forum.example': [text] } })).toMatchObject({ verdict: 'dead', reason: 'soft-404:config' });
    expect(await verdictOf(url, { signatures: { 'forum.example': ['一段不在页面上的文字'] } })).toMatchObject({ verdict: 'alive' });
  });

  it('a compressed GBK page is decompressed, then decoded', async () => {
    const url = server.url('/compressed/gzip/legacy/gbk/meta', 'forum.example');
    expect(await verdictOf(url, { signatures: { 'forum.example': ['该主题不存在'] } })).toMatchObject({ verdict: 'dead' });
  });

  it('decodeText: BOM, then Content-Type, then <meta>, then UTF-8; unknown labels fall back', () => {
    const gbk = Buffer.from('b8c3d6f7cce2', 'hex'); // 该主题
    expect(decodeText(gbk, 'text/html; charset=GBK')).toEqual({ text: '该主题', encoding: 'gbk' });
    expect(decodeText(gbk, 'text/html; charset="gb2312"').text).toBe('该主题');
    expect(decodeText(Buffer.concat([Buffer.from('<meta charset=gb18030>'), gbk]), 'text/html').text).toBe('<meta charset=gb18030>该主题');
    expect(decodeText(Buffer.from('<meta charset="utf-16le">é'), 'text/html').encoding).toBe('utf-8');
    expect(decodeText(Buffer.from('\ufeffé'), 'text/html; charset=gbk')).toEqual({ text: 'é', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('é'), 'text/html; charset=no-such-charset')).toEqual({ text: 'é', encoding: 'utf-8' });
    expect(decodeText(Buffer.from([0x81, 0x41]), 'text/html; charset=shift_jis').encoding).toBe('shift_jis');
    expect(decodeText(Buffer.from([0xb0, 0xa1]), 'text/html; charset=euc-kr').text).toBe('가');
  });

  it('decodeText reads UTF-8 as TextDecoder does: invalid sequences, a leading BOM (fixed-seed random bytes)', () => {
    const reference = new TextDecoder('utf-8');
    // Bytes that start, continue or break multi-byte sequences, mixed with random ones.
    const pool = [0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0xbb];
    let seed = 20261201;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    for (let n = 0; n < 20_000; n++) {
      const bytes = Buffer.alloc(next() % 12);
      for (let i = 0; i < bytes.length; i++) bytes[i] = next() % 3 === 0 ? next() % 256 : pool[next() % pool.length]!;
      if (n % 10 === 0) bytes.set([0xef, 0xbb, 0xbf].slice(0, bytes.length));
      expect(decodeText(bytes, 'text/html; charset=utf-8')).toEqual({ text: reference.decode(bytes), encoding: 'utf-8' });
    }
  });
});

describe('a 1 GiB gzip bomb', () => {
  it('is read only up to the cap on decoded bytes', async () => {
    const res = await request(server.url('/bomb'), { headers: { 'accept-encoding': 'gzip' } });
    const body = await readBodyText(res.body, { maxBytes: MAX_BODY_BYTES, contentType: 'text/html', contentEncoding: res.headers['content-encoding'] });
    expect(body).toMatchObject({ bytes: MAX_BODY_BYTES, complete: false });
    expect(body!.text).toContain('Just a moment...');
    expect(BOMB_DECODED_BYTES / MAX_BODY_BYTES).toBe(4096);
  });

  it('gets its verdict from the page it starts with', async () => {
    // A host with a signature is judged from its body.
    const v = await verdictOf(server.url('/bomb', 'bomb.example'), { signatures: { 'bomb.example': ['not on the page'] } });
    expect(v).toMatchObject({ verdict: 'blocked', reason: 'bot-wall:cloudflare-challenge' });
  });

  it('a body in an unknown coding is not read as text', async () => {
    const res = await request(server.url('/ok'));
    expect(await readBodyText(res.body, { maxBytes: 1024, contentEncoding: 'zstd' })).toBeNull();
  });
});
