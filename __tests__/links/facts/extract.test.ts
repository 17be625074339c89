import { describe, expect, it } from 'vitest';
import type { PageFacts } from '../../../src/core/types.js';
import { PageFactsReader, publishDay } from '../../../src/links/facts.js';
import { hostUtcOffsetMinutes } from '../../../src/links/host-quirks.js';
import { BILIBILI_VIDEO, JSON_LD_BLOG, OPEN_GRAPH_ONLY, TITLE_ONLY, WECHAT_ARTICLE, ZHIHU_ARTICLE } from '../../support/fact-pages.js';

/** The facts of a whole page text, read in one chunk. `hostname` picks the host quirks and zone. */
function extractPageFacts(html: string, hostname: string): PageFacts {
  const reader = new PageFactsReader(hostname);
  reader.push(html, true);
  return reader.facts();
}

describe('extractPageFacts', () => {
  it('reads a WeChat article from its script variables, the creation time as a UTC+8 day', () => {
    expect(extractPageFacts(WECHAT_ARTICLE, 'mp.weixin.qq.com')).toEqual({
      title: 'ChatGPT 数据集之谜',
      publisher: '机器之心',
      author: '张三',
      published: '2023-03-03',
    });
  });

  it('reads a Bilibili video: <h1 title>, uploader and pubdate from the page state', () => {
    expect(extractPageFacts(BILIBILI_VIDEO, 'www.bilibili.com')).toEqual({
      title: 'InstructGPT 论文精读【论文精读】',
      publisher: '跟李沐学AI',
      author: '跟李沐学AI',
      published: '2023-02-10',
    });
  });

  it('reads a Zhihu article: author block, datePublished in UTC moved to UTC+8', () => {
    expect(extractPageFacts(ZHIHU_ARTICLE, 'zhuanlan.zhihu.com')).toEqual({
      title: '从 GPT 到 ChatGPT 的演进',
      publisher: '知乎专栏',
      author: '李四',
      published: '2023-01-05',
    });
  });

  it('prefers JSON-LD and keeps the day in the page\'s own zone', () => {
    expect(extractPageFacts(JSON_LD_BLOG, 'blog.example')).toEqual({
      title: 'Scaling laws, revisited',
      publisher: 'Example Blog',
      author: 'Jane Doe',
      published: '2023-03-01',
    });
  });

  it('reads Open Graph alone and ignores an author given as a URL', () => {
    expect(extractPageFacts(OPEN_GRAPH_ONLY, 'widget.example')).toEqual({
      title: 'Introducing the Widget API',
      publisher: 'Widget Inc.',
      published: '2022-11-30',
    });
  });

  it('falls back to <title> and never guesses the rest', () => {
    expect(extractPageFacts(TITLE_ONLY, 'notes.example')).toEqual({ title: 'Notes on attention & memory - lab notes' });
  });

  it('strips the site name from <title> once the site is known', () => {
    const html = '<head><title>Post one – Acme Journal</title><meta property="og:site_name" content="Acme Journal"></head>';
    expect(extractPageFacts(html, 'acme.example').title).toBe('Post one');
  });

  it('uses a lone <time datetime>, but none of several (a list or a sidebar)', () => {
    expect(extractPageFacts('<body><article><time datetime="2023-04-05T10:00:00">Apr 5</time></article></body>', 'a.example')).toEqual({ published: '2023-04-05' });
    const list = '<body><time datetime="2023-04-05">a</time><p>x</p><time datetime="2022-01-01">b</time></body>';
    expect(extractPageFacts(list, 'a.example')).toEqual({});
    for (const size of [3, 17, 40]) {
      const reader = new PageFactsReader('a.example');
      for (let i = 0; i < list.length; i += size) reader.push(list.slice(i, i + size));
      expect(reader.facts(), `chunk size ${size}`).toEqual({});
    }
  });

  it('finds nothing in an empty or non-HTML text', () => {
    expect(extractPageFacts('', 'a.example')).toEqual({});
    expect(extractPageFacts('{"code":0}', 'api.bilibili.com')).toEqual({});
  });
});

describe('PageFactsReader (streaming)', () => {
  const pages = { 'mp.weixin.qq.com': WECHAT_ARTICLE, 'www.bilibili.com': BILIBILI_VIDEO, 'zhuanlan.zhihu.com': ZHIHU_ARTICLE, 'blog.example': JSON_LD_BLOG };

  it.each(Object.entries(pages))('gives the same facts for %s whatever the chunk size', (host, html) => {
    const whole = extractPageFacts(html, host);
    for (const size of [1, 7, 64, 333, 1000, 4096, 16_384]) {
      const reader = new PageFactsReader(host);
      for (let i = 0; i < html.length && !reader.push(html.slice(i, i + size)); i += size);
      expect(reader.facts(), `chunk size ${size}`).toEqual(whole);
    }
  });

  it('says done as soon as the facts are complete, before the rest of the page', () => {
    const reader = new PageFactsReader('blog.example');
    const headEnd = JSON_LD_BLOG.indexOf('</head>') + '</head>'.length;
    expect(reader.push(JSON_LD_BLOG.slice(0, headEnd))).toBe(true);
  });

  it('keeps reading a WeChat page until its late creation time', () => {
    const reader = new PageFactsReader('mp.weixin.qq.com');
    const beforeCt = WECHAT_ARTICLE.indexOf('var ct');
    expect(reader.push(WECHAT_ARTICLE.slice(0, beforeCt))).toBe(false);
    expect(reader.push(WECHAT_ARTICLE.slice(beforeCt))).toBe(true);
  });
});

describe('publishDay', () => {
  it('turns Unix seconds and milliseconds into a day in the given zone', () => {
    expect(publishDay('1677772800', 480)).toBe('2023-03-03');
    expect(publishDay('1677772800', 0)).toBe('2023-03-02');
    expect(publishDay(1677772800000, 480)).toBe('2023-03-03');
  });
  it('keeps an explicit offset\'s own day, moves UTC into the host zone', () => {
    expect(publishDay('2023-03-01T23:30:00-08:00', 480)).toBe('2023-03-01');
    expect(publishDay('2023-03-01T20:00:00Z', 480)).toBe('2023-03-02');
    expect(publishDay('2023-03-01T20:00:00Z', 0)).toBe('2023-03-01');
    expect(publishDay('2023/3/1', 0)).toBe('2023-03-01');
    expect(publishDay('2023年3月1日', 0)).toBe('2023-03-01');
  });
  it('rejects what is not a real day', () => {
    expect(publishDay('2023-02-30', 0)).toBeUndefined();
    expect(publishDay('yesterday', 0)).toBeUndefined();
    expect(publishDay('12', 0)).toBeUndefined();
  });
  it('reads Chinese hosts in UTC+8, others in UTC', () => {
    expect(hostUtcOffsetMinutes('mp.weixin.qq.com')).toBe(480);
    expect(hostUtcOffsetMinutes('hub.baai.ac.cn')).toBe(480);
    expect(hostUtcOffsetMinutes('openai.com')).toBe(0);
  });
});
