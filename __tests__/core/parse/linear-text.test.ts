// Heading and cell text from strangers is read in linear time: the scanners that replaced backtracking
// regexes keep their meaning (code spans per CommonMark, links to their text, tags and comments dropped,
// snake_case kept), a link cell too long for the remark fallback is reported as too complex, and a URL with
// 100k parameters lists each name once. Timing lives in bench/time-fuzz.mjs, never here.
import { describe, expect, it } from 'vitest';
import { parseLinkCell, stripInlineMarkup } from '../../../src/core/parse/index.js';
import { MAX_REMARK_CELL_LENGTH } from '../../../src/core/parse/link-cell.js';
import { analyzeUrl } from '../../../src/core/url/canonicalize.js';
import type { Cell } from '../../../src/core/types.js';

function cell(text: string): Cell {
  const point = { line: 1, column: 2, offset: 1 };
  return { index: 0, raw: ` ${text} `, text, span: { start: point, end: { ...point, column: 2 + text.length, offset: 1 + text.length } } };
}

describe('stripInlineMarkup', () => {
  it.each([
    ['`code` and ``a`b``', 'code and a`b'],
    ['``` unmatched ` run', '``` unmatched ` run'],
    ['` padded `', 'padded'],
    ['[title](https://a.example/x "t") and ![img](p.png)', 'title and img'],
    ['[a [b](c)', 'a [b'],
    ['[ref][1] text', 'ref text'],
    ['a <b>bold</b> <!-- note --> c', 'a bold c'],
    ['<https://a.example/> link', 'https://a.example/ link'],
    ['snake_case_name and _emph_ __strong__', 'snake_case_name and emph strong'],
    ['\\[not a link\\](x)', '[not a link](x)'],
    ['&amp; &#x41; &#66; &bogus;', '& A B &bogus;'],
    ['*a* ~~b~~', 'a b'],
  ])('%s → %s', (input, expected) => {
    expect(stripInlineMarkup(input)).toBe(expected);
  });

  it('reads crafted runs of backticks, brackets, tags and underscores to the end', () => {
    let runs = '';
    for (let k = 1; runs.length < 50_000; k++) runs += '`'.repeat(k % 300) + 'a';
    expect(stripInlineMarkup(runs).length).toBeGreaterThan(0);
    expect(stripInlineMarkup('[x]('.repeat(10_000) + '['.repeat(10_000))).toContain('[x](');
    expect(stripInlineMarkup('<a<!--<http:&a'.repeat(5_000))).toContain('<!--');
    expect(stripInlineMarkup(('a' + '_'.repeat(300)).repeat(200) + 'a')).toContain('a_');
  });
});

describe('link cells and the remark fallback', () => {
  it('reports a cell past the cap that the fast scan cannot read as too complex', () => {
    const nested = '['.repeat(MAX_REMARK_CELL_LENGTH) + ']'.repeat(10);
    expect(parseLinkCell(cell(nested), nested)).toEqual({ ok: false, reason: 'too-complex' });
  });
  it('reports a shorter cell with more Markdown punctuation than any real title as too complex', () => {
    const crafted = `[a](<\`${'[]*_'.repeat(10)}x`;
    expect(crafted.length).toBeLessThan(MAX_REMARK_CELL_LENGTH);
    expect(parseLinkCell(cell(crafted), crafted)).toEqual({ ok: false, reason: 'too-complex' });
  });

  it('still reads complex cells under the caps, and long simple cells at any length', () => {
    const emphasised = '[**bold** title](https://a.example/x)';
    expect(parseLinkCell(cell(emphasised), emphasised)).toMatchObject({ ok: true, value: { text: 'bold title' } });
    const long = `[t](https://a.example/${'x'.repeat(5_000)})`;
    expect(parseLinkCell(cell(long), long)).toMatchObject({ ok: true });
  });
});

describe('URL parameters', () => {
  it('lists each of 100k tracking parameter names once', () => {
    const query = Array.from({ length: 100_000 }, (_, i) => `utm_x${i % 50_000}=1`).join('&');
    const analysis = analyzeUrl(`https://a.example/?${query}`)!;
    expect(analysis.tracking).toHaveLength(50_000);
    expect(analysis.cleaned).toBe('https://a.example/');
  });
});

describe('link cells read by remark in one batch', () => {
  it('gives every cell of a column the same result as reading it alone', async () => {
    const { parseTracker } = await import('../../../src/core/parse/index.js');
    const { linksOf } = await import('../../../src/core/values/link.js');
    const cells = [
      '[**Bold** title](https://a.example/1)',
      '[a](https://a.example/2) trailing',
      '[x](https://a.example/3) [y](https://a.example/4)',
      '[`code`](<https://a.example/5 x>)',
      '[t](https://a.example/6 "title")',
      'plain text',
      '[simple](https://a.example/7)',
      '[&amp; entity](https://a.example/8?a=1&amp;b=2)',
      '![img](https://a.example/9.png)',
      '[esc\\|aped](https://a.example/10)',
      '[ref *title*][r1]',
      '<https://a.example/11>',
    ];
    const source = `## S\n\n| Link | Note |\n| --- | --- |\n${cells.map((c) => `| ${c} | n |`).join('\n')}\n\n[r1]: https://a.example/ref\n`;
    const batched = parseTracker(source);
    const table = batched.sections.flatMap((s) => s.tables)[0]!;
    const inBatch = linksOf(batched, table, 0).toArray();
    const alone = parseTracker(source);
    const aloneTable = alone.sections.flatMap((s) => s.tables)[0]!;
    const single = aloneTable.rows.map((row) => parseLinkCell(row.cells[0]!, source));
    expect(inBatch).toEqual(single);
    expect(inBatch.filter((r) => r?.ok).length).toBeGreaterThan(3);
    expect(inBatch.filter((r) => r && !r.ok).length).toBeGreaterThan(2);
  });
});
