// Tables nested in block quotes and list items are linted like top-level ones: same rules, exact
// positions (after the container prefix), the section of the heading above, and links extracted.
import { describe, expect, test } from 'vitest';
import { extractLinks } from '../../../src/core/extract-links.js';
import { lintSource } from '../../../src/core/lint.js';
import { resolveSchema } from '../../../src/core/schema.js';

const NOW = new Date('2026-11-28');
const HEAD = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n|---|---|---|---|---|---|---|';
const ROW = '|[标题](https://a.example/1)|来源|2022-3-4|概述|⭐⭐|❗||';

function nested(prefix: string, continuation = prefix): string {
  const lines = `${HEAD}\n${ROW}`.split('\n');
  return ['# 资料', '', '## 嵌套', '', ...lines.map((line, i) => (i === 0 ? prefix : continuation) + line), ''].join('\n');
}

describe.each([
  ['a block quote', '> ', '> '],
  ['a tight block quote', '>', '>'],
  ['a list item', '- ', '  '],
  ['an ordered list item', '10. ', '    '],
  ['a quote in a list item', '- > ', '  > '],
  ['a tab after the quote marker', '>\t', '>\t'],
])('a table in %s', (_name, prefix, continuation) => {
  const source = nested(prefix, continuation);
  const { tracker, diagnostics } = lintSource(source, { now: NOW });

  test('is modelled in the section of the heading above', () => {
    expect(tracker.sections.map((s) => [s.title, s.tables.length])).toEqual([['嵌套', 1]]);
  });

  test('gets diagnostics at the exact cell', () => {
    const date = diagnostics.find((d) => d.rule === 'date-format');
    expect(date).toMatchObject({ line: 7, section: '嵌套' });
    const lineStart = tracker.lineStarts[6]!;
    const at = lineStart + date!.column - 1;
    expect(source.slice(at, lineStart + date!.endColumn - 1)).toBe('2022-3-4');
  });

  test('has its links extracted with line and column', () => {
    const links = extractLinks(tracker, resolveSchema({}, tracker), 'README.md');
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ url: 'https://a.example/1', line: 7, section: '嵌套', title: '标题' });
    const lineStart = tracker.lineStarts[6]!;
    expect(source.slice(lineStart + links[0]!.column - 1).startsWith('[标题]')).toBe(true);
  });
});
