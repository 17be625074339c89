import { describe, expect, it } from 'vitest';
import { inferSchema } from '../../src/core/infer-schema.js';
import { parseTracker } from '../../src/core/parse/index.js';

/**
 * Inference reads each distinct text of a column once and weighs it by its count; these cases pin
 * what that must not change: formats and marks listed in order of first appearance when counts tie,
 * counts summed over repeated texts, and a column whose marks cover every cell.
 */
describe('inferSchema on repeated texts', () => {
  const row = (link: string, author: string, date: string, stars: string) => `| ${link} | ${author} | ${date} | ${stars} |`;
  const dates = ['2023/02/03', '2023-01-05', '⚠️', '2023-03', 'Unknown', '2022'];
  const stars = ['⭐⭐', '⭐', '⚠️', '⭐⭐⭐⭐', 'Unknown'];
  const authors = ['Alice', 'Bob', '*Carol*'];
  const rows = Array.from({ length: 30 }, (_, i) => row(`[Tool ${i}](https://example.com/t${i})`, authors[i % 3]!, dates[i % dates.length]!, stars[i % stars.length]!));
  const source = ['# T', '', '## A', '', '| Name | Author | Date | Stars |', '|---|---|---|---|', ...rows, ''].join('\n');

  it('lists tied date formats and the marks in order of first appearance, and makes marked columns optional', () => {
    const schema = inferSchema(parseTracker(source))!;
    const [name, author, date, rating] = schema.tables[0]!.columns;
    expect(name).toMatchObject({ name: 'Name', type: 'link' });
    expect(name!.required).toBeUndefined();
    expect(author).toMatchObject({ name: 'Author', type: 'text' });
    expect(date).toMatchObject({ name: 'Date', type: 'date', format: ['YYYY/MM/DD', 'YYYY-MM-DD', 'YYYY-MM', 'YYYY'], required: false });
    expect(rating).toMatchObject({ name: 'Stars', type: 'rating', symbol: '⭐', min: 1, max: 4, required: false });
    expect(schema.placeholders?.slice(-2)).toEqual(['⚠️', 'Unknown']);
    expect(schema.notes.find((n) => n.startsWith('Date:'))).toContain('"⚠️", "Unknown" mean no value');
  });

  it('counts a repeated text once per cell (a mark needs three cells, not three distinct texts)', () => {
    const twice = source.replace(/Unknown/g, (m, offset: number) => (offset > source.lastIndexOf('Unknown') - 1 ? m : 'x'));
    const schema = inferSchema(parseTracker(twice))!;
    expect(schema.placeholders ?? []).not.toContain('Unknown');
  });
});

describe('inferSchema duplicate scope', () => {
  const table = (rows: [string, string][]) => ['| Name | Notes |', '|---|---|', ...rows.map(([title, url]) => `| [${title}](${url}) | x |`), ''].join('\n');
  const entries = (n: number, prefix = 'Tool'): [string, string][] => Array.from({ length: n }, (_, i) => [`${prefix} ${i}`, `https://example.com/${i}`]);

  it('scopes duplicates to a table when the same entries (URL and title) recur across tables', () => {
    const source = ['## A', '', table(entries(10)), '## B', '', table(entries(10)), ''].join('\n');
    expect(inferSchema(parseTracker(source))!.duplicates).toEqual({ scope: 'table', exempt: [] });
  });

  it('keeps the file scope when only URLs recur, under other titles, or within one table', () => {
    const renamed = ['## A', '', table(entries(10)), '## B', '', table(entries(10, 'Other')), ''].join('\n');
    expect(inferSchema(parseTracker(renamed))!.duplicates).toBeUndefined();
    const within = ['## A', '', table([...entries(10), ...entries(10)]), '## B', '', table(entries(3, 'Else').map(([t], i) => [t, `https://other.org/${i}`])), ''].join('\n');
    expect(inferSchema(parseTracker(within))!.duplicates).toBeUndefined();
  });
});
