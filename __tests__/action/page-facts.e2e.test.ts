// End-to-end: the bundled Action on a pull request that adds a row whose date is a day off the
// date its page states: one review suggestion with the page's date, and rows the pull request did
// not write are never compared with their pages (even when every link is checked).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startPagesServer, type PagesServer } from '../support/pages-server.js';
import { FIRST_ROW_LINE, configYaml, row, tracker } from '../support/action-fixtures.js';
import { runOnPullRequest } from '../support/action-run.js';

let gh: FakeGitHub;
let pages: PagesServer;

beforeAll(async () => {
  gh = await startFakeGitHub();
  pages = await startPagesServer();
}, 120_000);

afterAll(async () => {
  await gh?.close();
  await pages?.close();
});

describe('pull_request with page facts', () => {
  it('suggests the page\'s date for the new row only', async () => {
    const repo = 'octo/tracker-facts';
    // The existing row's date is far from its page's (2023-03-01): not the pull request's business.
    const base = [row({ title: 'Scaling laws, revisited', url: pages.url('/jsonld', 'blog.example'), date: '2023-05-01', rating: '⭐⭐⭐⭐⭐', source: 'Example Blog' })];
    const config = configYaml(['  resolve:', '    blog.example: 127.0.0.1', '    mp.weixin.qq.com: 127.0.0.1'].join('\n'));
    gh.state.addRepo({ owner: 'octo', name: 'tracker-facts', files: { 'README.md': tracker(base), '.tracker-bot.yml': config } });
    const added = row({ title: 'ChatGPT 数据集之谜', url: pages.url('/wechat', 'mp.weixin.qq.com'), date: '2023-03-02', rating: '⭐⭐', source: '机器之心公众号' });
    const pull = gh.state.addPullRequest({ repo, headRef: 'add-wechat', changes: { 'README.md': tracker([...base, added]) } });

    const result = await runOnPullRequest(gh, repo, pull.number, { inputs: { 'check-links': 'all' } });
    expect(result.code, result.stdout + result.stderr).toBe(0);
    const mismatches = result.annotations.filter((a) => a.properties['title'] === 'tracker-bot: 日期与链接页面的发布日期一致');
    expect(mismatches.map((a) => [a.level, a.properties['line']])).toEqual([['warning', String(FIRST_ROW_LINE + 1)]]);
    expect(result.outputs['warnings']).toBe('1');

    const suggestions = gh.state.reviewCommentsOf(repo, pull.number);
    expect(suggestions).toHaveLength(1);
    expect(suggestions[0]).toMatchObject({ path: 'README.md', line: FIRST_ROW_LINE + 1 });
    expect(suggestions[0]!.body).toContain('```suggestion\n' + added.replace('2023-03-02', '2023-03-03') + '\n```');

    // The report carries what each page said about itself.
    const report = result.report as { files: { links: { title: string; facts?: Record<string, string> }[] }[] };
    const links = report.files.flatMap((f) => f.links);
    expect(links.find((l) => l.title === 'ChatGPT 数据集之谜')!.facts).toMatchObject({ publisher: '机器之心', published: '2023-03-03' });
  });
});
