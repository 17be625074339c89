// parseLinkCell: the fast path and the remark fallback must agree on the value and on where the
// raw destination sits in the source, so a fix can replace just the URL.
import { describe, expect, test } from 'vitest';
import { parseLinkCell, parseTracker, type LinkCellResult } from '../../../src/core/parse/index.js';

function linkCell(content: string): { result: LinkCellResult; source: string } {
  const source = `## S\n| 资料链接 | x |\n|---|---|\n| ${content} | y |\n`;
  const cell = parseTracker(source).sections[0]!.tables[0]!.rows[0]!.cells[0]!;
  return { result: parseLinkCell(cell, source), source };
}

function expectLink(content: string, text: string, url: string, rawUrl = url): void {
  const { result, source } = linkCell(content);
  expect(result).toMatchObject({ ok: true, value: { text, url } });
  if (result.ok) expect(source.slice(result.value.urlStart, result.value.urlEnd)).toBe(rawUrl);
}

describe('valid link cells', () => {
  test('plain link', () => expectLink('[ChatGPT数据集之谜](https://mp.weixin.qq.com/s/9vOc-OyqvzrO_w5LApurbg)', 'ChatGPT数据集之谜', 'https://mp.weixin.qq.com/s/9vOc-OyqvzrO_w5LApurbg'));
  test('escaped brackets in the text', () =>
    expectLink('[\\[DLHLP 2020\\] 模型 GPT\\-3](https://www.bilibili.com/video/BV1xv411C7af/?vd_source=08)', '[DLHLP 2020] 模型 GPT-3', 'https://www.bilibili.com/video/BV1xv411C7af/?vd_source=08'));
  test('query strings with bare ampersands stay on the fast path', () =>
    expectLink('[从word2vec开始](https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650798946&idx=1#wechat_redirect)', '从word2vec开始', 'https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=2650798946&idx=1#wechat_redirect'));
  test('balanced parentheses in the URL', () => expectLink('[wiki](https://en.wikipedia.org/wiki/GPT_(model))', 'wiki', 'https://en.wikipedia.org/wiki/GPT_(model)'));
  test('escapes in the URL are decoded', () => expectLink('[a](https://x.y/a\\_b)', 'a', 'https://x.y/a_b', 'https://x.y/a\\_b'));
  test('emphasis in the text (remark fallback)', () => expectLink('[**GPT** _model_](https://x.y/p)', 'GPT model', 'https://x.y/p'));
  test('angle-bracket destination (remark fallback)', () => expectLink('[a](<https://x.y/a b>)', 'a', 'https://x.y/a b', 'https://x.y/a b'));
  test('escaped > inside an angle-bracket destination: the range covers the whole raw URL', () =>
    expectLink('[a](<https://x.org/a\\>b>)', 'a', 'https://x.org/a>b', 'https://x.org/a\\>b'));
  test('escaped backslash before the closing >', () => expectLink('[a](<https://x.org/a\\\\>)', 'a', 'https://x.org/a\\', 'https://x.org/a\\\\'));
  test('entity in the URL (remark fallback)', () => expectLink('[a](https://x.y/?a=1&amp;b=2)', 'a', 'https://x.y/?a=1&b=2', 'https://x.y/?a=1&amp;b=2'));
  test('title after the URL (remark fallback)', () => expectLink('[a](https://x.y/p "title")', 'a', 'https://x.y/p'));
});

test('the same cell is parsed once', () => {
  const source = '| a |\n|---|\n| [x](https://x.y/1) |\n';
  const cell = parseTracker(source).sections[0]!.tables[0]!.rows[0]!.cells[0]!;
  expect(parseLinkCell(cell, source)).toBe(parseLinkCell(cell, source));
});

describe('invalid link cells', () => {
  const cases: [string, string, string | undefined][] = [
    ['', 'empty', undefined],
    ['just text', 'no-link', undefined],
    ['[ref][1]', 'no-link', undefined],
    ['https://x.y/bare', 'no-link', 'https://x.y/bare'],
    ['[a](https://x.y/1) [b](https://x.y/2)', 'multiple-links', 'https://x.y/1'],
    ['[](https://x.y/1)', 'empty-text', 'https://x.y/1'],
    ['[   ](https://x.y/1)', 'empty-text', 'https://x.y/1'],
    ['[a](https://x.y/1) extra', 'extra-text', undefined],
    ['see [a](https://x.y/1)', 'extra-text', 'https://x.y/1'],
    ['[a](ftp://x.y/1)', 'bad-scheme', 'ftp://x.y/1'],
    ['[a](javascript:alert(1))', 'bad-scheme', 'javascript:alert(1)'],
  ];
  test.each(cases)('%j → %s', (content, reason, url) => {
    const { result } = linkCell(content);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      if (url !== undefined) expect(result.url).toBe(url);
    }
  });
});
