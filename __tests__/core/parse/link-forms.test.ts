// The other link forms of a link cell: reference-style links (full, collapsed, shortcut) resolved
// against the document's definitions, `<https://…>` autolinks and a single HTML <a href>. Each
// gives the same link value as the inline form, where its URL is written, and the inline rewrite.
import { describe, expect, test } from 'vitest';
import { parseLinkCell, parseTracker, type LinkCellResult } from '../../../src/core/parse/index.js';

const DEFINITIONS = ['[gpt]: https://x.y/gpt', '[Paper Two]: <https://x.y/two words> "a title"', '[bad]: mailto:a@b.example', '[gpt]: https://x.y/shadowed'].join('\n');

function linkCell(content: string, definitions = DEFINITIONS): { result: LinkCellResult; source: string } {
  const source = `## S\n| 资料链接 | x |\n|---|---|\n| ${content} | y |\n\n${definitions}\n`;
  const cell = parseTracker(source).sections[0]!.tables[0]!.rows[0]!.cells[0]!;
  return { result: parseLinkCell(cell, source), source };
}

describe('forms that resolve to one link', () => {
  test.each([
    ['[GPT 论文][gpt]', 'full-reference', 'GPT 论文', 'https://x.y/gpt', 'https://x.y/gpt', '[GPT 论文](https://x.y/gpt)'],
    ['[GPT][]', 'collapsed-reference', 'GPT', 'https://x.y/gpt', 'https://x.y/gpt', '[GPT](https://x.y/gpt)'],
    ['[gpt]', 'shortcut-reference', 'gpt', 'https://x.y/gpt', 'https://x.y/gpt', '[gpt](https://x.y/gpt)'],
    ['[**Two**][paper  two]', 'full-reference', 'Two', 'https://x.y/two words', 'https://x.y/two words', '[**Two**](<https://x.y/two words>)'],
    ['<https://x.y/auto?a=1&b=2>', 'autolink', 'https://x.y/auto?a=1&b=2', 'https://x.y/auto?a=1&b=2', 'https://x.y/auto?a=1&b=2', '[https://x.y/auto?a=1&b=2](https://x.y/auto?a=1&b=2)'],
    ['<a href="https://x.y/a?b=1&amp;c=2">Paper</a>', 'html', 'Paper', 'https://x.y/a?b=1&c=2', 'https://x.y/a?b=1&amp;c=2', '[Paper](https://x.y/a?b=1&c=2)'],
    ["<a target=_blank href='https://x.y/b'>A *b*</a>", 'html', 'A b', 'https://x.y/b', 'https://x.y/b', '[A *b*](https://x.y/b)'],
  ])('%s is a %s', (content, form, text, url, written, inline) => {
    const { result, source } = linkCell(content);
    expect(result).toMatchObject({ ok: true, form, value: { text, url }, inline });
    if (result.ok) expect(source.slice(result.value.urlStart, result.value.urlEnd)).toBe(written);
  });

  test('the inline form stays inline, with no rewrite', () => {
    const { result } = linkCell('[a](https://x.y/a)');
    expect(result).toMatchObject({ ok: true, form: 'inline' });
    expect(result.ok && result.inline).toBeUndefined();
  });

  test('a reference points at its definition in the source, the first of a label winning', () => {
    const { result, source } = linkCell('[GPT][gpt]');
    expect(result.ok && source.slice(result.value.urlStart - 7, result.value.urlEnd)).toBe('[gpt]: https://x.y/gpt');
  });
});

describe('forms that do not', () => {
  test.each([
    ['[undefined label][nope]', 'no-link'],
    ['[nope]', 'no-link'],
    ['[mail][bad]', 'bad-scheme'],
    ['<a href="https://x.y/1">one</a> <a href="https://x.y/2">two</a>', 'multiple-links'],
    ['<a href="https://x.y/1">one</a> [two](https://x.y/2)', 'multiple-links'],
    ['see <https://x.y/a>', 'extra-text'],
    ['<a name="x">no href</a>', 'no-link'],
  ])('%s → %s', (content, reason) => {
    expect(linkCell(content).result).toMatchObject({ ok: false, reason });
  });

  test('definitions inside a code block do not count', () => {
    expect(linkCell('[GPT][gpt]', '```\n[gpt]: https://x.y/gpt\n```').result).toMatchObject({ ok: false, reason: 'no-link' });
  });
});
