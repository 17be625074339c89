// End to end: the bundled Action on `schedule`, against the fake GitHub and the loopback link server.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRACKING_ISSUE_MARKER } from '../../src/action/api/tracking-issue.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { makeWorkspace, runAction, type Workspace } from '../support/action-run.js';

let links: LinkServer;
let wayback: http.Server;
let waybackUrl: string;
const waybackAsked: string[] = [];

beforeAll(async () => {
  links = await startLinkServer();
  wayback = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').searchParams.get('url') ?? '';
    waybackAsked.push(url);
    const closest = { available: true, status: '200', url: `http://web.archive.org/web/20230101000000/${url}`, timestamp: '20230101000000' };
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url, archived_snapshots: { closest } }));
  });
  await new Promise<void>((resolve) => wayback.listen(0, '127.0.0.1', resolve));
  waybackUrl = `http://127.0.0.1:${(wayback.address() as AddressInfo).port}/wayback/available`;
});

afterAll(async () => {
  await links.close();
  await new Promise<void>((resolve) => wayback.close(() => resolve()));
});

const HOSTS = ['live.example', 'dead.example', 'moved.example', 'h1.example', 'h2.example', 'h3.example', 'h4.example', 'github.com'];

function config(extra = ''): string {
  const resolve = HOSTS.map((host) => `    ${host}: 127.0.0.1`).join('\n');
  return `links:\n  allowPrivateHosts: true\n  retries: 0\n  timeout: 5s\n  archiveApi: ${waybackUrl}\n  resolve:\n${resolve}\n${extra}`;
}

const HEADER = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n| :-----| :-----| :-----| :-----| :-----| :-----| :-----|';

function tracker(sections: Record<string, [title: string, url: string][]>): string {
  const parts = ['# ChatGPT 资料汇总', '', '> 持续追踪相关的技术资料。', ''];
  for (const [heading, rows] of Object.entries(sections)) {
    parts.push(`## ${heading}`, '', HEADER);
    rows.forEach(([title, url], i) => parts.push(`|[${title}](${url})|来源${i}|2023-01-${String(10 + i).padStart(2, '0')}|概述${i}|⭐⭐|❗||`));
    parts.push('');
  }
  return parts.join('\n');
}

const link = (path: string, host: string) => links.url(path, host);

function trackingIssues(github: FakeGitHub, repo: string) {
  return [...github.state.repo(repo).issues.values()].filter((issue) => !issue.isPullRequest && issue.user.type === 'Bot');
}

describe('scheduled scan: one self-maintaining tracking issue', () => {
  let github: FakeGitHub;
  let ws: Workspace;
  const repo = 'acme/tracker';
  let unrelatedNumber: number;
  let humanMarkerNumber: number;
  let issueNumber: number;

  const deadOnly = () => ({
    技术原理: [
      ['正常的视频', link('/ok', 'live.example')],
      ['已删除的文章 <b>@octocat</b>', link('/status/404', 'dead.example')],
    ] as [string, string][],
  });
  const withMoved = () => ({
    ...deadOnly(),
    行业进展: [['永久迁移的页面', link(`/redirect/301?to=${encodeURIComponent(link('/ok', 'live.example'))}`, 'moved.example')]] as [string, string][],
  });

  beforeAll(async () => {
    github = await startFakeGitHub();
    github.state.addRepo({ owner: 'acme', name: 'tracker' });
    unrelatedNumber = github.state.addIssue({ repo, title: 'Typo in intro', body: 'please fix', author: 'alice', labels: ['dead-links'] }).number;
    humanMarkerNumber = github.state.addIssue({ repo, title: 'Copied marker', body: `${TRACKING_ISSUE_MARKER}\nI pasted this`, author: 'mallory', labels: ['dead-links'] }).number;
    github.state.repo(repo).labels.clear();
    ws = makeWorkspace({ 'README.md': tracker(deadOnly()), '.tracker-bot.yml': config() });
  });
  afterAll(() => github.close());

  const scan = () =>
    runAction({ workspace: ws.dir, apiUrl: github.url, repository: repo, serverUrl: 'https://github.com', sha: '0123456789abcdef0123456789abcdef01234567' });

  it('scan 1: a link dead for the first time opens no issue (suspected, in the summary)', async () => {
    const run = await scan();
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(trackingIssues(github, repo)).toHaveLength(0);
    expect(run.outputs['dead-links']).toBe('0');
    expect(run.outputs['issue-number']).toBeUndefined();
    expect(run.summary).toContain('疑似失效（1 个）');
    expect(run.summary).toContain('dead.example');
  }, 60_000);

  it('scan 2: still dead opens exactly one issue listing it (with an archived copy), not the live links', async () => {
    ws.write('README.md', tracker(withMoved()));
    const run = await scan();
    expect(run.code).toBe(0);
    const issues = trackingIssues(github, repo);
    expect(issues).toHaveLength(1);
    const issue = issues[0]!;
    issueNumber = issue.number;
    expect(run.outputs['issue-number']).toBe(String(issue.number));
    expect(run.outputs['dead-links']).toBe('1');
    expect(run.outputs['redirected-links']).toBe('1');
    expect(issue.state).toBe('open');
    expect(issue.title).toBe('资料链接失效追踪');
    expect(issue.labels.map((l) => l.name)).toEqual(['dead-links']);
    expect(github.state.repo(repo).label('dead-links')).toBeDefined();
    const body = issue.body ?? '';
    expect(body).toContain(TRACKING_ISSUE_MARKER);
    expect(body).toContain('### 技术原理');
    expect(body).toContain('### 行业进展');
    expect(body).toContain('/status/404');
    expect(body).not.toContain('正常的视频');
    expect(body).toContain('已永久迁移至 `http://live.example:');
    expect(body).toContain('- [ ] **');
    expect(body).toContain('· 页面不存在（HTTP 404） ·');
    expect(body).toContain('[存档](https://web.archive.org/web/20230101000000/');
    expect(body).toContain('https://github.com/acme/tracker/blob/0123456789abcdef0123456789abcdef01234567/README.md?plain=1#L');
    expect(body).not.toContain('<b>');
    expect(body).not.toMatch(/@octocat/);
    expect(waybackAsked.some((url) => url.includes('/status/404'))).toBe(true);
    // The harness reads the file the `report` output names before it removes RUNNER_TEMP.
    const report = run.report as { version: number; files: { links: unknown[] }[] };
    expect(report.version).toBe(1);
    expect(report.files[0]!.links).toHaveLength(3);
  }, 60_000);

  it('scan 3: still dead (the moved link fixed) edits the same issue in place; no second issue', async () => {
    ws.write('README.md', tracker(deadOnly()));
    const before = github.requestsTo('PATCH', `/repos/${repo}/issues/${issueNumber}`).length;
    const run = await scan();
    expect(run.code).toBe(0);
    expect(trackingIssues(github, repo)).toHaveLength(1);
    expect(run.outputs['issue-number']).toBe(String(issueNumber));
    expect(github.requestsTo('POST', `/repos/${repo}/issues`)).toHaveLength(1);
    expect(github.requestsTo('PATCH', `/repos/${repo}/issues/${issueNumber}`)).toHaveLength(before + 1);
    const issue = github.state.repo(repo).issues.get(issueNumber)!;
    expect(issue.state).toBe('open');
    expect(issue.body).toContain('/status/404');
    expect(issue.body).not.toContain('永久迁移的页面');
    expect(run.outputs['redirected-links']).toBe('0');
  }, 60_000);

  it('an unchanged scan leaves the issue alone', async () => {
    const before = github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').length;
    const run = await scan();
    expect(run.code).toBe(0);
    expect(github.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql')).toHaveLength(before);
  }, 60_000);

  it('scan 4: everything fixed closes the issue as completed, with a comment', async () => {
    ws.write('README.md', tracker({ 技术原理: [['正常的视频', link('/ok', 'live.example')]] }));
    const run = await scan();
    expect(run.code).toBe(0);
    const issue = github.state.repo(repo).issues.get(issueNumber)!;
    expect(issue.state).toBe('closed');
    expect(issue.stateReason).toBe('completed');
    const comments = github.state.issueComments(repo, issueNumber);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('关闭');
    expect(run.outputs['dead-links']).toBe('0');
  }, 60_000);

  it('a new link dead twice reopens the same issue rather than opening another', async () => {
    ws.write('README.md', tracker({ 技术原理: [['正常的视频', link('/ok', 'live.example')], ['新失效', link('/status/410', 'dead.example')]] }));
    const first = await scan();
    expect(github.state.repo(repo).issues.get(issueNumber)!.state).toBe('closed');
    expect(first.outputs['issue-number']).toBe(String(issueNumber));
    const second = await scan();
    expect(second.code).toBe(0);
    const issue = github.state.repo(repo).issues.get(issueNumber)!;
    expect(issue.state).toBe('open');
    expect(issue.body).toContain('/status/410');
    expect(trackingIssues(github, repo)).toHaveLength(1);
    expect(github.requestsTo('POST', `/repos/${repo}/issues`)).toHaveLength(1);
    expect(second.outputs['issue-number']).toBe(String(issueNumber));
  }, 60_000);

  it('never touches other issues, even one carrying the marker written by a human', () => {
    const state = github.state.repo(repo);
    expect(state.issues.get(unrelatedNumber)).toMatchObject({ state: 'open', body: 'please fix', title: 'Typo in intro' });
    expect(state.issues.get(humanMarkerNumber)).toMatchObject({ state: 'open', title: 'Copied marker' });
    expect(github.state.issueComments(repo, unrelatedNumber)).toHaveLength(0);
    expect(github.state.issueComments(repo, humanMarkerNumber)).toHaveLength(0);
    for (const n of [unrelatedNumber, humanMarkerNumber]) {
      expect(github.requests.filter((r) => r.method !== 'GET' && r.path.startsWith(`/repos/${repo}/issues/${n}`))).toHaveLength(0);
    }
  });
});

describe('scheduled scan: GitHub repository links through the API', () => {
  let github: FakeGitHub;
  afterAll(() => github.close());

  it('reports a renamed repository as moved, a missing one as dead, an archived one as a warning', async () => {
    github = await startFakeGitHub();
    const { state } = github;
    state.addRepo({ owner: 'acme', name: 'tracker' });
    state.addRepo({ owner: 'someone', name: 'old-name' });
    state.moveRepo('someone/old-name', 'someone-else/new-name');
    state.addRepo({ owner: 'frozen', name: 'tool', archived: true });
    state.addRepo({ owner: 'live', name: 'project' });
    const ws = makeWorkspace({
      'README.md': tracker({
        开源项目: [
          ['Renamed', 'https://github.com/someone/old-name'],
          ['Missing', 'https://github.com/ghost/nothing-here'],
          ['Archived', 'https://github.com/frozen/tool'],
          ['Live', 'https://github.com/live/project'],
        ],
      }),
      '.tracker-bot.yml': config(),
    });
    const run = await runAction({ workspace: ws.dir, apiUrl: github.url, repository: 'acme/tracker', inputs: { 'dead-after': '1' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(github.requestsTo('POST', '/graphql').length).toBeGreaterThanOrEqual(1);
    expect(links.requestsTo('github.com')).toHaveLength(0);
    expect(run.outputs['dead-links']).toBe('1');
    expect(run.outputs['redirected-links']).toBe('1');
    const body = trackingIssues(github, 'acme/tracker')[0]!.body ?? '';
    expect(body).toContain('已永久迁移至 `https://github.com/someone-else/new-name`');
    expect(body).toContain('ghost/nothing-here');
    expect(body).not.toContain('live/project');
    expect(body).toContain('已归档的仓库（1 个）');
    expect(run.stdout).toMatch(/::warning file=README\.md,line=\d+,col=\d+.*title=tracker-bot%3A 链接的仓库已归档::/);
  }, 60_000);
});

describe('scheduled scan: shards', () => {
  const repo = 'acme/tracker';
  const rows = (): [string, string][] => [
    ['a', link('/ok', 'h1.example')],
    ['b', link('/status/404', 'h1.example')],
    ['c', link('/status/410', 'h2.example')],
    ['d', link('/ok', 'h2.example')],
    ['e', link('/status/404', 'h3.example')],
    ['f', link(`/redirect/308?to=${encodeURIComponent(link('/ok', 'h1.example'))}`, 'h4.example')],
    ['g', link('/status/403', 'h4.example')],
  ];

  async function fresh() {
    const github = await startFakeGitHub();
    github.state.addRepo({ owner: 'acme', name: 'tracker' });
    const ws = makeWorkspace({ 'README.md': tracker({ 第一部分: rows().slice(0, 4), 第二部分: rows().slice(4) }), '.tracker-bot.yml': config() });
    return { github, ws };
  }

  it('two shards plus a merge equal one unsharded run', async () => {
    const single = await fresh();
    const sharded = await fresh();
    try {
      const temp = makeWorkspace({}).dir;
      let singleRun;
      let mergeRun;
      for (let round = 0; round < 2; round++) {
        singleRun = await runAction({ workspace: single.ws.dir, apiUrl: single.github.url, repository: repo });
        expect(singleRun.code).toBe(0);
        const shardRuns = [];
        for (const shard of ['1/2', '2/2']) {
          const run = await runAction({ workspace: sharded.ws.dir, apiUrl: sharded.github.url, repository: repo, runnerTemp: temp, inputs: { shard } });
          expect(run.stderr).toBe('');
          expect(run.code).toBe(0);
          shardRuns.push(run);
        }
        if (round === 0) expect(trackingIssues(sharded.github, repo)).toHaveLength(0);
        expect(shardRuns[0]!.outputs['report']).not.toBe(shardRuns[1]!.outputs['report']);
        mergeRun = await runAction({
          workspace: sharded.ws.dir,
          apiUrl: sharded.github.url,
          repository: repo,
          inputs: { 'merge-reports': `${temp}/tracker-bot-shard-*.json` },
        });
        expect(mergeRun.stderr).toBe('');
        expect(mergeRun.code).toBe(0);
      }
      const singleIssues = trackingIssues(single.github, repo);
      const mergedIssues = trackingIssues(sharded.github, repo);
      expect(singleIssues).toHaveLength(1);
      expect(mergedIssues).toHaveLength(1);
      expect(mergedIssues[0]!.body).toBe(singleIssues[0]!.body);
      expect(mergedIssues[0]!.body).toContain('/status/410');
      for (const name of ['dead-links', 'redirected-links', 'issue-number', 'errors', 'warnings']) {
        expect(mergeRun!.outputs[name]).toBe(singleRun!.outputs[name]);
      }
      expect(mergeRun!.outputs['dead-links']).toBe('3');
    } finally {
      await single.github.close();
      await sharded.github.close();
    }
  }, 120_000);

  it('a merge with a shard missing fails with a one-line error (exit 2)', async () => {
    const { github, ws } = await fresh();
    try {
      const temp = makeWorkspace({}).dir;
      await runAction({ workspace: ws.dir, apiUrl: github.url, repository: repo, runnerTemp: temp, inputs: { shard: '1/2' } });
      const merge = await runAction({ workspace: ws.dir, apiUrl: github.url, repository: repo, inputs: { 'merge-reports': `${temp}/*.json` } });
      expect(merge.code).toBe(2);
      const errors = merge.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toEqual(['::error::tracker-bot: merge-reports: missing shard 2/2']);
      expect(merge.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await github.close();
    }
  }, 60_000);
});

describe('scheduled scan: exit codes', () => {
  it('an API failure after retries exits 2 with one line; dead links alone exit 0, and 1 with fail-on: warning', async () => {
    const github = await startFakeGitHub();
    github.state.addRepo({ owner: 'acme', name: 'tracker' });
    const ws = makeWorkspace({ 'README.md': tracker({ 技术原理: [['失效', link('/status/404', 'dead.example')]] }), '.tracker-bot.yml': config() });
    try {
      const ok = await runAction({ workspace: ws.dir, apiUrl: github.url, repository: 'acme/tracker', inputs: { 'dead-after': '1' } });
      expect(ok.code).toBe(0);
      expect(ok.outputs['dead-links']).toBe('1');
      const strict = await runAction({ workspace: ws.dir, apiUrl: github.url, repository: 'acme/tracker', inputs: { 'dead-after': '1', 'fail-on': 'warning' } });
      expect(strict.code).toBe(1);

      github.failNext('GET', '/repos/acme/tracker/issues', 502, 50);
      const failed = await runAction({ workspace: ws.dir, apiUrl: github.url, repository: 'acme/tracker', inputs: { 'dead-after': '1' } });
      expect(failed.code).toBe(2);
      const errors = failed.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^::error::tracker-bot: GitHub API: GET \/repos\/acme\/tracker\/issues failed: 502/);
      expect(github.requestsTo('GET', '/repos/acme/tracker/issues').length).toBeGreaterThan(1);
      expect(failed.stderr).not.toMatch(/\n\s+at /);
    } finally {
      await github.close();
    }
  }, 120_000);
});

describe('scheduled scan: bad configuration', () => {
  it('a broken config exits 2 with one line and touches no issue', async () => {
    const github = await startFakeGitHub();
    github.state.addRepo({ owner: 'acme', name: 'tracker' });
    const ws = makeWorkspace({ 'README.md': tracker({ 技术原理: [['失效', link('/status/404', 'dead.example')]] }), '.tracker-bot.yml': 'links:\n  retries: many\n' });
    try {
      const run = await runAction({ workspace: ws.dir, apiUrl: github.url, repository: 'acme/tracker' });
      expect(run.code).toBe(2);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain('links.retries');
      expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
    } finally {
      await github.close();
    }
  }, 60_000);
});

describe('scheduled scan: annotations go to links first', () => {
  it('annotates every dead link of a file with many lint findings, and says how many were left out', async () => {
    const github = await startFakeGitHub();
    github.state.addRepo({ owner: 'acme', name: 'tracker' });
    // 14 rows with an impossible date (an error each) above 3 dead links: lint alone would fill the 10 error slots.
    const rows: [string, string][] = Array.from({ length: 14 }, (_, i) => [`正常${i}`, link(`/ok/${i}`, 'live.example')]);
    rows.push(['失效一', link('/status/404', 'dead.example')], ['失效二', link('/status/410', 'h1.example')], ['失效三', link('/status/404', 'h2.example')]);
    const source = tracker({ 技术原理: rows }).replace(/\|2023-01-(\d\d)\|/g, (whole, day: string) => (Number(day) < 24 ? '|2023-13-01|' : whole));
    const ws = makeWorkspace({ 'README.md': source, '.tracker-bot.yml': config() });
    try {
      const run = await runAction({ workspace: ws.dir, apiUrl: github.url, repository: 'acme/tracker', inputs: { 'dead-after': '1' } });
      expect(run.code, run.stdout.slice(-1500)).toBe(0);
      const errors = run.stdout.split('\n').filter((line) => line.startsWith('::error'));
      expect(errors).toHaveLength(10);
      for (const title of ['失效一', '失效二', '失效三']) expect(errors.some((line) => line.includes(title))).toBe(true);
      expect(errors.slice(0, 3).every((line) => line.includes('title=tracker-bot%3A 链接失效'))).toBe(true);
      expect(run.summary).toMatch(/另有 \d+ 个注解未显示/);
    } finally {
      await github.close();
    }
  }, 60_000);
});
