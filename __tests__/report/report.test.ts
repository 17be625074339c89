import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/types.js';
import { diagnosticAnnotation, renderAnnotation } from '../../src/report/annotations.js';
import { buildJsonReport, ITEMS_PER_CHUNK, jsonChunks, renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { summarize, type FileReport, type ReportedLink } from '../../src/report/model.js';
import { codeSpan, neutralize } from '../../src/report/neutralize.js';
import { renderText } from '../../src/report/text.js';
import { runs } from '../support/properties.js';

function diag(line: number, over: Partial<Diagnostic> = {}): Diagnostic {
  return {
    rule: 'date-format',
    severity: 'error',
    message: `Unexpected date on ${line}`,
    line,
    column: 3,
    endLine: line,
    endColumn: 9,
    section: 'Papers',
    fixable: false,
    ...over,
  };
}

const file: FileReport = {
  path: 'README.md',
  lang: 'en',
  diagnostics: [diag(5), diag(9, { severity: 'warning', rule: 'sort-order', fixable: true, section: 'Tools' })],
  links: [
    { url: 'https://a.test/x', line: 5, section: 'Papers', title: 'A', verdict: 'dead', status: 404, reason: { kind: 'http-status', status: 404 }, ms: 3 },
    { url: 'https://b.test/y', line: 6, section: 'Papers', title: 'B', verdict: 'redirected', status: 301, finalUrl: 'https://b.test/z', reason: { kind: 'http-status', status: 301 }, ms: 3 },
    { url: 'https://c.test/', line: 7, section: 'Papers', title: 'C', verdict: 'blocked', status: 403, reason: { kind: 'http-status', status: 403 }, ms: 3 },
  ],
};

describe('neutralize', () => {
  it('escapes HTML, breaks mentions and fences URLs', () => {
    const out = neutralize('<img src=x onerror=alert(1)> ping @octocat see https://evil.test/a?b=1');
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img');
    expect(out).toContain('@\u200boctocat');
    expect(out).toContain('`https://evil.test/a?b=1`');
  });
  it('builds code spans that backticks inside cannot close', () => {
    expect(codeSpan('a`b')).toBe('``a`b``');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });
});

describe('summaries and JSON', () => {
  it('counts errors, warnings, fixable and link verdicts', () => {
    const summary = summarize([file], true);
    expect(summary).toMatchObject({ errors: 1, warnings: 1, fixable: 1 });
    expect(summary.links).toMatchObject({ dead: 1, redirected: 1, blocked: 1, alive: 0 });
  });
  it('keeps the documented JSON shape', () => {
    const report = buildJsonReport([file], summarize([file], false));
    expect(report.version).toBe(1);
    expect(Object.keys(report.files[0]!.diagnostics[0]!).sort()).toEqual(
      ['column', 'endColumn', 'endLine', 'fixable', 'line', 'message', 'rule', 'section', 'severity'].sort(),
    );
    expect(report.summary).toEqual({ errors: 1, warnings: 1, fixable: 1 });
  });
  it('streams exactly the text renderJson builds whole', () => {
    const other: FileReport = { path: 'docs/"q".md', lang: 'zh', diagnostics: [diag(2, { section: null, message: '日期\n"x"' })], links: [] };
    const empty: FileReport = { path: 'empty.md', lang: 'en', diagnostics: [], links: [] };
    for (const [files, withLinks] of [[[file, other, empty], true], [[file], false], [[], false], [[empty], true]] as const) {
      const summary = summarize([...files], withLinks);
      expect([...jsonChunks([...files], summary)].join('')).toBe(renderJson([...files], summary));
    }
  });
  it('streams exactly what renderJson builds, at every chunk boundary of diagnostics and links', () => {
    // Every optional link key, CJK and quotes in texts, null sections; lengths 0, 1 and either side
    // of one, two and three chunks.
    const link = (i: number): ReportedLink => ({
      url: `https://a.test/${i}`,
      line: i,
      section: i % 3 === 0 ? null : '技术原理 "q"',
      title: `标题 ${i}`,
      verdict: i % 5 === 0 ? 'redirected' : i % 5 === 1 ? 'dead' : 'alive',
      status: i % 7 === 0 ? null : 200,
      ...(i % 5 === 0 ? { finalUrl: `https://b.test/${i}` } : {}),
      reason: { kind: 'http-status', status: i % 5 === 1 ? 404 : 200 },
      ms: i,
      ...(i % 6 === 0 ? { retryAt: '2026-01-01T00:00:00Z', checkedAt: '2026-01-01T00:00:00Z' } : {}),
      ...(i % 4 === 0 ? { facts: { title: `页 ${i}`, publisher: '量子位', published: '2024-01-01' } } : {}),
      ...(i % 8 === 0 ? { severity: 'warning' as const } : {}),
    });
    const lengths = [0, 1, ...[1, 2, 3].flatMap((k) => [k * ITEMS_PER_CHUNK - 1, k * ITEMS_PER_CHUNK, k * ITEMS_PER_CHUNK + 1])];
    const reportOf = (n: number, path: string): FileReport => ({
      path,
      lang: 'zh',
      diagnostics: Array.from({ length: n }, (_, i) => diag(i + 1, { section: i % 3 === 0 ? null : '技术原理', message: `消息 "${i}"\n`, ...(i % 4 === 0 ? { expected: 'x' } : {}) })),
      links: Array.from({ length: n }, (_, i) => link(i)),
    });
    for (const n of lengths) {
      for (const withLinks of [true, false]) {
        const one = [reportOf(n, 'a.md')];
        expect([...jsonChunks(one, summarize(one, withLinks))].join('')).toBe(renderJson(one, summarize(one, withLinks)));
      }
    }
    const several = lengths.map((n, i) => reportOf(n, `d/${i}.md`));
    expect([...jsonChunks(several, summarize(several, true))].join('')).toBe(renderJson(several, summarize(several, true)));
  });
  it('writes any diagnostics exactly as JSON.stringify does (fixed seed), across chunk boundaries', () => {
    // Strings with quotes, backslashes, control characters, lone surrogates and CJK; integer
    // positions; a null section; lengths up to 1,100 (many ITEMS_PER_CHUNK chunks) and repeated texts.
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('a"b\\c', '\u0000\u001f\u2028', '\ud800x', '日期 "x"\n'));
    const diagnostic = fc.record({
      rule: fc.oneof(text, fc.constantFrom('date-format', 'sort-order')),
      severity: fc.constantFrom('error' as const, 'warning' as const),
      message: text,
      line: fc.nat(),
      column: fc.nat(),
      endLine: fc.nat(),
      endColumn: fc.nat(),
      section: fc.option(text),
      fixable: fc.boolean(),
    });
    const property = fc.property(fc.array(diagnostic, { maxLength: 40 }), fc.nat({ max: 1100 }), (distinct, repeat) => {
      const diagnostics = [...distinct, ...Array.from({ length: distinct.length === 0 ? 0 : repeat }, (_, i) => distinct[i % distinct.length]!)];
      const one: FileReport = { path: 'a.md', lang: 'en', diagnostics, links: [] };
      const summary = summarize([one], false);
      expect([...jsonChunks([one], summary)].join('')).toBe(renderJson([one], summary));
    });
    fc.assert(property, runs(60));
  });
});

describe('text', () => {
  it('prints file:line:col severity message [rule], grouped by section, links by verdict', () => {
    const out = renderText([file], summarize([file], true), { color: false, lang: 'en' });
    const lines = out.split('\n');
    expect(lines[0]).toBe('Papers');
    expect(lines[1]).toBe('README.md:5:3  error  Unexpected date on 5  [date-format]');
    expect(lines[2]).toBe('Tools');
    expect(out.indexOf('dead (1)')).toBeLessThan(out.indexOf('moved (1)'));
    expect(out).toContain('→ https://b.test/z');
    // Dead links count as errors, moved ones as warnings, exactly as the Action's outputs count them.
    expect(out).toContain('2 errors, 2 warnings (1 fixable with tracker-bot fix)');
    expect(out).toContain('(the page does not exist (HTTP 404))');
  });
  it('never says "no problems" when links are dead', () => {
    const onlyLinks: FileReport = { ...file, diagnostics: [] };
    const out = renderText([onlyLinks], summarize([onlyLinks], true), { color: false, lang: 'en' });
    expect(out).not.toContain('No problems found');
    expect(out).toContain('Links checked: 1 dead, 1 moved, 1 blocked');
    expect(out).not.toContain('0 alive');
  });

  it('uses the singular for one', () => {
    const one: FileReport = { ...file, diagnostics: [diag(5)], links: [] };
    expect(renderText([one], summarize([one], false), { color: false, lang: 'en' })).toContain('\n1 error\n');
  });

  it('speaks Chinese for a Chinese tracker', () => {
    const out = renderText([{ ...file, links: [] }], summarize([file], false), { color: false, lang: 'zh' });
    expect(out).toContain('错误');
    expect(out).toContain('1 个错误，1 个警告');
  });
});

describe('annotations', () => {
  it('escapes properties and data', () => {
    const line = renderAnnotation(diagnosticAnnotation('docs/a,b.md', diag(3, { message: '50% done\nnext' })));
    expect(line).toBe('::error file=docs/a%2Cb.md,line=3,col=3,endColumn=9,title=tracker-bot%3A Dates are real dates in the column\'s format (default YYYY-MM-DD)::50%25 done%0Anext');
  });
});

describe('markdown', () => {
  it('groups by section and lists dead and moved links; blocked ones apart', () => {
    const out = renderMarkdown([file], summarize([file], true), { lang: 'en', lineUrl: (p, l) => `https://gh.test/blob/sha/${p}#L${l}` });
    expect(out).toContain('**Papers**');
    expect(out).toContain('- **A** · [line 5](https://gh.test/blob/sha/README.md#L5)\n  - ❌ Dead link: the page does not exist (HTTP 404) `https://a.test/x`\n  - ❌ Unexpected date on 5');
    expect(out).toContain('**2 errors, 2 warnings**');
    expect(out).not.toContain('`date-format`');
    expect(out).toMatch(/<details><summary>Links not judged \(1\)/);
  });
  it('never shows the all-clear when only links are dead, and names the URL', () => {
    const onlyLinks: FileReport = { ...file, diagnostics: [] };
    const out = renderMarkdown([onlyLinks], summarize([onlyLinks], true), { lang: 'zh' });
    expect(out).not.toContain('✅');
    expect(out).toContain('**1 个错误，1 个警告**');
    expect(out).toContain('已检查的链接：1 个失效，1 个已迁移，1 个被拦截');
    expect(out).toContain('❌ 链接失效：页面不存在（HTTP 404） `https://a.test/x`');
  });

  it('lists pre-existing problems in a collapsed section', () => {
    const out = renderMarkdown([{ ...file, diagnostics: [], links: [] }], summarize([], false), { lang: 'zh', preexisting: [file] });
    expect(out).toContain('本次修改之前就已存在的问题');
    expect(out).toContain('未发现问题');
  });
  it('truncates a huge report under the limit with a note', () => {
    const many: FileReport = { ...file, links: [], diagnostics: Array.from({ length: 3000 }, (_, i) => diag(i + 1, { message: 'x'.repeat(40) })) };
    const out = renderMarkdown([many], summarize([many], false), { lang: 'en', maxLength: 60_000 });
    expect(out.length).toBeLessThanOrEqual(60_000);
    expect(out).toMatch(/… \d+ more rows not shown/);
    expect(out.split('<details>').length).toBe(out.split('</details>').length);
  });
});

describe('markdown rows and sections', () => {
  const twoSections: FileReport = {
    path: 'README.md',
    lang: 'zh',
    diagnostics: [
      diag(40, { section: '工具', message: '日期“2023-2-5”未补零，应为“2023-02-05”', expected: '2023-02-05', severity: 'warning' }),
      diag(12, { section: '工具', message: '第一处' }),
      diag(40, { section: '工具', message: '评分超出范围' }),
    ],
    links: [{ url: 'https://a.test/gone', line: 40, section: '工具', title: '新文章', verdict: 'dead', status: 200, reason: { kind: 'soft-404', signature: 'wechat-deleted' }, ms: 1 }],
    rowTitles: { 12: '旧文章', 40: '新文章' },
    sections: [
      { title: '工具', line: 10 },
      { title: '论文', line: 20 },
      { title: '工具', line: 30 },
    ],
  };

  it('lists one entry per row with its title and every problem in words, dead link first', () => {
    const out = renderMarkdown([twoSections], summarize([twoSections], true), { lang: 'zh' });
    expect(out).toContain(
      '- **新文章** · 第 40 行\n  - ❌ 链接失效：文章已被作者删除 `https://a.test/gone`\n  - ❌ 评分超出范围\n  - ⚠️ 日期“2023-2-5”未补零，应为“2023-02-05”\n',
    );
    expect(out.match(/第 40 行/g)).toHaveLength(1);
    expect(out).not.toContain('soft-404');
  });

  it('keeps two sections with the same name apart', () => {
    const out = renderMarkdown([twoSections], summarize([twoSections], true), { lang: 'zh' });
    expect(out.match(/\*\*工具\*\*/g)).toHaveLength(2);
    expect(out.indexOf('旧文章')).toBeLessThan(out.indexOf('新文章'));
  });

  it('shows a suggested value the message does not already name', () => {
    const withExpected: FileReport = { ...twoSections, links: [], diagnostics: [diag(12, { section: '工具', message: '链接含跟踪参数 utm_source，应去除', expected: 'https://a.test/x' })] };
    expect(renderMarkdown([withExpected], summarize([withExpected], false), { lang: 'zh' })).toContain('应去除 → `https://a.test/x`');
  });
});
