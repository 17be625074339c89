// End to end: `rules:` configures repo-archived and link-redirected like any other rule in the bundled
// Action's scheduled scan (fake GitHub for the repository checks, loopback link server for the rest).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { makeWorkspace, runAction } from '../support/action-run.js';

let links: LinkServer;
let github: FakeGitHub;
const repo = 'acme/tracker';

beforeAll(async () => {
  links = await startLinkServer();
  github = await startFakeGitHub();
  github.state.addRepo({ owner: 'acme', name: 'tracker' });
  github.state.addRepo({ owner: 'frozen', name: 'tool', archived: true });
  github.state.addRepo({ owner: 'live', name: 'project' });
});

afterAll(async () => {
  await links.close();
  github.close();
});

const HEADER = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n| :-----| :-----| :-----| :-----| :-----| :-----| :-----|';

function tracker(): string {
  const moved = links.url(`/redirect/301?to=${encodeURIComponent(links.url('/ok', 'live.example'))}`, 'moved.example');
  const rows: [string, string][] = [
    ['Archived', 'https://github.com/frozen/tool'],
    ['Live', 'https://github.com/live/project'],
    ['Moved', moved],
  ];
  const body = rows.map(([title, url], i) => `|[${title}](${url})|来源${i}|2023-01-${String(20 - i)}|概述${i}|⭐⭐|❗||`);
  return ['# ChatGPT 资料汇总', '', '## 开源项目', '', HEADER, ...body, ''].join('\n');
}

function config(rules: string): string {
  const resolve = ['live.example', 'moved.example'].map((host) => `    ${host}: 127.0.0.1`).join('\n');
  return `links:\n  allowPrivateHosts: true\n  retries: 0\n  timeout: 5s\n  archiveApi: http://127.0.0.1:1/wayback\n  resolve:\n${resolve}\n${rules}`;
}

async function scan(rules: string) {
  const ws = makeWorkspace({ 'README.md': tracker(), '.tracker-bot.yml': config(rules) });
  const run = await runAction({ workspace: ws.dir, apiUrl: github.url, repository: repo, inputs: { 'dead-after': '1' } });
  const issue = [...github.state.repo(repo).issues.values()].filter((i) => !i.isPullRequest && i.user.type === 'Bot').at(-1);
  return { run, body: issue?.body ?? '', state: issue?.state };
}

const ARCHIVED_ANNOTATION = /::(warning|error) file=README\.md,line=\d+,col=\d+.*title=tracker-bot%3A 链接的仓库已归档::/;

describe('scheduled scan: rules configure the link-verdict rules', () => {
  it('by default: the archived repository is a warning, the moved link is listed', async () => {
    const { run, body } = await scan('');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(ARCHIVED_ANNOTATION);
    expect(ARCHIVED_ANNOTATION.exec(run.stdout)![1]).toBe('warning');
    expect(run.outputs['warnings']).toBe('1');
    expect(run.outputs['errors']).toBe('0');
    expect(run.outputs['redirected-links']).toBe('1');
    expect(body).toContain('已归档的仓库（1 个）');
    expect(body).toContain('已永久迁移至');
  }, 60_000);

  it('off: no archived warning and no moved link, in the annotations, the outputs and the issue', async () => {
    const { run, state } = await scan('rules:\n  repo-archived: off\n  link-redirected: off\n');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(ARCHIVED_ANNOTATION);
    expect(run.stdout).not.toContain('链接已迁移');
    expect(run.outputs['warnings']).toBe('0');
    expect(run.outputs['redirected-links']).toBe('0');
    // Nothing left to track: the issue the first scan opened is closed.
    expect(state).toBe('closed');
    expect(run.summary).not.toContain('已归档的仓库');
  }, 60_000);

  it('error: the archived repository becomes an error annotation and counts as an error', async () => {
    const { run, body } = await scan('rules:\n  repo-archived: error\n  link-redirected: error\n');
    expect(run.stderr).toBe('');
    expect(ARCHIVED_ANNOTATION.exec(run.stdout)?.[1]).toBe('error');
    expect(run.stdout).toMatch(/::error file=README\.md,line=\d+,title=tracker-bot%3A 链接已迁移::/);
    expect(run.outputs['errors']).toBe('1');
    expect(run.outputs['warnings']).toBe('0');
    expect(run.outputs['redirected-links']).toBe('1');
    expect(body).toContain('已归档的仓库（1 个）');
  }, 60_000);
});
