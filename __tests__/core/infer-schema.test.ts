import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareSortValues, inferSchema, TextGrouping } from '../../src/core/infer-schema.js';
import { parseTracker } from '../../src/core/parse/index.js';
import { dateSortKey, parseDateText } from '../../src/core/values/date.js';
import { runs } from '../support/properties.js';

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

describe('TextGrouping', () => {
  /** The plain grouping it stands for: a Map of texts, inert texts (isInertText) left out. */
  function reference(texts: string[]) {
    const groups = new Map<string, { count: number; first: number }>();
    const inert: number[] = [];
    texts.forEach((text, position) => {
      // Starts like no date or rating: printable ASCII but a digit or emphasis mark, or a CJK ideograph.
      const startsInert = /^[!-~\u4e00-\u9fff]/.test(text) && !/^[0-9*_`]/.test(text);
      const isInert = text.length > 16 && startsInert && (text.length > 40 || !/[[*_`~<]/.test(text));
      const seen = groups.get(text);
      if (seen) seen.count++;
      else if (isInert) inert.push(position);
      else groups.set(text, { count: 1, first: position });
    });
    return { texts: [...groups.keys()], counts: [...groups.values()].map((g) => g.count), firsts: [...groups.values()].map((g) => g.first), inert };
  }

  // "Aa" and "BB" have the same hash (h × 31 + c), so texts made of them collide in the table.
  const colliding = fc.array(fc.constantFrom('Aa', 'BB'), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  const text = fc.oneof(
    fc.constantFrom('', '⭐⭐', '⭐️⭐', '2023-01-05', '2023\\-1\\-5', 'Unknown', '**x**', 'a'.repeat(17), 'a'.repeat(41), '中'.repeat(41), `*${'b'.repeat(20)}*`, '1'.repeat(45)),
    colliding,
    // Alike at both ends, where the hash reads: only the middle tells them apart.
    fc.string({ unit: fc.constantFrom('a', 'b'), maxLength: 6 }).map((middle) => `abcdef${middle}uvwxyz`),
    fc.string({ unit: fc.constantFrom('a', 'B', '1', '*', '中', '⭐', ' ', '['), maxLength: 45 }),
  );

  it('groups a column of texts as a Map of them would, read in place or not (fixed seed)', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 300 }), fc.boolean(), (texts, inPlace) => {
        // In place: every text as a range of one host string, as a tracker's cells are.
        const host = texts.join('|');
        const starts: number[] = [];
        texts.reduce((at, t) => (starts.push(at), at + t.length + 1), 0);
        const grouping = new TextGrouping((position) => ({ index: 0, raw: texts[position]!, text: texts[position]!, span: null as never }));
        texts.forEach((t, position) => (inPlace ? grouping.add(position, host, starts[position]!, starts[position]! + t.length) : grouping.add(position, t, 0, t.length)));
        const expected = reference(texts);
        expect(grouping.texts).toEqual(expected.texts);
        expect(grouping.counts).toEqual(expected.counts);
        expect(grouping.texts.map((_, g) => grouping.firstCell(g).text)).toEqual(expected.firsts.map((p) => texts[p]));
        const inert = grouping.inert;
        expect(Array.from({ length: inert.length }, (_, k) => inert.at(k)!.text)).toEqual(expected.inert.map((p) => texts[p]));
      }),
      runs(500),
    );
  });

  it('falls back to a Map when texts collide past the probe limit, with the same groups', () => {
    const texts = Array.from({ length: 64 }, (_, i) => [...i.toString(2).padStart(6, '0')].map((b) => (b === '0' ? 'Aa' : 'BB')).join(''));
    const all = [...texts, ...texts.slice().reverse(), ...texts];
    const grouping = new TextGrouping((position) => ({ index: 0, raw: all[position]!, text: all[position]!, span: null as never }));
    all.forEach((t, position) => grouping.add(position, t, 0, t.length));
    expect(grouping.texts).toEqual(texts);
    expect(grouping.counts).toEqual(texts.map(() => 3));
  });
});

describe('inferSchema reads parser rows in place as it reads any rows (fixed seed)', () => {
  const cellText = fc.constantFrom('', 'None', '-', '**TBD**', '⭐⭐', '⭐⭐⭐', '⭐', '❗❗', '2023-01-05', '2023/02', '2022', '⚠️', 'Unknown', 'Alice', 'Bob', '[x](https://a.b/x)', '[Tool](https://example.com/t) by me', '<https://c.d/>', 'a summary of this tool, in more than forty characters', '这是一个关于这个工具的很长的描述，超过了四十个字符的长度限制，所以不会被分组的文本内容', `**${'w'.repeat(20)}**`);
  const headers = fc.constantFrom(['Name', 'Author', 'Date', 'Stars'], ['资料链接', '来源', '发布时间点', '整体推荐指数', '备注'], ['A', 'B', 'C']);
  it('gives the same schema for parser rows and plain rows', () => {
    fc.assert(
      fc.property(headers, fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 40 }), (header, rows) => {
        const source = ['# T', '', `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
        const parsed = parseTracker(source);
        const plain = JSON.parse(JSON.stringify(parsed)) as typeof parsed;
        // Plain rows: a cells array and the Row reads over it, no offsets behind them.
        for (const table of plain.sections.flatMap((section) => section.tables)) {
          for (const row of [table.header, table.delimiter, ...table.rows]) {
            const cells = row.cells;
            Object.assign(row, { cellCount: cells.length, cell: (index: number) => cells[index] });
          }
        }
        expect(inferSchema(plain)).toEqual(inferSchema(parsed));
      }),
      runs(200),
    );
  });
});

describe('inferSchema sort key (fixed seed)', () => {
  const names = ['Tool 1', 'Tool 2', 'Tool 10', 'alpha', 'Beta', 'None'];
  const dates = ['2023-01-05', '2023-01-06', '2023-02-01', '2024-03-01', '2022-12-31', 'None'];
  const stars = ['⭐', '⭐⭐', '⭐⭐⭐', '⭐⭐⭐⭐', '⭐⭐⭐⭐⭐', 'None'];
  const row = fc.tuple(fc.constantFrom(...names), fc.constantFrom(...dates), fc.constantFrom(...stars));

  /** The inference it stands for: every column's values read, and its pairs compared, once per order. */
  function referenceSort(rows: [string, string, string][]): { column: string; order: 'asc' | 'desc' } | null {
    const valueOf = (column: number, text: string) =>
      text === 'None' ? null : column === 0 ? text : column === 1 ? dateSortKey(parseDateText(text)) : text.length;
    let best: { key: { column: string; order: 'asc' | 'desc' }; inOrder: number; strict: number; typed: boolean } | null = null;
    ['Name', 'Date', 'Stars'].forEach((name, column) => {
      const typed = column > 0;
      for (const order of typed ? (['desc', 'asc'] as const) : (['asc'] as const)) {
        const values = rows.map((r) => valueOf(column, r[column]!));
        let pairs = 0;
        let inOrder = 0;
        let strict = 0;
        for (let i = 1; i < values.length; i++) {
          if (values[i - 1] === null || values[i] === null) continue;
          pairs++;
          const c = compareSortValues(values[i - 1]!, values[i]!, order === 'desc' ? -1 : 1, column === 1);
          if (c <= 0) inOrder++;
          if (c < 0) strict++;
        }
        if (pairs < 8 || inOrder / pairs < 0.95 || strict / pairs < 0.5) continue;
        const candidate = { key: { column: name, order }, inOrder: inOrder / pairs, strict: strict / pairs };
        if (!best || candidate.inOrder > best.inOrder || (candidate.inOrder === best.inOrder && (typed ? !best.typed || candidate.strict > best.strict : !best.typed && candidate.strict > best.strict))) {
          best = { ...candidate, typed };
        }
      }
    });
    return best ? (best as { key: { column: string; order: 'asc' | 'desc' } }).key : null;
  }

  it('is the key a per-order reading of every column picks', () => {
    const rows = fc.tuple(fc.array(row, { minLength: 8, maxLength: 40 }), fc.constantFrom(-1, 0, 1, 2), fc.boolean());
    fc.assert(
      fc.property(rows, ([body, by, descending]) => {
        // Mostly sorted bodies, so that a sort key is often inferred.
        const key = (r: [string, string, string]) => r[by as 0 | 1 | 2];
        const sorted = by < 0 ? body : [...body].sort((a, b) => (descending ? -1 : 1) * (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
        const source = ['| Name | Date | Stars |', '|---|---|---|', ...sorted.map((r) => `| ${r.join(' | ')} |`), ''].join('\n');
        const table = inferSchema(parseTracker(source))!.tables[0]!;
        fc.pre(table.columns.map((c) => c.type).join() === 'text,date,rating');
        const expected = referenceSort(sorted);
        expect(table.sort).toEqual(expected ? [expected] : undefined);
      }),
      runs(300),
    );
  });
});
