// Differential test: the model's top-level tables must agree with remark-gfm's own parse —
// same tables, same lines, same cells with the same content offsets — on every fixture and on
// generated documents full of the quirks real trackers have.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseTracker } from '../../../src/core/parse/index.js';
import { modelTables, remarkTables } from './remark-oracle.js';
import { runs } from '../../support/properties.js';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'parse');

function expectAgreement(source: string): void {
  expect(modelTables(parseTracker(source))).toEqual(remarkTables(source));
}

describe('agreement with remark-gfm on fixtures', () => {
  const files = readdirSync(FIXTURES).filter((name) => name.endsWith('.md'));
  test('fixtures exist', () => expect(files.length).toBeGreaterThan(10));
  test.each(files)('%s', (name) => {
    const source = readFileSync(join(FIXTURES, name), 'utf8');
    expect(remarkTables(source).length).toBeGreaterThanOrEqual(name.startsWith('no-table') ? 0 : 1);
    expectAgreement(source);
  });
});

const cellFragment = fc.constantFrom(
  'word', 'two words', '李宏毅', '技术原理', '⭐️⭐⭐️', '⭐⭐⭐', '❗❗', '2022\\-03\\-04', '2022-3-4', '\\|', 'a\\|b',
  '`a|b`', '`x`', '**bold**', '_em_', '__in\\-ctx__', '[t](https://mp.weixin.qq.com/s/abc)',
  '[\\[DLHLP 2020\\] x](https://www.bilibili.com/video/BV1x/?a=1&b=2)', '[p](https://a.b/c_(d))', '\\\\', '\\',
  '<b>x</b>', '&amp;', ' ', '  ', '\t', '-', ':', '#', '>', '*', '1.', 'https://zhuanlan.zhihu.com/p/1', '😀', '\u00a0',
);
const cellText = fc.array(cellFragment, { minLength: 0, maxLength: 4 }).map((parts) => parts.join(''));

const rowLine = (width: number) =>
  fc
    .record({
      cells: fc.array(cellText, { minLength: Math.max(1, width - 2), maxLength: width + 2 }),
      leading: fc.boolean(),
      trailing: fc.boolean(),
      pad: fc.constantFrom('', ' ', '  '),
      indent: fc.constantFrom('', '', '', ' ', '   '),
      trailingSpace: fc.constantFrom('', '', ' '),
    })
    .map(({ cells, leading, trailing, pad, indent, trailingSpace }) => {
      const body = cells.map((c) => pad + c + pad).join('|');
      return indent + (leading ? '|' : '') + body + (trailing ? '|' : '') + trailingSpace;
    });

const delimiterLine = (width: number) =>
  fc
    .record({
      cells: fc.array(fc.constantFrom('-', '---', ':-', '-:', ':---:', ' :----- ', '--'), { minLength: width, maxLength: width }),
      leading: fc.boolean(),
      trailing: fc.boolean(),
      indent: fc.constantFrom('', '', ' ', '  '),
    })
    .map(({ cells, leading, trailing, indent }) => indent + (leading || width === 1 ? '|' : '') + cells.join('|') + (trailing ? '|' : ''));

const tableBlock = fc.integer({ min: 1, max: 7 }).chain((width) =>
  fc
    .tuple(
      fc.array(cellText.filter((t) => t.trim() !== ''), { minLength: width, maxLength: width }),
      delimiterLine(width),
      fc.array(rowLine(width), { minLength: 0, maxLength: 6 }),
    )
    .map(([header, delimiter, rows]) => ['|' + header.join('|') + '|', delimiter, ...rows].join('\n')),
);

const otherBlock = fc.constantFrom(
  '## 技术原理', '# Title *with* `code`', '### h3 ###', 'Setext title\n===', 'Another\n---', 'A paragraph line.',
  'para | with | pipes', '<!-- comment -->', '<!--\nmulti\n-->', '```\n|a|b|\n|-|-|\n```', '~~~md\n| x |\n| - |\n~~~',
  '> quote', '> |q|\n> |-|', '- item', '1. item', '---', '***', '    indented | code', '<div>\n|a|\n|-|\n</div>',
  '[ref]: https://example.com', 'plain text', '> quote\n|lazy|a|\n|-|-|', '- item\n|lazy|a|\n|-|-|',
  '- item\n\n  |nested|\n  |-|', '2. item', '-', '* * *', '<span>', 'text\n<span>', '<script>\n|a|\n|-|\n</script>',
  '\t|tab|', '[^1]: note', '| lone', 'x\n:-', '===',
);

// HTML blocks of all seven kinds, several with their end condition on the opening line.
const htmlBlock = fc.constantFrom(
  '<script>x</script>', '<pre>\n|a|\n</pre>', '<style>', '<textarea>\n| t |\n| - |\n</textarea>', '</pre>', '</script>',
  '</style>', '</textarea>', '<pre/>', '<!-->', '<!--->', '<!---->', '<!-- c -->', '<!-- open', '<?>', '<?x?>', '<?php',
  '<!DOCTYPE html>', '<!X', '<![CDATA[x]]>', '<![CDATA[', '<div>', '</div>', '<table>', '<span>', '</span>', '<a href="x">',
);

// Leaf blocks a container can end with: only a paragraph continues lazily onto the next line.
const innerBlock = fc.oneof(
  tableBlock,
  htmlBlock,
  fc.constantFrom(
    'text', 'two\nlines', '    indented code', '```\ncode\n```', '```\nopen fence', '~~~', 'Title\n===', 'Title\n---', '# h',
    '---', '', '|q|\n|-|', '[ref]: https://example.com/r', '<!-->', '> nested', '- nested', '1. nested', 'text\n    more',
  ),
);

/** What continues each container on its next lines (list items: spaces as wide as the marker). */
const CONTINUATION: Record<string, string> = {
  '> ': '> ', '>': '>', '>\t': '>\t', ' > ': ' > ', '> > ': '> > ', '> - ': '>   ', '- > ': '  > ', '-\t': '\t', '[^n]: ': '    ',
};

/** One container (block quote, list item, footnote definition) around a block, its last line sometimes lazy. */
const containerOf = (inner: fc.Arbitrary<string>) =>
  fc
    .record({
      kind: fc.constantFrom('> ', '>', '>\t', '- ', '* ', '1. ', '2) ', '-\t', '10.  ', '[^n]: ', '> - ', '- > ', '> > ', '   - ', ' > '),
      inner,
      lazyLast: fc.boolean(),
      blankInside: fc.boolean(),
      sibling: fc.constantFrom('', '', '', '- x', '* x', '1. x', '2) x', '-', '- |s|\n  |-|'),
    })
    .map(({ kind, inner, lazyLast, blankInside, sibling }) => {
      const continuation = CONTINUATION[kind] ?? ' '.repeat(kind.length);
      const lines = inner.split('\n');
      if (blankInside && lines.length > 1) lines.splice(1, 0, '');
      const body = lines
        .map((line, i) => {
          if (i === 0) return kind + line;
          if (lazyLast && i === lines.length - 1) return line;
          return line === '' ? continuation.trimEnd() : continuation + line;
        })
        .join('\n');
      return sibling === '' ? body : body + '\n' + sibling;
    });

// A footnote definition directly inside another is left out: micromark lets the inner one continue
// on the outer one's indentation alone (its indent check reads the outer's prefix), a quirk no
// tracker meets.
const containerBlock = containerOf(
  fc.oneof({ arbitrary: innerBlock, weight: 3 }, { arbitrary: containerOf(innerBlock).filter((block) => !block.startsWith('[^')), weight: 1 }),
);

// Link reference definitions, alone and under setext-looking underlines.
const definitionBlock = fc.constantFrom(
  '[ref]: https://example.com/r', '[ref]: https://example.com/r\n===', '[ref]: https://example.com/r\n---',
  '[a]: <https://example.com/a b> "T"\n===', '[a]: /u \'t\'\n[b]: /v\n===', 'text\n[a]: /u\n===', '[a]:\n/u\n===',
  '[ref]: https://example.com/r\n| h | i |\n|---|---|', '[^f]:\n| h |\n|---|', '[^f]: note\n| h |\n|---|',
);

const document = fc
  .record({
    blocks: fc.array(
      fc.oneof(
        { arbitrary: tableBlock, weight: 3 },
        { arbitrary: otherBlock, weight: 2 },
        { arbitrary: containerBlock, weight: 2 },
        { arbitrary: htmlBlock, weight: 1 },
        { arbitrary: definitionBlock, weight: 1 },
      ),
      { minLength: 1, maxLength: 6 },
    ),
    separators: fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n'), { minLength: 6, maxLength: 6 }),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  })
  .map(({ blocks, separators, crlf, bom, finalNewline }) => {
    let text = blocks.map((block, i) => (i === 0 ? '' : separators[i - 1]) + block).join('');
    if (finalNewline) text += '\n';
    if (crlf) text = text.replace(/\n/g, '\r\n');
    return (bom ? '\ufeff' : '') + text;
  });

test('agreement with remark-gfm on generated documents', () => {
  let documents = 0;
  let withTables = 0;
  fc.assert(
    fc.property(document, (source) => {
      documents++;
      if (remarkTables(source).length > 0) withTables++;
      expectAgreement(source);
    }),
    runs(Number(process.env.PARSE_DIFF_RUNS ?? 600)),
  );
  // The generator must really produce tables, or agreement would be vacuous.
  expect(withTables).toBeGreaterThan(documents / 2);
}, 120_000);
