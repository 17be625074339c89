// Model details: offsets, lines and columns (BOM and CRLF included), cell raw/text/span,
// cellPlainText and lineColumnAt.
import { describe, expect, test } from 'vitest';
import { cellPlainText, lineColumnAt, parseLinkCell, parseTracker } from '../../../src/core/parse/index.js';
import type { Row } from '../../../src/core/types.js';

describe('positions', () => {
  test('cells keep raw text, trimmed text and a span over the trimmed text', () => {
    const source = '# T\n\n| a  |b|\n|---|---|\n|  x y | \\| z |\n';
    const table = parseTracker(source).sections[0]!.tables[0]!;
    const [first, second] = table.rows[0]!.cells;
    expect(first!.raw).toBe('  x y ');
    expect(first!.text).toBe('x y');
    expect(first!.span).toEqual({ start: { line: 5, column: 4, offset: 27 }, end: { line: 5, column: 7, offset: 30 } });
    expect(second!.text).toBe('\\| z');
    expect(source.slice(second!.span.start.offset, second!.span.end.offset)).toBe('\\| z');
  });

  test('an empty cell gets a zero-width span inside its pipes', () => {
    const source = '| a | b |\n|---|---|\n| x |   |\n|y||\n';
    const rows = parseTracker(source).sections[0]!.tables[0]!.rows;
    const spaced = rows[0]!.cells[1]!;
    expect(spaced.text).toBe('');
    expect(spaced.raw).toBe('   ');
    expect(spaced.span.start.offset).toBe(spaced.span.end.offset);
    expect(source[spaced.span.start.offset - 1]).toBe(' ');
    const tight = rows[1]!.cells[1]!;
    expect(tight.raw).toBe('');
    expect(source[tight.span.start.offset]).toBe('|');
  });

  test('rows exclude their line ending; endWithEol includes it', () => {
    const source = '| a |\r\n|---|\r\n| b |\r\n| c |';
    const tracker = parseTracker(source);
    const rows = tracker.sections[0]!.tables[0]!.rows;
    expect(tracker.eol).toBe('\r\n');
    expect(source.slice(rows[0]!.span.start.offset, rows[0]!.span.end.offset)).toBe('| b |');
    expect(source.slice(rows[0]!.span.start.offset, rows[0]!.endWithEol)).toBe('| b |\r\n');
    expect(rows[1]!.endWithEol).toBe(source.length);
  });

  test('offsets count the BOM; columns on line 1 start after it', () => {
    const source = '\ufeff| a |\n|---|\n| b |\n';
    const tracker = parseTracker(source);
    const header = tracker.sections[0]!.tables[0]!.header;
    expect(tracker.hasBom).toBe(true);
    expect(header.cells[0]!.span.start).toEqual({ line: 1, column: 3, offset: 3 });
    expect(source.slice(header.cells[0]!.span.start.offset, header.cells[0]!.span.end.offset)).toBe('a');
    expect(lineColumnAt(tracker, 3)).toEqual({ line: 1, column: 3, offset: 3 });
  });

  test('eol is the dominant line ending', () => {
    expect(parseTracker('a\r\nb\r\nc\nd').eol).toBe('\r\n');
    expect(parseTracker('a\nb\nc\r\nd').eol).toBe('\n');
  });

  test('lineColumnAt agrees with the cell spans', () => {
    const source = '## S\n\n| a | b |\n|---|---|\n| 李宏毅 | ⭐️⭐ |\n';
    const tracker = parseTracker(source);
    for (const cell of tracker.sections[0]!.tables[0]!.rows[0]!.cells) {
      expect(lineColumnAt(tracker, cell.span.start.offset)).toEqual(cell.span.start);
      expect(lineColumnAt(tracker, cell.span.end.offset)).toEqual(cell.span.end);
    }
    expect(lineColumnAt(tracker, source.length)).toEqual({ line: 6, column: 1, offset: source.length });
  });
  test('row.cell(i) reads the same cell as row.cells[i], without making the row keep its cells', () => {
    const source = '| a | b | c |\n|---|---|---|\n| [x](https://e.com/x) | y |\n| z |\n';
    const [first, short] = parseTracker(source).sections[0]!.tables[0]!.rows as [Row, Row];
    expect(first.cellCount).toBe(2);
    expect(short.cellCount).toBe(1);
    const fresh = first.cell(1)!;
    expect(first.cell(1)).not.toBe(fresh);
    expect(first.cell(2)).toBeUndefined();
    expect(first.cell(-1)).toBeUndefined();
    // Once the row's array is made, cell(i) hands out its cells.
    const kept = first.cells;
    expect(first.cells).toBe(kept);
    expect(first.cell(1)).toBe(kept[1]);
    expect({ text: fresh.text, raw: fresh.raw, span: fresh.span, index: fresh.index }).toEqual({ text: kept[1]!.text, raw: kept[1]!.raw, span: kept[1]!.span, index: 1 });
  });

  test('a link cell remark reads is parsed once, whichever object reads it', () => {
    const source = '| a |\n|---|\n| [**x**](https://e.com/x) |\n';
    const row = parseTracker(source).sections[0]!.tables[0]!.rows[0]!;
    const first = parseLinkCell(row.cell(0)!, source);
    expect(first).toMatchObject({ ok: true, value: { text: 'x', url: 'https://e.com/x' } });
    expect(parseLinkCell(row.cell(0)!, source)).toBe(first);
    expect(parseLinkCell(row.cells[0]!, source)).toBe(first);
  });

  test('cells keep their own text across the pages of cell offsets (4,096 cells a page)', () => {
    // Rows of 3 cells: page boundaries fall inside some rows' runs of cells, between others.
    const rows = Array.from({ length: 3000 }, (_, i) => `| r${i} | ${'x'.repeat(i % 7)} |  c${i}  |`);
    const source = ['| a | b | c |', '|---|---|---|', ...rows].join('\n') + '\n';
    const parsed = parseTracker(source).sections[0]!.tables[0]!.rows;
    expect(parsed).toHaveLength(3000);
    parsed.forEach((row, i) => {
      expect(row.cells.map((cell) => cell.text)).toEqual([`r${i}`, 'x'.repeat(i % 7), `c${i}`]);
      expect(row.cells[2]!.raw).toBe(`  c${i}  `);
      const span = row.cells[0]!.span;
      expect(source.slice(span.start.offset, span.end.offset)).toBe(`r${i}`);
      expect(span.start.line).toBe(i + 3);
    });
  });
});

describe('sections', () => {
  test('heading titles lose their inline markup; sections without tables are left out', () => {
    const source = '# Doc\n\n## **Bold** `code` [link](https://x.y) \\#1 ##\n| a |\n|---|\n\n## Empty\n\ntext\n';
    const tracker = parseTracker(source);
    expect(tracker.sections.map((s) => [s.title, s.depth, s.line])).toEqual([['Bold code link #1', 2, 3]]);
  });

  test('headings inside fenced code and HTML blocks are not sections', () => {
    const source = '```\n# not\n```\n<div>\n# not either\n</div>\n\n| a |\n|---|\n';
    const tracker = parseTracker(source);
    expect(tracker.sections.map((s) => s.title)).toEqual([null]);
  });
});

describe('cellPlainText', () => {
  test('removes backslash escapes and trims', () => {
    const source = '| a |\n|---|\n|  2022\\-03\\-04 \\_x\\\\ |\n';
    const cell = parseTracker(source).sections[0]!.tables[0]!.rows[0]!.cells[0]!;
    expect(cellPlainText(cell)).toBe('2022-03-04 _x\\');
  });
});
