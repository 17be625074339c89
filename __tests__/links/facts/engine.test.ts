// Page facts read by the link engine on the request that judges a page, against loopback pages.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks, LinkCache } from '../../../src/links/index.js';
import { readLinkCacheFile, writeLinkCacheFile } from '../../../src/io/link-cache-file.js';
import { loopbackConfig } from '../helpers.js';
import { startLinkServer } from '../../support/link-server.js';
import { startPagesServer, type PagesServer } from '../../support/pages-server.js';

let server: PagesServer;
beforeAll(async () => {
  server = await startPagesServer();
});
afterAll(() => server.close());

const HOSTS = ['mp.weixin.qq.com', 'www.bilibili.com', 'zhuanlan.zhihu.com', 'blog.example', 'facts.test'];
const config = (overrides: Record<string, unknown> = {}) => loopbackConfig({ resolve: Object.fromEntries(HOSTS.map((h) => [h, '127.0.0.1'])), ...overrides });

async function factsOf(url: string, overrides: Record<string, unknown> = {}) {
  const results = await checkLinks([url], config(overrides), { facts: true });
  return [...results.values()][0]!;
}

describe('page facts from the link engine', () => {
  it('reads a WeChat-like article (script variables, UTC+8 creation day)', async () => {
    const v = await factsOf(server.url('/wechat', 'mp.weixin.qq.com'));
    expect(v).toMatchObject({ verdict: 'alive', facts: { title: 'ChatGPT 数据集之谜', publisher: '机器之心', published: '2023-03-03' } });
  });

  it('reads a Bilibili-like video page (uploader, upload day)', async () => {
    const v = await factsOf(server.url('/bilibili', 'www.bilibili.com'));
    expect(v.facts).toEqual({ title: 'InstructGPT 论文精读【论文精读】', publisher: '跟李沐学AI', author: '跟李沐学AI', published: '2023-02-10' });
  });

  it('reads a Zhihu-like article (author, datePublished)', async () => {
    const v = await factsOf(server.url('/zhihu', 'zhuanlan.zhihu.com'));
    expect(v.facts).toMatchObject({ title: '从 GPT 到 ChatGPT 的演进', author: '李四', published: '2023-01-05' });
  });

  it('reads JSON-LD, Open Graph and <title>-only pages', async () => {
    expect((await factsOf(server.url('/jsonld', 'blog.example'))).facts).toEqual({
      title: 'Scaling laws, revisited',
      publisher: 'Example Blog',
      author: 'Jane Doe',
      published: '2023-03-01',
    });
    expect((await factsOf(server.url('/og', 'facts.test'))).facts).toEqual({ title: 'Introducing the Widget API', publisher: 'Widget Inc.', published: '2022-11-30' });
    expect((await factsOf(server.url('/title', 'facts.test'))).facts).toEqual({ title: 'Notes on attention & memory - lab notes' });
  });

  it.each(['gzip', 'br', 'deflate'])('reads a %s-compressed page', async (encoding) => {
    const v = await factsOf(server.url(`/${encoding}/jsonld`, 'facts.test'));
    expect(v).toMatchObject({ verdict: 'alive', facts: { title: 'Scaling laws, revisited', published: '2023-03-01' } });
  });

  it('decodes the charset the page declares (GBK)', async () => {
    expect((await factsOf(server.url('/gbk', 'facts.test'))).facts).toEqual({ title: '中文标题' });
  });

  it('finds facts within the cap and none beyond it, reading little past the cap', async () => {
    expect((await factsOf(server.url('/late/1000', 'facts.test'))).facts).toMatchObject({ title: 'Late title', published: '2021-05-05' });
    const cap = 64 * 1024;
    const far = await factsOf(server.url('/late/2000000', 'facts.test'), { factsBytes: cap });
    expect(far).toMatchObject({ verdict: 'alive', facts: {} });
  });

  it('reads a 2 GB page to the 1 MB cap and drops it: memory flat, little sent', async () => {
    const huge = await startLinkServer();
    try {
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
      const results = await checkLinks([huge.url(`/huge/${2 * 1024 ** 3}`, 'huge.test')], loopbackConfig({ resolve: { 'huge.test': '127.0.0.1' } }), { facts: true });
      clearInterval(sampler);
      expect([...results.values()][0]).toMatchObject({ verdict: 'alive', facts: {} });
      expect(huge.requestsTo('huge.test').map((r) => r.method)).toEqual(['GET']);
      await new Promise((r) => setTimeout(r, 50));
      const sent = huge.bodyBytes.get(`/huge/${2 * 1024 ** 3}`)!;
      expect(sent).toBeGreaterThanOrEqual(1_048_576);
      expect(sent).toBeLessThan(64 * 1024 ** 2);
      expect(peak - baseline).toBeLessThan(300 * 1024 ** 2);
    } finally {
      await huge.close();
    }
  });

  it('reads no facts unless asked, nor with factsBytes 0, and none for dead pages', async () => {
    const url = server.url('/jsonld', 'blog.example');
    expect((await checkLinks([url], config())).get(url)!.facts).toBeUndefined();
    expect((await checkLinks([url], config({ factsBytes: 0 }), { facts: true })).get(url)!.facts).toBeUndefined();
    const gone = await factsOf(server.url('/gone', 'facts.test'));
    expect(gone).toMatchObject({ verdict: 'dead' });
    expect(gone.facts).toBeUndefined();
  });

  it('keeps facts in the cache and reuses them; an entry without facts is re-read', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'facts-cache-'));
    try {
      const file = path.join(dir, 'cache.json');
      const url = server.url('/og', 'facts.test');
      const cache = LinkCache.empty(file);
      await checkLinks([url], config(), { cache });
      expect(cache.get(url)!.facts).toBeUndefined();
      await checkLinks([url], config(), { cache, facts: true });
      expect(cache.get(url)!.facts).toMatchObject({ title: 'Introducing the Widget API' });
      await writeLinkCacheFile(cache, cache.file);
      const reloaded = (await readLinkCacheFile(file)).cache;
      const before = server.methods.length;
      const again = await checkLinks([url], config(), { cache: reloaded, facts: true });
      expect(server.methods.length).toBe(before);
      expect(again.get(url)).toMatchObject({ fromCache: true, facts: { title: 'Introducing the Widget API' } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
