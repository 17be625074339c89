// `rules:` configures the link-verdict rule link-redirected like any other, through the bundled CLI
// (`check --links`) against the loopback link server: the default warning, `off`, and `error`.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLinkServer, type LinkServer } from '../support/link-server.js';

const cli = resolve(__dirname, '../../dist/cli.js');

function run(args: string[], cwd: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (c: string) => (stdout += c));
    child.stderr.on('data', (c: string) => (stderr += c));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

let server: LinkServer;
let host: string;

beforeAll(async () => {
  server = await startLinkServer({ addresses: ['127.0.0.3'] });
  host = `127.0.0.3:${server.port}`;
});

afterAll(async () => {
  await server.close();
});

/** A workspace with one alive and one permanently moved link, and `rules` in its config. */
function workspace(rules: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'tb-link-rules-'));
  writeFileSync(join(dir, '.tracker-bot.yml'), `links:\n  timeout: 2s\n  retries: 0\n  allowPrivateHosts: true\n${rules}`);
  const moved = `http://${host}/redirect/301?to=${encodeURIComponent(`http://${host}/ok`)}`;
  writeFileSync(
    join(dir, 'README.md'),
    [
      '# 资料',
      '',
      '## 技术原理',
      '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|',
      '|---|---|---|---|---|---|---|',
      `|[活的](http://${host}/ok)|来源|2023-01-02|概述|⭐⭐|❗||`,
      `|[搬家](${moved})|来源|2023-01-01|概述|⭐⭐|❗||`,
      '',
    ].join('\n'),
  );
  return dir;
}

interface JsonLink {
  title: string;
  verdict: string;
  severity?: string;
}

describe('rules: link-redirected through the CLI', () => {
  it('by default reports a moved link as a warning and exits 0', async () => {
    const r = await run(['check', '--links', '--format', 'json'], workspace(''));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const links = (JSON.parse(r.stdout) as { files: { links: JsonLink[] }[] }).files[0]!.links;
    expect(links.find((l) => l.title === '搬家')).toMatchObject({ verdict: 'redirected', severity: 'warning' });
    const text = await run(['check', '--links', '--no-progress'], workspace(''));
    expect(text.stdout).toContain('已迁移 (1)');
  });

  it('off: the moved link is not reported at all', async () => {
    const dir = workspace('rules:\n  link-redirected: off\n');
    const r = await run(['check', '--links', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const links = (JSON.parse(r.stdout) as { files: { links: JsonLink[] }[] }).files[0]!.links;
    expect(links.map((l) => l.title)).toEqual(['活的']);
    const text = await run(['check', '--links', '--no-progress'], dir);
    expect(text.stdout).not.toContain('搬家');
    expect(text.stdout).not.toContain('已迁移');
    const github = await run(['check', '--links', '--format', 'github'], dir);
    expect(github.stdout).toBe('');
  });

  it('error: the moved link is an error annotation and fails the check', async () => {
    const dir = workspace('rules:\n  link-redirected: error\n');
    const r = await run(['check', '--links', '--format', 'github'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=README\.md,line=7,title=tracker-bot%3A 链接已迁移::/m);
    const json = await run(['check', '--links', '--format', 'json'], dir);
    expect(json.code).toBe(1);
    const links = (JSON.parse(json.stdout) as { files: { links: JsonLink[] }[] }).files[0]!.links;
    expect(links.find((l) => l.title === '搬家')).toMatchObject({ verdict: 'redirected', severity: 'error' });
  });

  it('rejects an unknown severity for the link rules like for any rule', async () => {
    const r = await run(['check', '--links'], workspace('rules:\n  repo-archived: loud\n'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/repo-archived/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
