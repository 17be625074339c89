// `tracker-bot check --links` end to end: the bundled CLI against the loopback link server.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli-run.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLinkServer, type LinkServer } from '../support/link-server.js';

const run = runCli;

let server: LinkServer;
let dir: string;

function tracker(rows: [string, string][]): string {
  const body = rows.map(([title, url], i) => `|[${title}](${url})|来源|2023-01-0${i + 1}|概述|⭐⭐|❗||`).join('\n');
  return `# 资料\n\n## 技术原理\n|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n|---|---|---|---|---|---|---|\n${body}\n`;
}

beforeAll(async () => {
  server = await startLinkServer({ addresses: ['127.0.0.1', '127.0.0.2'] });
  dir = mkdtempSync(join(tmpdir(), 'tb-links-'));
  const host = `127.0.0.2:${server.port}`;
  writeFileSync(
    join(dir, '.tracker-bot.yml'),
    [
      'links:',
      '  timeout: 2s',
      '  retries: 0',
      '  resolve:',
      `    mp.weixin.qq.com: 127.0.0.2`,
    ].join('\n') + '\n',
  );
  const rows: [string, string][] = [
    ['活的', `http://${host}/ok`],
    ['死的', `http://${host}/status/404`],
    ['搬家', `http://${host}/redirect/301?to=${encodeURIComponent(`http://${host}/ok`)}`],
    ['被删的文章', `http://mp.weixin.qq.com:${server.port}/wechat/deleted`],
    ['拦截', `http://${host}/status/999`],
  ];
  // Newest first, so sort-order stays quiet.
  writeFileSync(join(dir, 'README.md'), tracker(rows).replace(/2023-01-0(\d)/g, (_, d) => `2023-01-0${6 - Number(d)}`));
});

afterAll(async () => {
  await server.close();
});

describe('tracker-bot check --links', () => {
  it('skips loopback links without sending a request unless private hosts are allowed', async () => {
    server.reset();
    const r = await run(['check', '--links', '--format', 'json'], dir);
    const report = JSON.parse(r.stdout);
    expect(report.files[0].links.every((l: { verdict: string }) => l.verdict === 'skipped')).toBe(true);
    expect(server.requests).toHaveLength(0);
    expect(r.code).toBe(0);
  });

  it('judges every link, reports them on their rows, and exits 1 on a dead link', async () => {
    server.reset();
    const cache = join(dir, 'cache.json');
    const r = await run(['check', '--links', '--allow-private-hosts', '--format', 'json', '--cache', cache], dir);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    const byTitle = Object.fromEntries(report.files[0].links.map((l: { title: string }) => [l.title, l]));
    expect(byTitle['活的'].verdict).toBe('alive');
    expect(byTitle['死的']).toMatchObject({ verdict: 'dead', status: 404, line: 7, section: '技术原理' });
    expect(byTitle['搬家'].verdict).toBe('redirected');
    expect(byTitle['搬家'].finalUrl).toMatch(/\/ok$/);
    expect(byTitle['被删的文章']).toMatchObject({ verdict: 'dead', reason: expect.stringMatching(/^soft-404/) });
    expect(byTitle['拦截'].verdict).toBe('blocked');
    expect(report.summary.links).toMatchObject({ alive: 1, dead: 2, redirected: 1, blocked: 1 });
    const saved = JSON.parse(readFileSync(cache, 'utf8'));
    expect(Object.keys(saved.links)).toHaveLength(5);
  });

  it('groups text output by verdict, dead and moved first, with row titles and lines', async () => {
    const r = await run(['check', '--links', '--allow-private-hosts', '--no-progress'], dir);
    const out = r.stdout;
    expect(out.indexOf('失效 (2)')).toBeGreaterThanOrEqual(0);
    expect(out.indexOf('失效 (2)')).toBeLessThan(out.indexOf('已迁移 (1)'));
    expect(out.indexOf('已迁移 (1)')).toBeLessThan(out.indexOf('被拦截'));
    expect(out).toMatch(/README\.md:7 {2}死的 {2}http:\/\/127\.0\.0\.2:\d+\/status\/404 {2}\(页面不存在（HTTP 404）\)/);
    expect(out).toContain('已检查的链接：2 个失效，1 个已迁移，1 个被拦截');
  });
});

describe('tables nested in block quotes and list items', () => {
  it('checks their links and reports them on their rows and sections', async () => {
    server.reset();
    const nested = mkdtempSync(join(tmpdir(), 'tb-nested-'));
    const host = `127.0.0.2:${server.port}`;
    const head = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n|---|---|---|---|---|---|---|';
    writeFileSync(
      join(nested, 'README.md'),
      [
        '# 资料',
        '',
        '## 引用',
        '',
        ...`${head}\n|[引用里的死链](http://${host}/status/404)|来源|2023-01-02|概述|⭐⭐|❗||`.split('\n').map((l) => `> ${l}`),
        '',
        '## 列表',
        '',
        '- 条目',
        ...`${head}\n|[列表里的活链](http://${host}/ok)|来源|2023-01-01|概述|⭐⭐|❗||`.split('\n').map((l) => `  ${l}`),
        '',
      ].join('\n'),
    );
    const r = await run(['check', '--links', '--allow-private-hosts', '--format', 'json'], nested);
    const report = JSON.parse(r.stdout);
    const byTitle = Object.fromEntries(report.files[0].links.map((l: { title: string }) => [l.title, l]));
    expect(byTitle['引用里的死链']).toMatchObject({ verdict: 'dead', status: 404, line: 7, section: '引用' });
    expect(byTitle['列表里的活链']).toMatchObject({ verdict: 'alive', line: 14, section: '列表' });
    expect(new Set(server.requests.map((q) => q.path))).toEqual(new Set(['/ok', '/status/404']));
    expect(r.code).toBe(1);
  });
});
