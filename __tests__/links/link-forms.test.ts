// Every form of one link in a link cell — reference-style (full, collapsed, shortcut), <url>
// autolink and a single <a href> — is extracted and checked like an inline link, and the
// link-cell rule gives a fixable warning (never an error) whose fix writes it inline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeSource } from '../../src/app/analyze.js';
import { defaultConfig } from '../../src/config/defaults.js';
import { fixSource } from '../../src/core/fix.js';
import { canonicalizeUrl } from '../../src/core/url/canonicalize.js';
import { checkLinks } from '../../src/links/index.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

let server: LinkServer;
beforeAll(async () => {
  server = await startLinkServer();
});
afterAll(() => server.close());

function tracker(): string {
  const ok = server.url('/ok');
  const dead = server.url('/status/404');
  const rows = [
    ['[活的 full][live]', '[死的 full][dead]'],
    ['[live][]', '[dead][]'],
    ['[live]', '[dead]'],
    [`<${ok}?auto>`, `<${dead}?auto>`],
    [`<a href="${ok}?html">活的 html</a>`, `<a href="${dead}?html">死的 html</a>`],
  ].flat();
  return [
    '# 资料',
    '',
    '## 技术原理',
    '|资料链接|来源|',
    '| :-----| :-----|',
    ...rows.map((cell, i) => `|${cell}|来源 ${i}|`),
    '',
    `[live]: ${ok}`,
    `[dead]: <${dead}>`,
    '',
  ].join('\n');
}

describe('link forms in the link column', () => {
  it('are extracted with their URLs and checked: live ones alive, dead ones dead', async () => {
    const file = analyzeSource('README.md', tracker(), { config: defaultConfig(), now: new Date('2026-01-01') });
    expect(file.links).toHaveLength(10);
    const verdicts = await checkLinks(
      file.links.map((l) => l.url),
      loopbackConfig({ retries: 0 }),
    );
    const byRow = file.links.map((l) => [l.title, verdicts.get(canonicalizeUrl(l.url))?.verdict]);
    expect(byRow).toEqual([
      ['活的 full', 'alive'],
      ['死的 full', 'dead'],
      ['live', 'alive'],
      ['dead', 'dead'],
      ['live', 'alive'],
      ['dead', 'dead'],
      [server.url('/ok?auto'), 'alive'],
      [server.url('/status/404?auto'), 'dead'],
      ['活的 html', 'alive'],
      ['死的 html', 'dead'],
    ]);
  });

  it('get a fixable link-cell warning each, never an error, and the fix writes them inline', () => {
    const source = tracker();
    const file = analyzeSource('README.md', source, { config: defaultConfig(), now: new Date('2026-01-01') });
    const linkCell = file.diagnostics.filter((d) => d.rule === 'link-cell');
    expect(linkCell).toHaveLength(10);
    expect(linkCell.every((d) => d.severity === 'warning' && d.fixable && d.fix)).toBe(true);
    expect(linkCell[0]!.message).toBe(`引用式链接应写成行内链接 [活的 full](${server.url('/ok')})`);

    const fixed = fixSource(source, { config: {}, now: new Date('2026-01-01') });
    const lines = fixed.output.split('\n');
    expect(lines.slice(5, 15)).toEqual([
      `|[活的 full](${server.url('/ok')})|来源 0|`,
      `|[死的 full](${server.url('/status/404')})|来源 1|`,
      `|[live](${server.url('/ok')})|来源 2|`,
      `|[dead](${server.url('/status/404')})|来源 3|`,
      `|[live](${server.url('/ok')})|来源 4|`,
      `|[dead](${server.url('/status/404')})|来源 5|`,
      `|[${server.url('/ok?auto')}](${server.url('/ok?auto')})|来源 6|`,
      `|[${server.url('/status/404?auto')}](${server.url('/status/404?auto')})|来源 7|`,
      `|[活的 html](${server.url('/ok?html')})|来源 8|`,
      `|[死的 html](${server.url('/status/404?html')})|来源 9|`,
    ]);
    expect(fixed.diagnostics.filter((d) => d.rule === 'link-cell')).toEqual([]);
  });

  it('an error-level link-cell setting still leaves these forms at warning', () => {
    const file = analyzeSource('README.md', tracker(), { config: { ...defaultConfig(), rules: { 'link-cell': 'error' } }, now: new Date('2026-01-01') });
    expect(file.diagnostics.filter((d) => d.rule === 'link-cell').map((d) => d.severity)).toEqual(Array(10).fill('warning'));
  });
});
