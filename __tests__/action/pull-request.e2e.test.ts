// End-to-end: the bundled Action (dist/index.js) on pull_request events against the fake GitHub API and the
// loopback link server — annotations, outputs, the job summary, one sticky comment, suggestions, scope.
import { describe, expect, it } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import type { LinkServer } from '../support/link-server.js';
import { useActionServers } from '../support/action-servers.js';
import { FIRST_ROW_LINE, configYaml, pullRequestPayload, row, tracker } from '../support/action-fixtures.js';
import { NODE24, runAction, runOnPullRequest } from '../support/action-run.js';

let gh: FakeGitHub;
let links: LinkServer;

useActionServers((servers) => ({ gh, links } = servers));

function baseRows(): string[] {
  return [
    row({ title: '文章一', url: links.url('/ok/1'), date: '2023-02-01', rating: '⭐⭐⭐⭐⭐' }),
    row({ title: '文章二', url: links.url('/ok/2'), date: '2023-01-15', rating: '⭐⭐⭐' }),
  ];
}

function stickyComments(repo: string, number: number) {
  return gh.state.issueComments(repo, number).filter((c) => c.body.includes('<!-- tracker-bot -->'));
}

function runOn(repo: string, pullNumber: number, options: { node?: string; inputs?: Record<string, string> } = {}) {
  return runOnPullRequest(gh, repo, pullNumber, options);
}

describe('pull_request', () => {
  it('annotates a new bad row, keeps exactly one comment, edits it, and turns it all-clear once fixed', async () => {
    const repo = 'octo/tracker-main';
    gh.state.addRepo({ owner: 'octo', name: 'tracker-main', files: { 'README.md': tracker(baseRows()), '.tracker-bot.yml': configYaml() } });
    const badLine = FIRST_ROW_LINE + 2;
    const badRow = row({ title: '文章三', url: links.url('/status/404'), date: '2023-2-5', rating: '⭐⭐' });
    const pull = gh.state.addPullRequest({ repo, headRef: 'add-row', changes: { 'README.md': tracker([...baseRows(), badRow]) } });

    const first = await runOn(repo, pull.number, { node: NODE24 });
    expect(first.code, first.stdout + first.stderr).toBe(1);
    const onBadLine = first.annotations.filter((a) => a.properties['file'] === 'README.md' && a.properties['line'] === String(badLine));
    expect(onBadLine.map((a) => [a.level, a.properties['title']])).toEqual(
      expect.arrayContaining([
        ['error', 'tracker-bot: 链接失效'],
        ['warning', 'tracker-bot: 日期须为该列格式（默认 YYYY-MM-DD）的真实日期'],
      ]),
    );
    expect(first.outputs['dead-links']).toBe('1');
    expect(first.outputs['errors']).toBe('1');
    expect(first.outputs['warnings']).toBe('1');
    expect(first.outputs['redirected-links']).toBe('0');
    expect(first.summary).toContain('日期“2023-2-5”未补零');
    expect(first.summary).not.toContain('date-format');
    expect(first.summary).toContain('- **文章三** · [第 '); expect(first.summary).toContain('  - ❌ 链接失效：页面不存在（HTTP 404）');
    expect(first.report).toMatchObject({ version: 1, pullRequest: { number: pull.number }, summary: { errors: 0, warnings: 1, links: { dead: 1 } } });

    let comments = stickyComments(repo, pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.user.type).toBe('Bot');
    expect(comments[0]!.body).toContain('- **文章三** · [第 '); expect(comments[0]!.body).toContain('  - ❌ 链接失效：页面不存在（HTTP 404）');
    // The changed line links into the PR's own diff (the anchor is the SHA-256 of the path).
    expect(comments[0]!.body).toContain(
      `https://github.example/octo/tracker-main/pull/${pull.number}/files#diff-b335630551682c19a781afebcf4d07bf978fb1f8ac04c6bf87428ed5106870f5R${badLine}`,
    );
    expect(first.outputs['comment-url']).toContain(`/octo/tracker-main/pull/${pull.number}#issuecomment-${comments[0]!.id}`);

    const suggestions = gh.state.reviewCommentsOf(repo, pull.number);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ path: 'README.md', line: badLine });
    expect(suggestions[0]!.body).toContain('```suggestion\n' + badRow.replace('2023-2-5', '2023-02-05') + '\n```');

    // The contributor fixes the date but not the link: the same comment is edited, no second one appears.
    const dateFixed = badRow.replace('2023-2-5', '2023-02-05');
    gh.state.commit(repo, 'add-row', { 'README.md': tracker([...baseRows(), dateFixed]) });
    const second = await runOn(repo, pull.number);
    expect(second.code).toBe(1);
    comments = stickyComments(repo, pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).not.toContain('2023-2-5');
    expect(comments[0]!.body).toContain('- **文章三** · [第 '); expect(comments[0]!.body).toContain('  - ❌ 链接失效：页面不存在（HTTP 404）');
    expect(gh.requestsTo('PATCH', /\/issues\/comments\/\d+$/)).toHaveLength(1);
    expect(gh.state.reviewCommentsOf(repo, pull.number)).toHaveLength(1);

    // Fixed: exit 0 and the comment becomes a short all-clear line.
    gh.state.commit(repo, 'add-row', { 'README.md': tracker([...baseRows(), dateFixed.replace('/status/404', '/ok/3')]) });
    const third = await runOn(repo, pull.number);
    expect(third.code, third.stdout).toBe(0);
    expect(third.outputs['errors']).toBe('0');
    comments = stickyComments(repo, pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('已全部解决');
    expect(comments[0]!.body).not.toContain('链接失效');
  });

  it('lists problems already in the file apart and does not fail the pull request for them', async () => {
    const repo = 'octo/tracker-preexisting';
    const broken = row({ title: '旧文章', url: links.url('/ok/old'), date: '2023-13-01', rating: '⭐' });
    gh.state.addRepo({ owner: 'octo', name: 'tracker-preexisting', files: { 'README.md': tracker([...baseRows(), broken]), '.tracker-bot.yml': configYaml() } });
    const added = row({ title: '新文章', url: links.url('/ok/new'), date: '2022-12-01', rating: '⭐⭐⭐' });
    const pull = gh.state.addPullRequest({
      repo,
      headRef: 'add-good-row',
      changes: { 'README.md': tracker([baseRows()[0]!, baseRows()[1]!, added, broken]) },
    });
    const result = await runOn(repo, pull.number);
    expect(result.code, result.stdout).toBe(0);
    expect(result.outputs['errors']).toBe('0');
    expect(result.annotations.filter((a) => a.level === 'error')).toHaveLength(0);
    expect(result.summary).toContain('本次修改之前就已存在的问题');
    expect(result.summary).toContain('2023-13-01');
    expect(stickyComments(repo, pull.number)).toHaveLength(0);
    expect((result.report as { preexisting?: unknown[] }).preexisting).toHaveLength(1);
  });

  it('takes the config from the base branch, so a pull request cannot relax its own rules', async () => {
    const repo = 'octo/tracker-config';
    gh.state.addRepo({ owner: 'octo', name: 'tracker-config', files: { 'README.md': tracker(baseRows()), '.tracker-bot.yml': configYaml() } });
    const bad = row({ title: '文章三', url: links.url('/ok/3'), date: '2023-02-30', rating: '⭐' });
    const pull = gh.state.addPullRequest({
      repo,
      headRef: 'relax',
      changes: { 'README.md': tracker([...baseRows(), bad]), '.tracker-bot.yml': configYaml('rules:\n  date-format: off') },
    });
    const result = await runOn(repo, pull.number);
    expect(result.code).toBe(1);
    expect(result.annotations.some((a) => a.properties['title'] === 'tracker-bot: 日期须为该列格式（默认 YYYY-MM-DD）的真实日期')).toBe(true);
  });

  it('on pull_request_target reads the PR head through the API, never from the (base) workspace', async () => {
    const repo = 'octo/tracker-target';
    gh.state.addRepo({ owner: 'octo', name: 'tracker-target', files: { 'README.md': tracker(baseRows()), '.tracker-bot.yml': configYaml() } });
    gh.state.addRepo({ owner: 'visitor', name: 'tracker-target' });
    const bad = row({ title: '文章三', url: links.url('/ok/3'), date: '2023-02-30', rating: '⭐' });
    const pull = gh.state.addPullRequest({ repo, headRepo: 'visitor/tracker-target', headRef: 'p', changes: { 'README.md': tracker([...baseRows(), bad]) } });
    const result = await runAction({
      apiUrl: gh.url,
      eventName: 'pull_request_target',
      payload: pullRequestPayload(gh.state, repo, pull),
      workspace: Object.fromEntries(gh.state.repo(repo).resolveRef(undefined)!.tree),
      repository: repo,
    });
    expect(result.code, result.stdout).toBe(1);
    expect(result.annotations.map((a) => [a.properties['title'], a.properties['line']])).toContainEqual([
      'tracker-bot: 日期须为该列格式（默认 YYYY-MM-DD）的真实日期',
      String(FIRST_ROW_LINE + 2),
    ]);
    expect(gh.requestsTo('GET', '/repos/visitor/tracker-target/contents/README.md')).toHaveLength(1);
  });

  it('falls back to annotations and the summary when the token is read-only (fork pull request)', async () => {
    const repo = 'octo/tracker-readonly';
    gh.state.addRepo({ owner: 'octo', name: 'tracker-readonly', files: { 'README.md': tracker(baseRows()), '.tracker-bot.yml': configYaml() } });
    gh.state.addRepo({ owner: 'someone', name: 'tracker-readonly' });
    const badRow = row({ title: '文章三', url: links.url('/status/404'), date: '2023-2-5', rating: '⭐⭐' });
    const pull = gh.state.addPullRequest({
      repo,
      headRepo: 'someone/tracker-readonly',
      headRef: 'patch-1',
      changes: { 'README.md': tracker([...baseRows(), badRow]) },
    });
    gh.setReadOnly(true);
    try {
      const result = await runOn(repo, pull.number, { node: NODE24 });
      expect(result.code, result.stdout).toBe(1);
      expect(result.annotations.filter((a) => a.level === 'error' && a.properties['line'] === String(FIRST_ROW_LINE + 2))).toHaveLength(1);
      const warnings = result.annotations.filter((a) => a.level === 'warning' && a.message.includes('cannot write'));
      expect(warnings).toHaveLength(1);
      expect(result.summary).toContain('- **文章三** · [第 '); expect(result.summary).toContain('  - ❌ 链接失效：页面不存在（HTTP 404）');
      expect(result.outputs['dead-links']).toBe('1');
      expect(result.outputs['comment-url']).toBeUndefined();
      expect(gh.state.issueComments(repo, pull.number)).toHaveLength(0);
      expect(result.stdout).not.toMatch(/^::error::/m);
    } finally {
      gh.setReadOnly(false);
    }
  });

  it('retries the API after a 502', async () => {
    const repo = 'octo/tracker-retry';
    gh.state.addRepo({ owner: 'octo', name: 'tracker-retry', files: { 'README.md': tracker(baseRows()), '.tracker-bot.yml': configYaml() } });
    const added = row({ title: '文章三', url: links.url('/ok/3'), date: '2022-12-01', rating: '⭐⭐' });
    const pull = gh.state.addPullRequest({ repo, headRef: 'retry', changes: { 'README.md': tracker([...baseRows(), added]) } });
    const filesRoute = `/repos/${repo}/pulls/${pull.number}/files`;
    gh.failNext('GET', filesRoute, 502, 2);
    const result = await runOn(repo, pull.number);
    expect(result.code, result.stdout).toBe(0);
    expect(gh.requestsTo('GET', filesRoute).map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('exits 2 with one line, no stack trace, when the API keeps failing', async () => {
    const repo = 'octo/tracker-down';
    gh.state.addRepo({ owner: 'octo', name: 'tracker-down', files: { 'README.md': tracker(baseRows()) } });
    const pull = gh.state.addPullRequest({ repo, headRef: 'down', changes: { 'README.md': tracker(baseRows().reverse()) } });
    gh.failNext('GET', `/repos/${repo}/pulls/${pull.number}/files`, 500, 10);
    const result = await runOn(repo, pull.number);
    expect(result.code).toBe(2);
    const errors = result.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain(`GET /repos/${repo}/pulls/${pull.number}/files failed: 500`);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
  });

  it('cuts a comment that would exceed 60,000 characters and says so', async () => {
    const repo = 'octo/tracker-huge';
    gh.state.addRepo({ owner: 'octo', name: 'tracker-huge', files: { 'README.md': tracker(baseRows()), '.tracker-bot.yml': configYaml() } });
    const many = Array.from({ length: 700 }, (_, i) =>
      row({ title: `批量文章${i}`, url: links.url(`/ok/bulk-${i}`), date: '2023-2-30', rating: '5', source: `来源${i}` }),
    );
    const pull = gh.state.addPullRequest({ repo, headRef: 'bulk', changes: { 'README.md': tracker([...baseRows(), ...many]) } });
    const result = await runOn(repo, pull.number, { inputs: { 'check-links': 'none', suggestions: 'false' } });
    expect(result.code).toBe(1);
    const comments = stickyComments(repo, pull.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body.length).toBeLessThanOrEqual(60_000);
    expect(comments[0]!.body).toMatch(/另有 \d+ 行未显示/);
    expect(result.annotations.filter((a) => a.level === 'error')).toHaveLength(10);
    expect(result.summary).toMatch(/另有 \d+ 个错误注解/);
  });
});
