// `tracker-bot add URL` and `check --links` with page facts, end to end: the bundled CLI against
// loopback pages that state their facts.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../support/cli-run.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPagesServer, type PagesServer } from '../support/pages-server.js';

const run = runCli;

let server: PagesServer;
beforeAll(async () => {
  server = await startPagesServer();
});
afterAll(() => server.close());

const HOSTS = ['mp.weixin.qq.com', 'www.bilibili.com', 'blog.example', 'facts.test'];
const HEADER = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|\n| :-----| :-----| :-----| :-----| :-----| :-----| :-----|';

function workspace(tracker: string, config = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'tb-add-'));
  writeFileSync(join(dir, '.tracker-bot.yml'), ['links:', '  timeout: 2s', '  retries: 0', '  resolve:', ...HOSTS.map((h) => `    ${h}: 127.0.0.1`), config].join('\n') + '\n');
  writeFileSync(join(dir, 'README.md'), tracker);
  return dir;
}

const SEED_LIKE = `# 资料汇总

## 技术原理

${HEADER}
|[Attention Is All You Need](https://arxiv.org/abs/1706.03762)|Google|2017\\-06\\-12|经典论文|⭐⭐⭐⭐⭐|❗❗❗||
|[InstructGPT 论文](https://arxiv.org/abs/2203.02155)|OpenAI|2022\\-03\\-04|RLHF|⭐⭐⭐⭐|❗❗❗||
|[GPT-3 论文](https://arxiv.org/abs/2005.14165)|OpenAI|2020\\-05\\-28|少样本学习|⭐⭐⭐⭐|❗❗❗||
|[图解 Transformer](https://jalammar.github.io/illustrated-transformer/)|Jay Alammar|2018\\-06\\-27|入门|⭐⭐⭐|❗❗||

## 开源项目

${HEADER}
|[nanoGPT](https://github.com/karpathy/nanoGPT)|Andrej Karpathy|2022\\-12\\-28|训练代码|⭐⭐⭐⭐⭐|❗❗||
`;

describe('tracker-bot add', () => {
  it('turns a WeChat article into a row at its sorted place, and check stays clean', async () => {
    const dir = workspace(SEED_LIKE);
    const url = server.url('/wechat', 'mp.weixin.qq.com') + '?__biz=MzA3&mid=1&idx=1&sn=abc&chksm=x&scene=21&key=secret&uin=MTIz#rd';
    const added = await run(['add', url, '--set', '整体推荐指数=⭐⭐⭐⭐', '--set', '技术难度指数=❗', '--set', '内容概述=训练数据来源分析', '--allow-private-hosts'], dir);
    expect(added.stderr).toContain('README.md:8');
    expect(added.code).toBe(0);
    const lines = readFileSync(join(dir, 'README.md'), 'utf8').split('\n');
    // ⭐⭐⭐⭐ and 2023-03-03: after the five-star row, before the 2022 four-star rows.
    expect(lines[7]).toBe(`|[ChatGPT 数据集之谜](${server.url('/wechat', 'mp.weixin.qq.com')}?__biz=MzA3&mid=1&idx=1&sn=abc)|机器之心|2023\\-03\\-03|训练数据来源分析|⭐⭐⭐⭐|❗||`);
    expect(lines[6]).toContain('Attention Is All You Need');
    expect(lines[8]).toContain('InstructGPT 论文');
    const check = await run(['check', '--format', 'json'], dir);
    expect(JSON.parse(check.stdout).summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(check.code).toBe(0);
  });

  it('keeps CRLF, the BOM and a padded style; --section picks the table', async () => {
    const crlf = ('\uFEFF' + SEED_LIKE.replace(/\|(?=[^\n|])/g, '| ').replace(/([^|\n ])\|/g, '$1 |')).replace(/\n/g, '\r\n');
    const dir = workspace(crlf);
    const added = await run(['add', server.url('/bilibili', 'www.bilibili.com') + '?spm_id_from=333.1&vd_source=abc', '--section', '开源项目', '--set', '整体推荐指数=⭐⭐⭐', '--set', '技术难度指数=❗❗', '--allow-private-hosts'], dir);
    expect(added.code, added.stderr).toBe(0);
    const after = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(after.startsWith('\uFEFF')).toBe(true);
    expect(after.replace(/\r\n/g, '')).not.toContain('\n');
    const lines = after.split('\r\n');
    expect(lines.at(-2)).toBe(`| [InstructGPT 论文精读【论文精读】](${server.url('/bilibili', 'www.bilibili.com')}) | 跟李沐学AI | 2023\\-02\\-10 |  | ⭐⭐⭐ | ❗❗ |  |`);
    expect(after.length - crlf.length).toBe(lines.at(-2)!.length + 2);
  });

  it('refuses an already-listed URL, naming the row', async () => {
    const dir = workspace(SEED_LIKE);
    const result = await run(['add', 'https://arxiv.org/abs/1706.03762?utm_source=x'], dir);
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe('tracker-bot: https://arxiv.org/abs/1706.03762 已收录于 README.md:7（“Attention Is All You Need”）');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(SEED_LIKE);
  });

  it('refuses a dead page unless --force', async () => {
    const dir = workspace(SEED_LIKE);
    const url = server.url('/gone', 'facts.test');
    const refused = await run(['add', url, '--allow-private-hosts', '--lang', 'en'], dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim()).toBe('tracker-bot: not added: the page does not exist (HTTP 404); check the URL, or add it anyway with --force');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(SEED_LIKE);
    const forced = await run(['add', url, '--allow-private-hosts', '--force', '--lang', 'en'], dir);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toContain('title: not found on the page');
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(`|[${url}](${url})||||||`);
  });

  it('leaves cells empty for facts the page does not state, and says so', async () => {
    const dir = workspace(SEED_LIKE);
    const result = await run(['add', server.url('/title', 'facts.test'), '--allow-private-hosts', '--dry-run'], dir);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('tracker-bot: 来源：页面未提供，单元格留空');
    expect(result.stderr).toContain('tracker-bot: 发布时间点：页面未提供，单元格留空');
    // The dry run prints the diff and writes nothing; the undated row sorts last in its rating group.
    expect(result.stdout).toContain(`+|[Notes on attention & memory - lab notes](${server.url('/title', 'facts.test')})||||||`);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(SEED_LIKE);
  });

  it('fails with one line when there is no table, no such section, or a bad --set', async () => {
    const none = await run(['add', 'https://a.example/x', '--lang', 'en'], workspace('# Just prose\n\nNo tables here.\n'));
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    const dir = workspace(SEED_LIKE);
    const section = await run(['add', server.url('/og', 'facts.test'), '--section', '不存在', '--allow-private-hosts'], dir);
    expect(section.code).toBe(2);
    expect(section.stderr.trim()).toBe('tracker-bot: 没有带表格的章节“不存在”（带表格的章节：技术原理, 开源项目）');
    const set = await run(['add', server.url('/og', 'facts.test'), '--set', '评分=⭐', '--allow-private-hosts'], dir);
    expect(set.code).toBe(2);
    expect(set.stderr.trim()).toMatch(/^tracker-bot: --set 评分：表格没有这一列/);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(SEED_LIKE);
  });
});

describe('tracker-bot check --links with page facts', () => {
  it('reports a date a day off the page with a fix, and puts the facts in the JSON report', async () => {
    const wechat = server.url('/wechat', 'mp.weixin.qq.com');
    const bilibili = server.url('/bilibili', 'www.bilibili.com');
    const tracker = `# 资料\n\n## 技术原理\n\n${HEADER}\n|[ChatGPT 数据集之谜](${wechat})|机器之心公众号|2023\\-03\\-02|差一天|⭐⭐⭐⭐|❗||\n|[InstructGPT 论文精读【论文精读】_哔哩哔哩_bilibili](${bilibili})|B站|2023-02-10|同一天|⭐⭐⭐|❗||\n`;
    const dir = workspace(tracker, 'rules:\n  title-mismatch: warning\n  source-mismatch: warning');
    const result = await run(['check', '--links', '--format', 'json', '--allow-private-hosts'], dir);
    const report = JSON.parse(result.stdout);
    const diagnostics = report.files[0].diagnostics;
    expect(diagnostics.map((d: { rule: string; line: number }) => [d.rule, d.line])).toEqual([['date-mismatch', 7]]);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', fixable: true, message: '日期 2023-03-02 与页面所载发布日期 2023-03-03 不符' });
    expect(report.files[0].links[1].facts).toEqual({ title: 'InstructGPT 论文精读【论文精读】', publisher: '跟李沐学AI', author: '跟李沐学AI', published: '2023-02-10' });
    expect(result.code).toBe(0);
  });

  it('reads no page facts when every page-facts rule is off', async () => {
    const wechat = server.url('/wechat', 'mp.weixin.qq.com');
    const dir = workspace(`## A\n\n${HEADER}\n|[x](${wechat})|甲|2020-01-01|y|⭐|❗||\n`, 'rules:\n  date-mismatch: off');
    const report = JSON.parse((await run(['check', '--links', '--format', 'json', '--allow-private-hosts'], dir)).stdout);
    expect(report.files[0].diagnostics).toEqual([]);
    expect(report.files[0].links[0].facts).toBeUndefined();
  });
});
