// parseLinkCell: the fast path and the remark fallback must agree on the value and on where the
// raw destination sits in the source, so a fix can replace just the URL.
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parseLinkCell, parseTracker, type LinkCellResult } from '../../../src/core/parse/index.js';
import { LinkColumn, parseLinkCells, scanPlainLink, scanSimpleLink } from '../../../src/core/parse/link-cell.js';

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

test('a cell the fast scan reads gets an equal verdict on each read; one remark reads is parsed once', () => {
  const source = '| a |\n|---|\n| [x](https://x.y/1) |\n| [x](https://x.y/1 "title") |\n';
  const [plain, titled] = parseTracker(source).sections[0]!.tables[0]!.rows.map((row) => row.cells[0]!);
  expect(parseLinkCell(plain!, source)).toEqual(parseLinkCell(plain!, source));
  expect(parseLinkCell(titled!, source)).toMatchObject({ ok: true, value: { text: 'x', url: 'https://x.y/1' } });
  expect(parseLinkCell(titled!, source)).toBe(parseLinkCell(titled!, source));
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
    // remark-gfm makes the bare URL after a Unicode space a link node without a position.
    ['\u3000www.example.com', 'no-link', 'http://www.example.com'],
    ['\u00a0www.example.com', 'no-link', 'http://www.example.com'],
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

/**
 * The fast scan as it was written before it read cells in place (on the cell's text, with a result
 * object per scan and the label and URL always unescaped): what scanSimpleLink and its regex fast
 * path scanPlainLink must agree with. undefined: undecided (remark decides).
 */
function referenceScan(text: string, base: number): LinkCellResult | undefined {
  const unescape = (value: string) => (value.indexOf('\\') === -1 ? value : value.replace(/\\([!-/:-@[-`{-~])/g, '$1'));
  const mayHoldLink = (value: string) => /[[<@]|https?:|www\./i.test(value);
  const isSpaceOrTab = (code: number) => code === 32 || code === 9;
  const length = text.length;
  if (text.charCodeAt(0) !== 91) return mayHoldLink(text) ? undefined : { ok: false, reason: 'no-link' };
  let i = 1;
  for (; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 92) {
      i++;
      continue;
    }
    if (code === 93) break;
    if ([91, 96, 60, 42, 95, 126, 33, 38].includes(code)) return undefined;
  }
  if (i >= length || text.charCodeAt(i + 1) !== 40) return undefined;
  const label = text.slice(1, i);
  let j = i + 2;
  while (j < length && isSpaceOrTab(text.charCodeAt(j))) j++;
  if (text.charCodeAt(j) === 60) return undefined;
  const urlStart = j;
  let depth = 0;
  for (; j < length; j++) {
    const code = text.charCodeAt(j);
    if (code === 92 && j + 1 < length && /[!-/:-@[-`{-~]/.test(text[j + 1]!)) {
      j++;
      continue;
    }
    if (code === 40) depth++;
    else if (code === 41) {
      if (depth === 0) break;
      depth--;
    } else if (isSpaceOrTab(code)) break;
    else if (code < 32 || code === 127) return undefined;
  }
  const urlEnd = j;
  const destination = text.slice(urlStart, urlEnd);
  if (/&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/.test(destination)) return undefined;
  while (j < length && isSpaceOrTab(text.charCodeAt(j))) j++;
  if (depth !== 0 || j >= length || text.charCodeAt(j) !== 41) return undefined;
  const rest = text.slice(j + 1);
  if (rest.trim() !== '') return mayHoldLink(rest) ? undefined : { ok: false, reason: 'extra-text' };
  const linkText = unescape(label);
  const url = unescape(destination);
  if (linkText.trim() === '') return { ok: false, reason: 'empty-text', url };
  if (!/^https?:\/\//i.test(url)) return { ok: false, reason: 'bad-scheme', url };
  return { ok: true, value: { text: linkText.trim(), url, urlStart: base + urlStart, urlEnd: base + urlEnd }, form: 'inline' };
}

describe('fast link scan (fixed seed)', () => {
  // Cells built from the pieces that decide the scan: brackets, parentheses, escapes, spaces,
  // markup, entities, pipes, control and non-ASCII characters, around the `[label](url)` shape.
  const piece = fc.constantFrom('a', 'GPT', '中文', ' ', '\t', '\\', '\\-', '\\]', '\\\\', '\\|', '[', ']', '(', ')', '<', '>', '*', '_', '!', '`', '~', '&', '&amp;', ';', '|', '\u0001', '\u00a0', '\u3000', '#', '?', '=');
  const plainPiece = fc.constantFrom('a', 'GPT', '中文', ' ', '\\-', '\\]', '\\\\', '#', '?', '=', ';');
  const text = fc.oneof(fc.array(piece, { maxLength: 5 }), fc.array(plainPiece, { maxLength: 5 })).map((p) => p.join(''));
  const plainUrl = fc.tuple(fc.constantFrom('https://', 'http://', 'HTTPS://', 'ftp://', ''), fc.array(fc.constantFrom('x.y/p', 'a_b', '?q=1&r=2', '&', ';', '&amp;', '#f', ']', '\u00a0'), { maxLength: 4 })).map(([scheme, rest]) => scheme + rest.join(''));
  const url = fc.oneof(plainUrl, fc.tuple(fc.constantFrom('https://', 'HTTP://', 'ftp://', '', '<https://', 'www.'), fc.array(fc.oneof(piece, fc.constantFrom('x.y/p', 'a_b', '?q=1&r=2')), { maxLength: 4 })).map(([scheme, rest]) => scheme + rest.join('')));
  const mostlyEmpty = (...others: string[]) => fc.oneof({ arbitrary: fc.constant(''), weight: 4 }, fc.constantFrom(...others));
  const cell = fc.oneof(
    fc.tuple(text, url, mostlyEmpty(' ', '\t', '  '), mostlyEmpty(' ', ' "t"'), mostlyEmpty(' x', ' [b](https://z)', ' ')).map(([label, destination, lead, trail, rest]) => `[${label}](${lead}${destination}${trail})${rest}`),
    text.map((t) => `[${t}`),
    text,
  );

  test('scanning a cell in place, or its text, gives the reference verdict; the regex path agrees whenever it decides', () => {
    let plainDecided = 0;
    let plainLinks = 0;
    fc.assert(
      fc.property(cell, fc.constantFrom('', '| ', 'x | '), fc.constantFrom('', ' |', ' | y |\n'), (content, before, after) => {
        fc.pre(content.trim() === content && content !== '');
        const source = before + content + after;
        const start = before.length;
        const end = start + content.length;
        const expected = referenceScan(content, start);
        const plain = scanPlainLink(source, start, end, 0);
        if (plain !== null) {
          plainDecided++;
          if (plain.ok) plainLinks++;
          expect(plain).toEqual(expected);
        }
        expect(scanSimpleLink(source, start, end, 0)).toEqual(expected);
        expect(scanPlainLink(content, 0, content.length, start) ?? scanSimpleLink(content, 0, content.length, start)).toEqual(expected);
        // A LinkColumn keeps as offsets exactly the cells the regex path finds valid, and makes their verdicts again as it does.
        const column = new LinkColumn(source, 1);
        expect(column.readInline(0, start, end)).toBe(plain !== null && plain.ok);
        if (plain?.ok) {
          expect(column.at(0)).toEqual(plain);
          expect(column.urlAt(0)).toBe(plain.value.url);
          expect(column.isInline(0)).toBe(true);
        }
      }),
      { seed: 15, numRuns: 20_000 },
    );
    // The property is not vacuous: the regex path decided a good share of the cells, valid links among them.
    expect(plainDecided).toBeGreaterThan(1_000);
    expect(plainLinks).toBeGreaterThan(100);
  });
});

describe('a column of link cells (parseLinkCells, fixed seed)', () => {
  const content = fc.oneof(
    fc.constantFrom('', '-', 'n/a', 'text', '[a](https://x.y/1)', '[中文 \\- 标题](https://mp.weixin.qq.com/s/AbC)', '[ x ](http://x.y)', '[a](https://x.y/p?utm_source=z&id=1#f)'),
    fc.constantFrom('[a](HTTPS://X.Y/A)', '[a](ftp://x.y)', '[](https://x.y)', '[\u3000](https://x.y/2)', '[a](https://x.y/a\\_b)', '[a](https://x.y/(b))', '[a](https://x.y/?a=1&amp;b=2)'),
    fc.constantFrom('[*b*](https://x.y/3)', '[t](https://x.y/4 "title")', '<https://x.y/5>', '[r][1]', '[a](https://x.y/6) tail', '[a](https://x.y/7)[b](https://x.y/8)', '[a](https://x.y:443/9)', '[a](https://x.y/./b)'),
  );
  const row = fc.tuple(content, fc.option(content, { nil: undefined }));

  test('reads every row as parseLinkCell reads its cell alone, and its URLs as analyzeUrl does', async () => {
    const { analyzeUrl } = await import('../../../src/core/url/canonicalize.js');
    const { UrlColumn } = await import('../../../src/core/values/link.js');
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 12 }), (rows) => {
        const lines = rows.map(([a, b]) => (b === undefined ? `| ${a} |` : `| ${a} | ${b} |`));
        const source = `## S\n\n| Link | Code |\n|---|---|\n${lines.join('\n')}\n\n[1]: https://x.y/ref\n`;
        const table = parseTracker(source).sections.flatMap((s) => s.tables)[0]!;
        const alone = parseTracker(source).sections.flatMap((s) => s.tables)[0]!;
        for (const cellIndex of [0, 1]) {
          const column = parseLinkCells(table.rows, cellIndex, source);
          const urls = new UrlColumn(column);
          expect(column.length).toBe(table.rows.length);
          alone.rows.forEach((aloneRow, r) => {
            const cell = aloneRow.cell(cellIndex);
            const expected = cell ? parseLinkCell(cell, source) : undefined;
            expect(column.at(r)).toEqual(expected);
            expect(column.urlAt(r)).toBe(expected === undefined ? undefined : expected.ok ? expected.value.url : null);
            expect(column.isInline(r)).toBe(expected?.ok === true && expected.form === 'inline');
            const analysis = expected === undefined ? undefined : expected.ok ? analyzeUrl(expected.value.url) : null;
            expect(urls.at(r)).toEqual(analysis);
            expect(urls.canonicalAt(r)).toBe(analysis === undefined ? undefined : analysis === null ? null : analysis.canonical);
            expect(urls.isHttp(r)).toBe(Boolean(analysis));
          });
        }
      }),
      { seed: 16, numRuns: 300 },
    );
  });
});

describe('remembered verdicts', () => {
  test('each cell of a row with several link columns keeps its own verdict, read by any cell object', () => {
    // Cells remark reads (emphasis, a title), so that their verdicts are remembered, and one the fast scan reads.
    const source = '## S\n| Paper | Code | Demo |\n|---|---|---|\n| [*P*](https://p.example/1) | [C](https://c.example/1 "t") | n/a |\n';
    const row = parseTracker(source).sections[0]!.tables[0]!.rows[0]!;
    const first = [0, 1, 2].map((i) => parseLinkCell(row.cell(i)!, source));
    expect(first.map((r) => (r.ok ? r.value.url : r.reason))).toEqual(['https://p.example/1', 'https://c.example/1', 'no-link']);
    // New cell objects for the same cells, in another order: the same (remembered) verdicts.
    for (const i of [1, 0]) expect(parseLinkCell(row.cell(i)!, source)).toBe(first[i]);
    expect(parseLinkCell(row.cell(2)!, source)).toEqual(first[2]);
    expect(parseLinkCell(row.cells[1]!, source)).toBe(first[1]);
  });
});
