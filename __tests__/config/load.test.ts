import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfigFile, parseConfig } from '../../src/config/load.js';

describe('parseConfig', () => {
  it('accepts an empty config and fills the defaults', async () => {
    const config = await parseConfig('');
    expect(config.files).toEqual(['README.md']);
    expect(config.lang).toBe('auto');
    expect(config.columns).toBeUndefined();
    expect(config.links.perHost).toBe(4);
    expect(config.links.timeout).toBe(20_000);
  });

  it('reads the documented example', async () => {
    const config = await parseConfig(`
files: [README.md]
lang: auto
columns:
  - {name: Resource, type: link}
  - {name: Author, type: text, required: true}
  - {name: Published, type: date}
  - {name: Stars, type: rating, symbol: "★", min: 1, max: 5}
sort:
  - {column: Stars, order: desc}
  - {column: Published, order: desc}
rules:
  url-tracking-params: error
links:
  timeout: 3s
  interval: 500ms
  cacheTtl: 2d
`);
    expect(config.columns).toHaveLength(4);
    expect(config.columns?.[3]).toMatchObject({ type: 'rating', symbol: '★', min: 1, max: 5 });
    expect(config.rules['url-tracking-params']).toBe('error');
    expect(config.links.timeout).toBe(3000);
    expect(config.links.interval).toBe(500);
    expect(config.links.cacheTtl).toBe(2 * 86_400_000);
  });

  it('reads per-table schemas, positional columns, date formats, placeholders and duplicates', async () => {
    const config = await parseConfig(`
tables:
  - section: Papers
    columns:
      - {name: "", index: 1}
      - {name: Title, type: link, required: false}
      - {name: Links, type: links}
      - {name: Date, type: date, format: [YYYY-MM, YYYY.MM]}
      - {name: Recom, type: rating, symbol: "⭐", min: 1, max: 3, style: emoji}
    sort: [{column: Date, order: desc}]
  - columns: [{name: Sponsor, type: link}]
placeholders: [None, "-", 无]
duplicates: {scope: section, exempt: [Trending]}
`);
    expect(config.tables).toHaveLength(2);
    expect(config.tables?.[0]).toMatchObject({ section: 'Papers', sort: [{ column: 'Date', order: 'desc' }] });
    expect(config.tables?.[0]?.columns[0]).toEqual({ name: '', index: 1, type: 'text' });
    expect(config.tables?.[0]?.columns[3]).toMatchObject({ type: 'date', format: ['YYYY-MM', 'YYYY.MM'] });
    expect(config.placeholders).toEqual(['None', '-', '无']);
    expect(config.duplicates).toEqual({ scope: 'section', exempt: ['Trending'] });
    expect((await parseConfig('')).duplicates).toEqual({ scope: 'file', exempt: [] });
    expect((await parseConfig('')).placeholders).toContain('N/A');
  });

  const broken: [string, string, RegExp][] = [
    ['bad YAML', 'files: [README.md\nlang: en', /^\.tracker-bot\.yml:\d+:\d+: invalid YAML: /],
    ['an unknown key', 'colums: []', /unknown key "colums"/],
    ['an unknown nested key', 'links:\n  timeot: 3s', /unknown key "timeot" in links/],
    ['a wrong type', 'files: README.md', /^\.tracker-bot\.yml: files: /],
    ['a bad enum', 'lang: fr', /^\.tracker-bot\.yml: lang: /],
    ['a bad column type', 'columns:\n  - {name: A, type: url}', /columns\[0\]\.type/],
    ['a bad duration', 'links: {timeout: soon}', /links\.timeout: invalid duration "soon"/],
    ['an unknown rule id', 'rules: {no-such-rule: off}', /^\.tracker-bot\.yml: unknown rule "no-such-rule" in rules \(known: /],
    ['a bad rule setting', 'rules: {cell-count: fatal}', /rules\.cell-count/],
    ['a sort key naming no column', 'columns: [{name: A}]\nsort: [{column: B}]', /sort: column "B" is not in columns/],
    ['min above max', 'columns: [{name: A, type: rating, min: 5, max: 2}]', /min \(5\) is greater than max \(2\)/],
    ['a bad regex', 'links: {exclude: ["("]}', /invalid regular expression/],
    // Valid without the `u` flag, invalid with it: the engine compiles with `u`, so loading must refuse it.
    ['a regex that only fails with the u flag', 'links: {include: ["a\\\\-b"]}', /links\.include: invalid regular expression "a\\\\-b"/],
    ['a bad signature regex', "links: {signatures: {a.example: ['x{']}}", /links\.signatures\.a\.example: invalid regular expression "x\{"/],
    ['a top-level list', '- a\n- b', /expected a mapping/],
    ['a column with neither name nor index', 'columns: [{type: text}]', /columns\[0\]: give the column a name, or an index/],
    ['a table sort key naming no column', 'tables:\n  - columns: [{name: A}]\n    sort: [{column: B}]', /tables\[0\]\.sort: column "B" is not in columns/],
    ['a bad date format', 'columns: [{name: D, type: date, format: DD.MM.YYYY}]', /columns\[0\]\.format/],
    ['a bad duplicates scope', 'duplicates: {scope: page}', /duplicates\.scope/],
  ];
  for (const [what, text, message] of broken) {
    it(`rejects ${what} with one line naming the key`, async () => {
      let error: unknown;
      try {
        await parseConfig(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ConfigError);
      const text1 = (error as Error).message;
      expect(text1).toMatch(message);
      expect(text1).not.toContain('\n');
    });
  }
});

describe('loadConfigFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tb-config-'));
  it('treats a missing default file as the built-in config', async () => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const { config, path } = await loadConfigFile(undefined);
      expect(path).toBeNull();
      expect(config.files).toEqual(['README.md']);
    } finally {
      process.chdir(cwd);
    }
  });
  it('requires an explicit file to exist', async () => {
    await expect(loadConfigFile(join(dir, 'missing.yml'))).rejects.toThrow(/config file not found/);
  });
  it('refuses a directory', async () => {
    mkdirSync(join(dir, 'cfg'));
    await expect(loadConfigFile(join(dir, 'cfg'))).rejects.toThrow(/is a directory/);
  });
  it('loads a file', async () => {
    writeFileSync(join(dir, 'ok.yml'), 'lang: zh\n');
    const { config } = await loadConfigFile(join(dir, 'ok.yml'));
    expect(config.lang).toBe('zh');
  });
});
