// End to end: `fix-pr: true` on a scheduled scan opens one pull request with the safe fixes and keeps
// updating it (the bundled Action against the fake GitHub with its pulls/git-refs extension).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIX_BRANCH } from '../../src/action/scheduled/fix-pr.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { makeWorkspace, runAction, type Workspace } from '../support/action-run.js';

const HEADER = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n| :-----| :-----| :-----| :-----| :-----| :-----| :-----|';

describe('scheduled scan: fix pull request', () => {
  let links: LinkServer;
  let github: FakeGitHub;
  let ws: Workspace;
  const repo = 'acme/tracker';

  const link = (path: string, host: string) => links.url(path, host);
  const row = (title: string, url: string, date: string, stars: string) => `|[${title}](${url})|来源|${date}|概述|${stars}|❗||`;
  const trackerText = (extra: string[] = []) =>
    [
      '# 资料汇总',
      '',
      '## 技术原理',
      '',
      HEADER,
      row('低分旧文', link('/ok?utm_source=wechat&id=7', 'live.example'), '2023-01-01', '⭐⭐'),
      row('高分新文', link(`/redirect/301?to=${encodeURIComponent(link('/ok', 'new.example'))}`, 'moved.example'), '2023-02-01', '⭐⭐⭐⭐'),
      ...extra,
      '',
    ].join('\n');
  const config = () =>
    `links:\n  allowPrivateHosts: true\n  retries: 0\n  archiveApi: http://127.0.0.1:1/wayback\n  resolve:\n${['live.example', 'moved.example', 'new.example'].map((h) => `    ${h}: 127.0.0.1`).join('\n')}\n`;

  const scan = () =>
    runAction({
      workspace: ws.dir,
      apiUrl: github.url,
      repository: repo,
      sha: github.state.repo(repo).branches.get('main')!,
      inputs: { 'fix-pr': 'true' },
    });

  beforeAll(async () => {
    links = await startLinkServer();
    github = await startFakeGitHub();
    ws = makeWorkspace({ 'README.md': trackerText(), '.tracker-bot.yml': config() });
    github.state.addRepo({ owner: 'acme', name: 'tracker', files: { 'README.md': trackerText(), '.tracker-bot.yml': config() } });
  });
  afterAll(async () => {
    await github.close();
    await links.close();
  });

  const openPulls = () => [...github.state.repo(repo).pulls.values()].filter((pull) => pull.state === 'open');

  it('opens one pull request from the bot branch with moved links replaced, tracking parameters stripped and rows sorted', async () => {
    const run = await scan();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(openPulls()).toHaveLength(1);
    const pull = openPulls()[0]!;
    expect(pull.headRef).toBe(FIX_BRANCH);
    expect(pull.baseRef).toBe('main');
    expect(pull.user.type).toBe('Bot');
    const fixed = github.state.readFile(repo, 'README.md', FIX_BRANCH)!;
    expect(fixed).toContain(`[高分新文](${link('/ok', 'new.example')})`);
    expect(fixed).toContain(`[低分旧文](${link('/ok?id=7', 'live.example')})`);
    expect(fixed.indexOf('高分新文')).toBeLessThan(fixed.indexOf('低分旧文'));
    expect(github.state.readFile(repo, 'README.md', 'main')).toBe(trackerText());
    expect(run.summary).toContain(`[#${pull.number}]`);
  }, 60_000);

  it('a second scan with the same fixes leaves the branch and the pull request alone', async () => {
    const before = github.state.repo(repo).branches.get(FIX_BRANCH);
    const run = await scan();
    expect(run.stdout.split('\n').filter((l) => l.startsWith('::error'))).toEqual([]);
    expect(run.code).toBe(0);
    expect(openPulls()).toHaveLength(1);
    expect(github.state.repo(repo).branches.get(FIX_BRANCH)).toBe(before);
    expect(github.requests.filter((r) => r.method !== 'GET' && r.path.includes('/pulls'))).toHaveLength(1);
  }, 60_000);

  it('new fixes rebuild the branch and update the same pull request', async () => {
    const next = trackerText([row('又一篇', link(`/redirect/308?to=${encodeURIComponent(link('/ok', 'new.example'))}&n=2`, 'moved.example'), '2022-05-01', '⭐')]);
    ws.write('README.md', next);
    github.state.commit(repo, 'main', { 'README.md': next }, 'Add a row');
    const run = await scan();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(openPulls()).toHaveLength(1);
    expect(github.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/pulls'))).toHaveLength(1);
    const fixed = github.state.readFile(repo, 'README.md', FIX_BRANCH)!;
    expect(fixed).toContain(`[又一篇](${link('/ok', 'new.example')})`);
    expect(fixed).not.toContain('moved.example');
    const tip = github.state.repo(repo).branches.get(FIX_BRANCH)!;
    expect(github.state.repo(repo).commits.get(tip)!.parent).toBe(github.state.repo(repo).branches.get('main'));
  }, 60_000);
});
