import { describe, expect, it } from 'vitest';
import { dateSortKey, formatDate, parseDateText } from '../../src/core/values/date.js';
import { parseRatingText, ratingSortKey } from '../../src/core/values/rating.js';

describe('parseDateText', () => {
  it('reads plain and escaped hyphens alike', () => {
    expect(parseDateText('2022-03-04')).toEqual({ kind: 'ok', value: { y: 2022, m: 3, d: 4 } });
    expect(parseDateText('2022\\-03\\-04')).toEqual({ kind: 'ok', value: { y: 2022, m: 3, d: 4 } });
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
