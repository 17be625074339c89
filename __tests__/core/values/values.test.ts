import { describe, expect, it } from 'vitest';
import { compareDateKeys, dateSortKey, formatDate, parseDateText } from '../../../src/core/values/date.js';
import { parseRatingText, ratingSortKey } from '../../../src/core/values/rating.js';
import { compareNatural } from '../../../src/core/infer-schema.js';

describe('parseDateText', () => {
  it('reads plain and escaped hyphens alike', () => {
    expect(parseDateText('2022-03-04')).toEqual({ kind: 'ok', value: { y: 2022, m: 3, d: 4 }, precision: 'day' });
    expect(parseDateText('2022\\-03\\-04')).toEqual({ kind: 'ok', value: { y: 2022, m: 3, d: 4 }, precision: 'day' });
  });

  it('reads months and years in the formats a column accepts', () => {
    const months = ['YYYY-MM', 'YYYY.MM', 'YYYY/MM', 'YYYY'] as const;
    expect(parseDateText('2024.04', months)).toEqual({ kind: 'ok', value: { y: 2024, m: 4, d: 0 }, precision: 'month' });
    expect(parseDateText('2023/5', months)).toMatchObject({ kind: 'unpadded', padded: '2023/05' });
    expect(parseDateText('2021', months)).toEqual({ kind: 'ok', value: { y: 2021, m: 0, d: 0 }, precision: 'year' });
    expect(parseDateText('2024.13', months).kind).toBe('invalid');
    expect(parseDateText('2024-04-01', months).kind).toBe('bad-format');
    expect(parseDateText('2024-04').kind).toBe('bad-format');
    expect(parseDateText('**2024**', months)).toMatchObject({ kind: 'ok', precision: 'year' });
    expect(parseDateText('2023/3<!--13-->', months)).toMatchObject({ kind: 'unpadded', padded: '2023/03<!--13-->' });
  });

  it('compares partial dates at the precision both have', () => {
    const key = (text: string) => dateSortKey(parseDateText(text, ['YYYY-MM-DD', 'YYYY-MM', 'YYYY']))!;
    expect(compareDateKeys(key('2024-04'), key('2024-04-15'))).toBe(0);
    expect(compareDateKeys(key('2024'), key('2024-11-30'))).toBe(0);
    expect(compareDateKeys(key('2024-03'), key('2024-04-01'))).toBeLessThan(0);
    expect(compareDateKeys(key('2024-04-02'), key('2024-04-01'))).toBeGreaterThan(0);
    expect(formatDate({ y: 2024, m: 4, d: 0 })).toBe('2024-04');
  });

  it('pads in the cell’s own escaping style', () => {
    expect(parseDateText('2022-12-7')).toMatchObject({ kind: 'unpadded', padded: '2022-12-07' });
    expect(parseDateText('2022\\-3\\-4')).toMatchObject({ kind: 'unpadded', padded: '2022\\-03\\-04' });
    expect(parseDateText('2022\\-3-4')).toMatchObject({ kind: 'unpadded', padded: '2022\\-03-04' });
  });

  it('rejects impossible days and other formats', () => {
    expect(parseDateText('2023-02-29').kind).toBe('invalid');
    expect(parseDateText('2024-02-29').kind).toBe('ok');
    expect(parseDateText('2023-4-31').kind).toBe('invalid');
    expect(parseDateText('2023-00-10').kind).toBe('invalid');
    for (const text of ['2023/01/05', '23-01-05', '2023-001-05', '2023年1月5日', 'Jan 5, 2023', '2023\\\\-01-05']) {
      expect(parseDateText(text).kind, text).toBe('bad-format');
    }
    expect(parseDateText('').kind).toBe('empty');
  });

  it('gives sortable keys and ISO text', () => {
    expect(dateSortKey(parseDateText('2022-12-7'))).toBe(20221207);
    expect(dateSortKey(parseDateText('2023-02-30'))).toBeNull();
    expect(formatDate({ y: 2022, m: 3, d: 4 })).toBe('2022-03-04');
  });
});

describe('parseRatingText', () => {
  const stars = { symbol: '⭐', min: 1, max: 5 };

  it('counts grapheme clusters, so a star with U+FE0F is one star', () => {
    expect(parseRatingText('⭐⭐⭐', stars)).toEqual({ kind: 'ok', count: 3 });
    expect(parseRatingText('⭐️⭐⭐️', stars)).toEqual({ kind: 'normalize', count: 3, normalized: '⭐⭐⭐' });
    expect(parseRatingText('⭐️⭐', stars)).toEqual({ kind: 'normalize', count: 2, normalized: '⭐⭐' });
    expect(parseRatingText('⭐ ⭐\u3000⭐', stars)).toMatchObject({ kind: 'normalize', count: 3 });
  });

  it('reports digits, wrong and mixed symbols, and counts out of range', () => {
    expect(parseRatingText('4', stars).kind).toBe('digits');
    expect(parseRatingText('⭐4', stars).kind).toBe('digits');
    expect(parseRatingText('★★', stars)).toMatchObject({ kind: 'wrong-symbol', found: '★' });
    expect(parseRatingText('⭐⭐🌟', stars).kind).toBe('mixed');
    expect(parseRatingText('⭐⭐⭐⭐⭐⭐', stars)).toMatchObject({ kind: 'count', count: 6 });
    expect(parseRatingText('⭐️⭐⭐⭐⭐⭐️', stars)).toMatchObject({ kind: 'count', count: 6 });
    expect(parseRatingText('⭐\u200D⭐', stars)).toMatchObject({ kind: 'wrong-symbol', found: '⭐\u200D⭐' });
  });

  it('honours a configured symbol that carries its own selector', () => {
    const hearts = { symbol: '❤️', min: 1, max: 3 };
    expect(parseRatingText('❤️❤️', hearts)).toEqual({ kind: 'ok', count: 2 });
    expect(parseRatingText('❤❤', hearts)).toEqual({ kind: 'normalize', count: 2, normalized: '❤️❤️' });
  });

  it('gives sortable counts only for usable ratings', () => {
    expect(ratingSortKey(parseRatingText('⭐️⭐', stars))).toBe(2);
    expect(ratingSortKey(parseRatingText('★', stars))).toBeNull();
  });
});

describe('compareNatural (sort-order text keys)', () => {
  it('compares runs of digits as numbers and the rest by code unit', () => {
    expect(['R10', 'R9', 'R1', 'R100', '_b', 'alpha'].sort(compareNatural)).toEqual(['R1', 'R9', 'R10', 'R100', '_b', 'alpha']);
    expect(compareNatural('x007', 'x7')).not.toBe(0);
    expect(compareNatural('Paper 2', 'Paper 10')).toBeLessThan(0);
  });
});

describe('UrlIdTable (fixed seed)', () => {
  it('gives the ids and counts a Map of canonical URLs gives, hashed or moved to a Map', async () => {
    const fc = (await import('fast-check')).default;
    const { parseTracker } = await import('../../../src/core/parse/index.js');
    const { linksOf, UrlColumn } = await import('../../../src/core/values/link.js');
    const { UrlIdTable } = await import('../../../src/core/values/url-ids.js');
    const { analyzeUrl } = await import('../../../src/core/url/canonicalize.js');
    // Links that share canonical URLs in different spellings (host case, tracking parameters, an
    // empty path, escapes, other link forms), and cells that are no http(s) link.
    // Numbered links repeat often from a small range and seldom from a large one (so that the table
    // fills up and its probes meet other URLs).
    const cell = fc.oneof(
      fc.constantFrom(
        '[a](https://example.com/a)', '[A](https://EXAMPLE.com/a?utm_source=x)', '[a2](https://example.com/a#top)', '[b](https://example.com)',
        '[b2](https://example.com/)', '[c](https://x.y/p\\_q)', '[c2](https://x.y/p_q)', '<https://x.y/p_q>', '[d](https://mp.weixin.qq.com/s/AbC)',
        '[e](http://example.com/a)', '[f](ftp://example.com/a)', 'text', '', '[g](https://example.com/a?id=1&utm_medium=y)', '[g2](https://example.com/a?id=1)',
      ),
      fc.integer({ min: 0, max: 30 }).map((i) => `[n${i}](https://n.example/${i})`),
      fc.integer({ min: 0, max: 1_000_000 }).map((i) => `[m${i}](https://m.example/${i}/)`),
    );
    const tracker = fc.array(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 4 }).map((tables) =>
      tables.map((rows, t) => `## T${t}\n\n| Link | Code |\n|---|---|\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}\n`).join('\n'),
    );
    let movedToMap = 0;
    fc.assert(
      fc.property(tracker, fc.constantFrom(0, 1, 64), fc.boolean(), fc.boolean(), (source, maxProbes, fewHashes, keyedByText) => {
        const parsed = parseTracker(source);
        // With fewHashes, four hash values in all: most lookups meet other URLs of the same hash.
        const table = fewHashes ? new UrlIdTable(keyedByText, maxProbes, (urls, r) => urls.canonicalHash(r) & 3) : new UrlIdTable(keyedByText, maxProbes);
        const reference = new Map<string, number>();
        const referenceCounts: number[] = [];
        for (const t of parsed.sections.flatMap((s) => s.tables)) {
          for (const cellIndex of [0, 1]) {
            const urls = new UrlColumn(linksOf(parsed, t, cellIndex));
            const ids = table.intern(urls);
            t.rows.forEach((row, r) => {
              const link = urls.at(r);
              let expected = -1;
              if (link) {
                expected = reference.get(link.canonical) ?? reference.size;
                if (expected === reference.size) {
                  reference.set(link.canonical, expected);
                  referenceCounts.push(0);
                }
                referenceCounts[expected]!++;
                expect(analyzeUrl(linksOf(parsed, t, cellIndex).urlAt(r)!)?.canonical).toBe(link.canonical);
              }
              expect(ids[r]).toBe(expected);
            });
          }
        }
        expect(table.size).toBe(reference.size);
        expect([...table.counts.subarray(0, table.size)]).toEqual(referenceCounts);
        if (table.keyedByText && !keyedByText) movedToMap++;
      }),
      { seed: 17, numRuns: 200 },
    );
    // Both ways of finding an id were taken.
    expect(movedToMap).toBeGreaterThan(10);
    expect(movedToMap).toBeLessThan(100);
  });
});

describe('urlIdsOf (canonical URLs interned per tracker)', () => {
  it('gives equal ids exactly to equal canonical URLs, across tables, and counts each', async () => {
    const { parseTracker } = await import('../../../src/core/parse/index.js');
    const { urlIdCounts, urlIdsOf } = await import('../../../src/core/values/url-ids.js');
    const tracker = parseTracker(
      [
        '## A',
        '',
        '| Link | Note |',
        '|---|---|',
        '| [a](https://Example.com/a?utm_source=x) | 1 |',
        '| [b](https://example.com/b) | 2 |',
        '| not a link | 3 |',
        '| [f](ftp://example.com/a) | 4 |',
        '',
        '## B',
        '',
        '| Link | Note |',
        '|---|---|',
        '| [a again](https://example.com/a) | 5 |',
        '',
      ].join('\n'),
    );
    const [first, second] = tracker.sections.flatMap((s) => s.tables);
    const a = urlIdsOf(tracker, first!, 0);
    const b = urlIdsOf(tracker, second!, 0);
    expect(a[2]).toBe(-1);
    expect(a[3]).toBe(-1);
    expect(b[0]).toBe(a[0]);
    expect(a[1]).not.toBe(a[0]);
    const counts = urlIdCounts(tracker);
    expect(counts[a[0]!]).toBe(2);
    expect(counts[a[1]!]).toBe(1);
    // Memoised: asking again neither re-interns nor recounts.
    expect(urlIdsOf(tracker, first!, 0)).toBe(a);
    expect(counts[a[0]!]).toBe(2);
  });
});
