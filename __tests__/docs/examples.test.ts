// The "Done when" scenario of issue 13, end to end through the bundled Action: a pull request appends two
// rows out of order to a tracker, one with a dead link and format slips. The comment must name both rows,
// their problems and where each belongs, every line link must open at its line, the headline must match
// the outputs and no raw reason code may show. The contributor then follows the comment's advice and the
// run passes with `fail-on: warning`, the comment turning into an all-clear above the pre-existing fold.
//
// Run on the real seed tracker (../shared/seed, skipped when absent; its text is never committed) and on
// the bundled example tracker, whose rendered comment, job summary and tracking issue are the committed
// examples under docs/examples/ (`npm run docs` rewrites them; otherwise this test fails when they drift).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTracker } from '../../src/core/parse/index.js';
import { makeWorkspace, runAction, runOnPullRequest, type ActionRun } from '../support/action-run.js';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FakeGitHub } from '../support/fake-github.js';
import type { LinkServer } from '../support/link-server.js';
import { useActionServers } from '../support/action-servers.js';
import { SEED_PATH } from '../support/seed.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SEED = SEED_PATH;
const EXAMPLE = join(ROOT, 'examples', 'README.md');
const DOCS = join(ROOT, 'docs', 'examples');
const PATH_DIGEST = createHash('sha256').update('README.md').digest('hex');
const RAW_CODES = /\b(?:http-\d{3}|soft-404|bot-wall|moved-30\d|accepted-\d{3}|date-format|rating-normalize|rating-range|sort-order|url-tracking-params|url-secret-params|cell-count|link-dead|link-redirected)\b/;

let gh: FakeGitHub;
let links: LinkServer;

useActionServers((servers) => ({ gh, links } = servers));

const HOSTS = ['live.example', 'dead.example'];

function config(): string {
  return ['links:', '  allowPrivateHosts: true', '  retries: 0', '  timeout: 5s', '  resolve:', ...HOSTS.map((h) => `    ${h}: 127.0.0.1`), ''].join('\n');
}

/** The two rows a contributor appends: a good ⭐⭐⭐⭐ row, and a ⭐⭐⭐⭐⭐ row with a dead link and format slips. */
function contributorRows(): { good: string; bad: string; badFixed: string } {
  const good = `|[提示工程实践指南](${links.url('/ok/guide', 'live.example')})|作者甲|2023-03-01|介绍**提示工程**的常用写法。|⭐⭐⭐⭐|❗❗||`;
  const bad = `|[一篇已被删除的解读](${links.url('/status/404', 'dead.example')})|作者乙|2023-3-5|解读模型的训练过程。|⭐️⭐️⭐️⭐️⭐️|❗||`;
  const badFixed = `|[一篇仍在线的解读](${links.url('/ok/reading', 'live.example')})|作者乙|2023-03-05|解读模型的训练过程。|⭐⭐⭐⭐⭐|❗||`;
  return { good, bad, badFixed };
}

/** Lines of the source with `rows` inserted after the last row of its first table; returns the new lines' numbers too. */
function appendToFirstTable(source: string, rows: string[]): { text: string; added: number[] } {
  const tracker = parseTracker(source);
  const table = tracker.sections.flatMap((s) => s.tables)[0]!;
  const last = table.rows[table.rows.length - 1]!.line;
  const lines = source.split('\n');
  lines.splice(last, 0, ...rows);
  return { text: lines.join('\n'), added: rows.map((_, i) => last + 1 + i) };
}

/** Makes a run's Markdown independent of ports and commit SHAs, for the committed examples. */
function stable(markdown: string): string {
  return markdown
    .replace(/(live|dead|moved)\.example:\d+/g, '$1.example')
    .replace(/\b[0-9a-f]{40}\b/g, '4b825dc642cb6eb9a060e54bf8d69288fbee4904')
    .replace(/\b127\.0\.0\.\d+:\d+/g, '127.0.0.1');
}

function checkOrWrite(name: string, body: string): void {
  const path = join(DOCS, name);
  if (process.env.UPDATE_DOCS === '1') writeFileSync(path, body);
  expect(existsSync(path), `${path} is missing: run npm run docs`).toBe(true);
  expect(body, `${name} drifted from what the bot renders: run npm run docs`).toBe(readFileSync(path, 'utf8'));
}

interface ScenarioResult {
  first: ActionRun;
  firstComment: string;
  fixed: ActionRun;
  fixedComment: string;
}

async function runScenario(repoName: string, source: string): Promise<ScenarioResult> {
  const [owner, name] = repoName.split('/') as [string, string];
  gh.state.addRepo({ owner, name, files: { 'README.md': source, '.tracker-bot.yml': config() } });
  const { good, bad, badFixed } = contributorRows();
  const appended = appendToFirstTable(source, [good, bad]);
  const pull = gh.state.addPullRequest({ repo: repoName, headRef: 'add-two-rows', changes: { 'README.md': appended.text } });
  const run = () => runOnPullRequest(gh, repoName, pull.number, { inputs: { 'fail-on': 'warning', sort: 'suggest' } });
  const sticky = () => gh.state.issueComments(repoName, pull.number).filter((c) => c.body.includes('<!-- tracker-bot -->'));

  const first = await run();
  const firstComment = sticky()[0]?.body ?? '';
  expect(first.code, first.stderr).toBe(1);

  // The contributor follows the comment: fixes the bad row and moves each row where the comment says.
  const lines = appended.text.split('\n');
  const moves = [...firstComment.matchAll(/第 (\d+) 行应移到第 (\d+) 行之(后|前)/g)].map((m) => ({ from: Number(m[1]), to: Number(m[2]), after: m[3] === '后' }));
  const replacement = new Map<number, string>([[appended.added[0]!, good], [appended.added[1]!, badFixed]]);
  const moved = new Set(moves.map((m) => m.from));
  const out: string[] = [];
  lines.forEach((line, index) => {
    const number = index + 1;
    if (moved.has(number)) return;
    for (const m of moves.filter((x) => x.to === number && !x.after)) out.push(replacement.get(m.from)!);
    out.push(replacement.get(number) ?? line);
    for (const m of moves.filter((x) => x.to === number && x.after)) out.push(replacement.get(m.from)!);
  });
  gh.state.commit(repoName, 'add-two-rows', { 'README.md': out.join('\n') });
  const fixed = await run();
  const fixedComment = sticky()[0]?.body ?? '';
  return { first, firstComment, fixed, fixedComment };
}

function assertDoneWhen(result: ScenarioResult, pullNumber: number, addedLines: number[]): void {
  const { first, firstComment, fixed, fixedComment } = result;
  // The comment names both rows, their problems and the correct position.
  expect(firstComment).toContain('- **提示工程实践指南** · [第 ');
  expect(firstComment).toContain('- **一篇已被删除的解读** · [第 ');
  expect(firstComment).toContain('❌ 链接失效：页面不存在（HTTP 404）');
  expect(firstComment).toMatch(/日期“2023-3-5”未补零，应为“2023-03-05”/);
  expect(firstComment).toMatch(/评分写法“⭐️[^”]*”与全文不一致/);
  for (const line of addedLines) expect(firstComment).toMatch(new RegExp(`第 ${line} 行应移到第 \\d+ 行之[前后]`));

  // Every line link opens at its line: the PR diff for changed lines, the plain source view otherwise.
  const urls = [...firstComment.matchAll(/\]\((https:\/\/github\.example\/[^)]+)\)/g)].map((m) => m[1]!);
  expect(urls.length).toBeGreaterThanOrEqual(2);
  for (const url of urls) {
    const diff = new RegExp(`/pull/${pullNumber}/files#diff-${PATH_DIGEST}R(\\d+)$`).exec(url);
    if (diff) expect(addedLines).toContain(Number(diff[1]));
    else expect(url).toMatch(/\/blob\/[0-9a-f]{40}\/README\.md\?plain=1#L\d+$/);
  }

  // The headline matches the outputs (dead links included).
  const headline = /\*\*本次修改的行：(\d+) 个错误(?:，(\d+) 个警告)?\*\*/.exec(firstComment);
  expect(headline, firstComment.slice(0, 300)).not.toBeNull();
  expect(headline![1]).toBe(first.outputs['errors']);
  expect(headline![2] ?? '0').toBe(first.outputs['warnings']);
  expect(first.outputs['dead-links']).toBe('1');

  // No raw reason code or rule id anywhere a person reads.
  expect(firstComment).not.toMatch(RAW_CODES);
  expect(first.summary).not.toMatch(RAW_CODES);
  expect(first.annotations.map((a) => a.message).join('\n')).not.toMatch(/\b(?:http-\d{3}|soft-404)\b/);

  // Fixed and reordered: exit 0 under fail-on: warning, an all-clear above the pre-existing fold.
  expect(fixed.code, fixed.stdout.slice(-2000)).toBe(0);
  expect(fixed.outputs['errors']).toBe('0');
  expect(fixed.outputs['warnings']).toBe('0');
  expect(fixedComment).toContain('✅ 已全部解决');
}

describe.skipIf(SEED === '')('issue 13 scenario on the seed tracker', () => {
  it('names the PR rows and where they belong, counts honestly, and clears once they are fixed', async () => {
    const source = readFileSync(SEED, 'utf8');
    const result = await runScenario('seed/chatgpt-list', source);
    const pull = [...gh.state.repo('seed/chatgpt-list').pulls.values()][0]!;
    assertDoneWhen(result, pull.number, appendToFirstTable(source, ['a', 'b']).added);
    // For looking at (a headless browser, a terminal): never committed, the seed is another project's text.
    if (process.env.SCENARIO_OUT) writeFileSync(process.env.SCENARIO_OUT, result.firstComment);
    // The seed has disorder and URL problems of its own: they stay in the fold and never block.
    expect(result.fixedComment).toContain('<details><summary>本次修改之前就已存在的问题');
    expect(result.fixedComment.indexOf('已全部解决')).toBeLessThan(result.fixedComment.indexOf('<details>'));
  }, 60_000);
});

describe('issue 13 scenario on the example tracker (rendered into docs/examples)', () => {
  it('renders the comment and job summary committed under docs/examples', async () => {
    const source = readFileSync(EXAMPLE, 'utf8');
    const result = await runScenario('octo/awesome-llm', source);
    const pull = [...gh.state.repo('octo/awesome-llm').pulls.values()][0]!;
    assertDoneWhen(result, pull.number, appendToFirstTable(source, ['a', 'b']).added);
    checkOrWrite('pull-request-comment.md', stable(result.firstComment));
    checkOrWrite('pull-request-summary.md', stable(result.first.summary));
    checkOrWrite('pull-request-comment-fixed.md', stable(result.fixedComment));
  }, 60_000);
});

describe('scheduled scan of the example tracker (rendered into docs/examples)', () => {
  it('renders the tracking issue as a task list grouped by section, reasons in words', async () => {
    // A loopback stand-in for the Wayback Machine's availability API: every dead link has a snapshot.
    const wayback = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x').searchParams.get('url') ?? '';
      const closest = { available: true, status: '200', url: `http://web.archive.org/web/20230101000000/${url}`, timestamp: '20230101000000' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url, archived_snapshots: { closest } }));
    });
    await new Promise<void>((done) => wayback.listen(0, '127.0.0.1', done));
    try {
      const waybackUrl = `http://127.0.0.1:${(wayback.address() as AddressInfo).port}/wayback/available`;
      const source = readFileSync(EXAMPLE, 'utf8');
      // Every link of the example answers from the loopback server: two dead, one moved, the rest alive.
      let n = 0;
      const scanned = source.replace(/\]\((https?:\/\/[^)\s]+)\)/g, () => {
        n++;
        if (n === 2) return `](${links.url('/status/404', 'dead.example')})`;
        if (n === 4) return `](${links.url('/status/410', 'dead.example')})`;
        if (n === 5) return `](${links.url('/redirect/301?to=/ok/new-home', 'moved.example')})`;
        return `](${links.url(`/ok/${n}`, 'live.example')})`;
      });
      const resolveHosts = ['live.example', 'dead.example', 'moved.example'].map((h) => `    ${h}: 127.0.0.1`).join('\n');
      const cfg = `links:\n  allowPrivateHosts: true\n  retries: 0\n  timeout: 5s\n  archiveApi: ${waybackUrl}\n  resolve:\n${resolveHosts}\n`;
      gh.state.addRepo({ owner: 'octo', name: 'awesome-llm-scan' });
      const ws = makeWorkspace({ 'README.md': scanned, '.tracker-bot.yml': cfg });
      const run = await runAction({ workspace: ws.dir, apiUrl: gh.url, repository: 'octo/awesome-llm-scan', serverUrl: 'https://github.com', inputs: { 'dead-after': '1' } });
      expect(run.code, run.stdout.slice(-1500)).toBe(0);
      const issue = [...gh.state.repo('octo/awesome-llm-scan').issues.values()].find((i) => !i.isPullRequest)!;
      const body = issue.body ?? '';
      expect(body).toMatch(/^- \[ \] \*\*.+\*\* — \[第 \d+ 行\]\(.+\?plain=1#L\d+\) · 页面不存在（HTTP 404） · 首次发现 \d{4}-\d\d-\d\d · \[存档\]\(/m);
      expect(body).toContain('已永久迁移至 `http://moved.example:');
      expect(body).not.toMatch(RAW_CODES);
      const dated = (text: string) => stable(text).replace(/\d{4}-\d\d-\d\d(?=[ ）)]|$)/gm, '2026-11-23');
      checkOrWrite('tracking-issue.md', dated(body));
      checkOrWrite('scheduled-summary.md', dated(run.summary).replace(/\/actions\/runs\/\d+/g, '/actions/runs/1'));
    } finally {
      await new Promise<void>((done) => wayback.close(() => done()));
    }
  }, 60_000);
});
