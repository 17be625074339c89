// Fixture tests: each Markdown file under __tests__/fixtures/parse has its expected model
// (sections, table row lines, cell texts) beside it in `<name>.expected.json`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTracker } from '../../../src/core/parse/index.js';
import { describeTracker, type DescribedTracker } from './describe-model.js';
import { SEED_PATH } from '../../support/seed.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'parse');
const SEED = SEED_PATH;

describe('fixtures', () => {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.md'));
  test.each(files)('%s', (name) => {
    const source = readFileSync(join(FIXTURES, name), 'utf8');
    const expectedPath = join(FIXTURES, name.replace(/\.md$/, '.expected.json'));
    const actual = describeTracker(parseTracker(source));
    // UPDATE_FIXTURES=1 writes the model as expected; differential.test.ts checks every fixture against remark-gfm.
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as DescribedTracker;
    expect(actual).toEqual(expected);
  });
});

describe.skipIf(SEED === '')('the seed tracker', () => {
  const tracker = parseTracker(SEED ? readFileSync(SEED, 'utf8') : '');

  test('has seven sections with the right row counts', () => {
    expect(tracker.sections.map((s) => [s.title, s.depth, s.tables.length, s.tables[0]?.rows.length])).toEqual([
      ['技术原理', 2, 1, 16],
      ['技术迭代与追踪', 2, 1, 19],
      ['行业趋势', 2, 1, 0],
      ['行业应用与探索', 2, 1, 0],
      ['行业规范与法律法规', 2, 1, 0],
      ['openAI发展思考', 2, 1, 0],
      ['业界跟进-同类产品信息', 2, 1, 0],
    ]);
  });

  test('keeps the 6-cell row on line 24 as it is', () => {
    const row = tracker.sections[0]!.tables[0]!.rows.find((r) => r.line === 24)!;
    expect(row.cells).toHaveLength(6);
    expect(row.cells[5]!.text).toBe('❗❗');
  });

  test('every cell span points at its text in the source', () => {
    for (const section of tracker.sections) {
      for (const table of section.tables) {
        for (const row of [table.header, table.delimiter, ...table.rows]) {
          expect(tracker.source.slice(row.span.start.offset, row.span.end.offset)).not.toContain('\n');
          for (const cell of row.cells) {
            expect(tracker.source.slice(cell.span.start.offset, cell.span.end.offset)).toBe(cell.text);
            expect(cell.span.start.line).toBe(row.line);
          }
        }
      }
    }
  });
});
