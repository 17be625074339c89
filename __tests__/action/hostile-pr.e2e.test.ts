// End-to-end: the attacks of a hostile pull request, run against the bundled Action (dist/index.js in a child
// process with the runner's variables) and the fake GitHub API. Each gets the safe result: a clean refusal
// (exit 2, one line), or inert text in everything the bot posts.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import type { LinkServer } from '../support/link-server.js';
import { useActionServers } from '../support/action-servers.js';
import { configYaml, issueCommentPayload, row, tracker } from '../support/action-fixtures.js';
import { runAction, runOnPullRequest, type RunActionOptions } from '../support/action-run.js';
import { liveParts } from '../support/inert-markdown.js';

let gh: FakeGitHub;
let links: LinkServer;

useActionServers((servers) => ({ gh, links } = servers));

const SECRET = 'TOPSECRET-7f3a';
const secretTracker = tracker([row({ title: SECRET, url: 'https://a.example/x', date: '2023-1-1', rating: '⭐⭐⭐' })]);

let repoCount = 0;
function newRepo(files: Record<string, string>): string {
  const name = `hostile-${++repoCount}`;
  gh.state.addRepo({ owner: 'octo', name, files });
  return `octo/${name}`;
}

function runPull(repo: string, number: number, extra: Partial<RunActionOptions> = {}) {
  return runOnPullRequest(gh, repo, number, { inputs: { 'check-links': 'none' }, ...extra });
}

function everythingPosted(repo: string, number: number): string {
  const comments = gh.state.issueComments(repo, number).map((c) => c.body);
  const reviews = gh.state.reviewCommentsOf(repo, number).map((c) => c.body);
  return [...comments, ...reviews].join('\n');
}

describe('a tracker path that leads outside the workspace', () => {
  it('refuses a tracker file that is a symbolic link to a file outside, and shows none of its text', async () => {
    const repo = newRepo({ 'README.md': tracker([]), '.tracker-bot.yml': configYaml() });
    const pull = gh.state.addPullRequest({ repo, headRef: 'link', changes: { 'README.md': 'changed' } });
    const run = await runPull(repo, pull.number, { symlinks: { 'README.md': '../secret.txt' }, outside: { 'secret.txt': secretTracker } });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('README.md: a symbolic link that leads outside the workspace');
    for (const text of [run.stdout, run.stderr, run.summary, everythingPosted(repo, pull.number)]) expect(text).not.toContain(SECRET);
  });

  it('refuses a path through a linked folder that points outside', async () => {
    const repo = newRepo({ 'docs/list.md': tracker([]), '.tracker-bot.yml': configYaml() });
    const pull = gh.state.addPullRequest({ repo, headRef: 'dirlink', changes: { 'docs/list.md': 'changed' } });
    const run = await runPull(repo, pull.number, {
      inputs: { 'check-links': 'none', files: 'docs/*.md' },
      symlinks: { docs: '../outside-docs' },
      outside: { 'outside-docs/list.md': secretTracker },
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('docs/list.md: a symbolic link that leads outside the workspace');
    expect(run.stdout + run.summary + everythingPosted(repo, pull.number)).not.toContain(SECRET);
  });

  it('still reads a link whose target stays inside the workspace', async () => {
    const repo = newRepo({ 'README.md': tracker([]), '.tracker-bot.yml': configYaml() });
    const pull = gh.state.addPullRequest({ repo, headRef: 'inner', changes: { 'README.md': 'changed' } });
    const run = await runPull(repo, pull.number, {
      workspace: { 'lists/real.md': tracker([row({ title: 'inner', url: 'https://a.example/y', date: '2023-01-01', rating: '⭐⭐⭐' })]), '.tracker-bot.yml': configYaml() },
      symlinks: { 'README.md': 'lists/real.md' },
    });
    expect(run.code, run.stdout).toBe(0);
  });

  it('refuses a tracker with a NUL byte after the first 8 KB', async () => {
    const padded = tracker([]) + 'x'.repeat(9000) + '\u0000\n';
    const repo = newRepo({ 'README.md': tracker([]), '.tracker-bot.yml': configYaml() });
    const pull = gh.state.addPullRequest({ repo, headRef: 'nul', changes: { 'README.md': padded } });
    const run = await runPull(repo, pull.number);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('README.md: binary file (contains NUL bytes)');
  });
});

describe('workflow-command injection through file names', () => {
  it('prints a changed file named with a newline and ::warning / ::stop-commands as one escaped log line', async () => {
    const evil = 'docs/a\n::warning title=forged::FORGED\n::stop-commands::tok\n.md';
    const repo = newRepo({ '.tracker-bot.yml': configYaml() });
    const badRow = row({ title: 'real', url: 'https://a.example/x', date: '2023-1-1', rating: '⭐⭐⭐' });
    const pull = gh.state.addPullRequest({ repo, headRef: 'names', changes: { [evil]: tracker([badRow]) } });
    const run = await runPull(repo, pull.number, { inputs: { 'check-links': 'none', files: 'docs/*.md' } });
    expect(run.stdout).toContain('PR #');
    expect(run.stdout).not.toMatch(/^::warning title=forged/m);
    expect(run.stdout).not.toMatch(/^::stop-commands/m);
    expect(run.annotations.map((a) => a.message)).not.toContain('FORGED');
    const real = run.annotations.filter((a) => a.properties['title'] === 'tracker-bot: 日期须为该列格式（默认 YYYY-MM-DD）的真实日期');
    expect(real).toHaveLength(1);
    expect(real[0]!.properties['file']).toBe(evil);
  });
});

describe('shell injection through the fork reply to /tracker-bot fix', () => {
  it('suggests a command that, pasted into a shell, runs nothing from the file name', async () => {
    const evil = "docs/a'; touch PWNED; '.md";
    const repo = newRepo({ '.tracker-bot.yml': configYaml() });
    const [owner, name] = repo.split('/');
    gh.state.addRepo({ owner: 'forker', name: name! });
    const fixable = tracker([row({ title: 'x', url: 'https://a.example/x', date: '2023-1-1', rating: '⭐⭐⭐' })]);
    const pull = gh.state.addPullRequest({ repo, headRepo: `forker/${name}`, headRef: 'evil', changes: { [evil]: fixable, 'docs/ok.md': fixable } });
    const run = await runAction({
      apiUrl: gh.url,
      eventName: 'issue_comment',
      payload: issueCommentPayload(repo, pull.number, { body: '/tracker-bot fix', login: 'maintainer', association: 'OWNER' }),
      workspace: Object.fromEntries(gh.state.repo(repo).resolveRef(undefined)!.tree),
      repository: `${owner}/${name}`,
      inputs: { files: 'docs/*.md' },
    });
    expect(run.code, run.stdout).toBe(0);
    const reply = gh.state.issueComments(repo, pull.number)[0]!.body;
    const block = /```sh\n([^\n]*)\n```/.exec(reply);
    expect(block, reply).not.toBeNull();
    expect(block![1]).toBe('tracker-bot fix docs/ok.md');
    expect(reply).toContain("`docs/a'; touch PWNED; '.md`");

    // Paste it into a shell where tracker-bot is a harmless stub: nothing else may run.
    const dir = mkdtempSync(join(tmpdir(), 'tb-paste-'));
    writeFileSync(join(dir, 'tracker-bot'), '#!/bin/sh\nexit 0\n');
    chmodSync(join(dir, 'tracker-bot'), 0o755);
    const shell = spawnSync('/bin/sh', ['-c', block![1]!], { cwd: dir, env: { PATH: `${dir}:/usr/bin:/bin` } });
    expect(shell.status).toBe(0);
    expect(existsSync(join(dir, 'PWNED'))).toBe(false);
  });
});

describe('PR-controlled text in what the bot posts', () => {
  it('stays inert in the comment and the job summary: no links, images, mentions or references', async () => {
    const repo = newRepo({ 'README.md': tracker([]), '.tracker-bot.yml': configYaml() });
    const title = '![](//host/pixel.png) [click](//host/phish) @octocat #1 owner/repo#5 www.evil.example `';
    const hostileRow = `|[${title}](https://a.example/x)|作者|\\[Approve\\]\\(//host/login\\)|介绍 <img src=//host/i.png> @octocat|#1 www.evil.example|❗||`;
    const longTitle = row({ title: 'L'.repeat(100_000), url: 'https://a.example/long', date: '2023-1-1', rating: '⭐⭐⭐' });
    const others = Array.from({ length: 14 }, (_, i) => row({ title: `t${i}`, url: `https://a.example/${i}`, date: `2023-1-${i + 1}`, rating: '⭐⭐⭐' }));
    const pull = gh.state.addPullRequest({ repo, headRef: 'text', changes: { 'README.md': tracker([hostileRow, longTitle, ...others]) } });
    const run = await runPull(repo, pull.number);
    expect(run.code, run.stdout).toBe(1);
    const comment = gh.state.issueComments(repo, pull.number).find((c) => c.body.includes('<!-- tracker-bot -->'))!.body;
    expect(comment).toContain('Approve');
    expect(liveParts(comment)).toEqual([]);
    expect(liveParts(run.summary)).toEqual([]);
    // The 100k-character title is cut on its own; every date finding after it is still listed.
    for (let i = 0; i < 14; i++) expect(comment).toContain(`2023-1-${i + 1}`);
  });
});

describe("the pull request's own config", () => {
  it('is never used: without a base config the built-in defaults apply, and no request reaches loopback', async () => {
    const repo = newRepo({ 'README.md': tracker([]) });
    const relaxed = ['rules:', '  date-format: off', 'links:', '  allowPrivateHosts: true', '  retries: 0'].join('\n');
    const added = row({ title: 'local', url: links.url('/ok/private'), date: '2023-1-1', rating: '⭐⭐⭐' });
    const pull = gh.state.addPullRequest({ repo, headRef: 'relax', changes: { 'README.md': tracker([added]), '.tracker-bot.yml': relaxed } });
    const before = links.requests.length;
    const run = await runPull(repo, pull.number, { inputs: { 'check-links': 'changed' } });
    expect(run.annotations.map((a) => a.properties['title'])).toContain('tracker-bot: 日期须为该列格式（默认 YYYY-MM-DD）的真实日期');
    expect(links.requests.length).toBe(before);
    expect(run.summary).toContain('配置：基准分支 `main` 没有 `.tracker-bot.yml`，因此使用内置默认配置');
    expect(run.stdout).toContain("using the built-in defaults (never the pull request's copy)");
  });

  it("is never used even when it is broken; the summary names the base branch's file", async () => {
    const repo = newRepo({ 'README.md': tracker([]), '.tracker-bot.yml': configYaml() });
    const pull = gh.state.addPullRequest({ repo, headRef: 'broken', changes: { 'README.md': tracker([]), '.tracker-bot.yml': 'rules: [' } });
    const run = await runPull(repo, pull.number);
    expect(run.code, run.stdout).toBe(0);
    expect(run.summary).toContain('Config: `.tracker-bot.yml` from the base branch `main`.');
  });
});

describe('slow links added by a pull request', () => {
  it('cannot stall the check: past the run budget the rest are reported as skipped, none dropped', async () => {
    const repo = newRepo({ 'README.md': tracker([]), '.tracker-bot.yml': configYaml('  budget: 500ms') });
    const slow = Array.from({ length: 5 }, (_, i) => row({ title: `慢${i}`, url: links.url(`/delay/30000?n=${i}`), date: '2023-01-01', rating: '⭐⭐⭐' }));
    const pull = gh.state.addPullRequest({ repo, headRef: 'slow', changes: { 'README.md': tracker(slow) } });
    const run = await runPull(repo, pull.number, { inputs: { 'check-links': 'changed' } });
    expect(run.code, run.stdout).toBe(0);
    for (let i = 0; i < 5; i++) expect(run.summary).toContain(`慢${i}`);
    expect(run.summary).toContain('未检查：本次运行已用完 links.budget 时间');
  });
});
