import { describe, expect, it } from 'vitest';
import type { LinkFinding as ScanFinding } from '../../src/report/model.js';
import { closeComment, defaultIssueTitle, renderIssueBody, renderScanSummary } from '../../src/report/tracking-issue.js';
import type { Reason } from '../../src/core/types.js';

const base = { file: 'README.md', canonicalUrl: '', reason: { kind: 'http-status', status: 404 } as Reason, status: 404, firstSeen: '2024-03-03', streak: 2 };

const findings: ScanFinding[] = [
  { ...base, kind: 'dead', section: '技术原理', line: 20, title: 'GPT 论文精读', url: 'https://www.bilibili.com/video/BV1', archiveUrl: 'https://web.archive.org/web/2023/https://www.bilibili.com/video/BV1' },
  { ...base, kind: 'moved', section: '技术原理', line: 22, title: 'Repo', url: 'https://github.com/old/repo', status: 301, reason: { kind: 'github-repo-moved' }, finalUrl: 'https://github.com/new/repo' },
  { ...base, kind: 'dead', section: '行业进展', line: 40, title: '<img src=x onerror=alert(1)> @octocat see https://evil.example/x', url: 'https://mp.weixin.qq.com/s/abc', reason: { kind: 'soft-404', signature: 'wechat-deleted' }, status: 200 },
  { ...base, kind: 'suspected', section: '行业进展', line: 41, title: 'flaky', url: 'https://flaky.example/', streak: 1 },
  { ...base, kind: 'blocked', section: '行业进展', line: 42, title: 'walled', url: 'https://zhihu.example/', status: 403, reason: { kind: 'bot-wall', wall: 'zhihu-api-blocked' } },
];

const options = {
  lang: 'zh' as const,
  deadAfter: 2,
  scannedAt: '2024-03-10T06:00:00.000Z',
  lineUrl: (path: string, line: number) => `https://github.com/o/r/blob/abc/${path}#L${line}`,
};

describe('renderIssueBody', () => {
  const body = renderIssueBody(findings, [], options);

  it('keeps two sections with the same name apart, in line order', () => {
    const twice: ScanFinding[] = [
      { ...base, kind: 'dead', section: '工具', line: 50, title: '后一个', url: 'https://b.example/' },
      { ...base, kind: 'dead', section: '工具', line: 12, title: '前一个', url: 'https://a.example/' },
      { ...base, kind: 'dead', section: '论文', line: 30, title: '中间', url: 'https://c.example/' },
    ];
    const sections = { 'README.md': [{ title: '工具', line: 10 }, { title: '论文', line: 20 }, { title: '工具', line: 40 }] };
    const out = renderIssueBody(twice, [], { ...options, sections });
    expect(out.match(/### 工具/g)).toHaveLength(2);
    expect(out.indexOf('前一个')).toBeLessThan(out.indexOf('中间'));
    expect(out.indexOf('中间')).toBeLessThan(out.indexOf('后一个'));
  });

  it('lists confirmed dead and moved links grouped by section, and nothing else', () => {
    expect(body).toContain('### 技术原理');
    expect(body).toContain('### 行业进展');
    expect(body.indexOf('### 技术原理')).toBeLessThan(body.indexOf('GPT 论文精读'));
    expect(body.indexOf('GPT 论文精读')).toBeLessThan(body.indexOf('### 行业进展'));
    expect(body).not.toContain('flaky');
    expect(body).not.toContain('walled');
    expect(body).toContain('**2** 个失效，**1** 个已迁移（最近一次扫描：2024-03-10）');
  });

  it('is a task list: entry title, line link, reason in words, first-seen date, archive or new address', () => {
    const row = body.split('\n').find((line) => line.includes('GPT 论文精读'))!;
    expect(row).toBe(
      '- [ ] **GPT 论文精读** — [第 20 行](https://github.com/o/r/blob/abc/README.md#L20) · 页面不存在（HTTP 404） · 首次发现 2024-03-03 · [存档](https://web.archive.org/web/2023/https://www.bilibili.com/video/BV1)',
    );
    const moved = body.split('\n').find((line) => line.includes('**Repo**'))!;
    expect(moved).toContain('已永久迁移至 `https://github.com/new/repo`');
    const soft = body.split('\n').find((line) => line.includes('第 40 行'))!;
    expect(soft).toContain('· 文章已被作者删除 ·');
    expect(soft).toContain('未找到存档');
    expect(body).not.toMatch(/soft-404|http-404|github-repo-moved/);
    expect(body).not.toContain('| --- |');
  });

  it('neutralises untrusted titles: no HTML, no mentions, no bare links', () => {
    expect(body).not.toContain('<img');
    expect(body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(body).not.toMatch(/@octocat/);
    expect(body).toContain('`https://evil.example/x`');
  });

  it('is written in English for English trackers, with file names when several files are listed', () => {
    const english = renderIssueBody([findings[0]!, { ...findings[1]!, file: 'docs/list.md' }], [], { ...options, lang: 'en' });
    expect(english).toContain('## Dead and moved links');
    expect(english).toContain('### `README.md` › 技术原理');
    expect(english).toContain('### `docs/list.md` › 技术原理');
    expect(english).toContain('[archived copy](');
    expect(defaultIssueTitle('en')).toBe('Dead links in the tracker');
    expect(defaultIssueTitle('zh')).toBe('资料链接失效追踪');
    expect(closeComment('zh')).toContain('关闭');
  });

  it('lists archived repositories apart', () => {
    const withArchived = renderIssueBody(findings, [{ file: 'README.md', section: 'x', line: 7, title: 'Old tool', url: 'https://github.com/a/b' }], options);
    expect(withArchived).toContain('已归档的仓库（1 个）');
    expect(withArchived).toContain('Old tool `https://github.com/a/b`');
  });

  it('stays under the size limit', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ ...findings[0]!, line: i + 1, title: `entry ${i} ${'x'.repeat(60)}` }));
    const long = renderIssueBody(many, [], { ...options, maxLength: 20_000 });
    expect(long.length).toBeLessThanOrEqual(20_000);
    expect(long).toContain('列表过长，已截断');
  });
});

describe('renderScanSummary', () => {
  it('adds suspected and not-judged links, and the issue', () => {
    const summary = renderScanSummary(findings, [], 12, { number: 3, url: 'https://github.com/o/r/issues/3', action: 'created' }, options);
    expect(summary).toContain('2 个确认失效，1 个已迁移，1 个疑似失效，1 个被拦截；共检查 12 个链接。');
    expect(summary).toContain('追踪 issue：[#3](https://github.com/o/r/issues/3)（已新建）');
    expect(summary).toContain('疑似失效（1 个）：连续失败次数不足 2 次');
    expect(summary).toContain('flaky');
    expect(summary).toContain('walled');
  });
});
