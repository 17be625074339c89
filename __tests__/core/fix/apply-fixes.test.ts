import { describe, expect, it } from 'vitest';
import { applyFixes, fixSource, MAX_FIX_PASSES } from '../../../src/core/fix.js';
import { lintSource } from '../../../src/core/lint.js';
import type { Diagnostic, TextEdit } from '../../../src/core/types.js';

function diag(...edits: TextEdit[]): Diagnostic {
  return {
    rule: 'test',
    severity: 'warning',
    message: 'm',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    section: null,
    fixable: true,
    fix: { edits },
  };
}

describe('applyFixes', () => {
  it('applies non-overlapping edits bottom-up regardless of their order', () => {
    const out = applyFixes('abcdef', [diag({ start: 4, end: 5, text: 'E' }), diag({ start: 0, end: 1, text: 'AA' })]);
    expect(out).toEqual({ output: 'AAbcdEf', applied: 2, skipped: 0 });
  });

  it('skips a fix that overlaps an earlier one, and keeps the first', () => {
    const out = applyFixes('abcdef', [diag({ start: 1, end: 4, text: 'X' }), diag({ start: 3, end: 5, text: 'Y' })]);
    expect(out).toEqual({ output: 'aXef', applied: 1, skipped: 1 });
  });

  it('prefers the earlier diagnostic when two fixes start at the same offset', () => {
    const out = applyFixes('abcdef', [diag({ start: 2, end: 4, text: 'first' }), diag({ start: 2, end: 3, text: 'second' })]);
    expect(out.output).toBe('abfirstef');
    expect(out.skipped).toBe(1);
  });

  it('treats two inserts at one point as a conflict, an insert at the end of a replacement as not', () => {
    expect(applyFixes('ab', [diag({ start: 1, end: 1, text: 'X' }), diag({ start: 1, end: 1, text: 'Y' })])).toEqual({
      output: 'aXb',
      applied: 1,
      skipped: 1,
    });
    expect(applyFixes('abc', [diag({ start: 0, end: 1, text: 'A' }), diag({ start: 1, end: 1, text: '+' })]).output).toBe(
      'A+bc',
    );
  });

  it('applies identical fixes from several diagnostics once', () => {
    const edit = { start: 1, end: 2, text: 'B' };
    expect(applyFixes('abc', [diag(edit), diag({ ...edit })])).toEqual({ output: 'aBc', applied: 2, skipped: 0 });
  });

  it('applies a multi-edit fix atomically: all of it or none', () => {
    const both = diag({ start: 0, end: 1, text: 'A' }, { start: 4, end: 5, text: 'E' });
    const inside = diag({ start: 2, end: 3, text: 'C' });
    expect(applyFixes('abcde', [both, inside])).toEqual({ output: 'AbcdE', applied: 1, skipped: 1 });
  });

  it('ignores diagnostics without fixes and keeps a BOM and CRLF untouched', () => {
    const source = '\uFEFFa\r\nb';
    const noFix = { ...diag(), fix: undefined, fixable: false };
    expect(applyFixes(source, [noFix, diag({ start: 4, end: 5, text: 'B' })]).output).toBe('\uFEFFa\r\nB');
  });
});

describe('secret and tracking fixes on one URL', () => {
  it('report both, and one pass strips both kinds (the secret fix wins the overlap)', () => {
    const source = [
      '## 技术迭代与追踪',
      '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|',
      '|---|---|---|---|---|---|---|',
      '|[a](https://mp.weixin.qq.com/s?__biz=Mz==&mid=1&idx=1&sn=x&chksm=c&key=k&uin=u&scene=21#wechat_redirect)|甲|2023-01-01|概述|⭐|❗||',
    ].join('\n');
    const { diagnostics } = lintSource(source, { now: new Date('2026-11-28') });
    expect(diagnostics.map((d) => d.rule)).toEqual(['url-secret-params', 'url-tracking-params']);
    const once = applyFixes(source, diagnostics);
    expect(once).toMatchObject({ applied: 1, skipped: 1 });
    expect(once.output).toContain('(https://mp.weixin.qq.com/s?__biz=Mz==&mid=1&idx=1&sn=x)|');
  });
});

describe('fixSource', () => {
  it('returns the input untouched when nothing is fixable', () => {
    const source = '# Title\n\nNo tables here.\n';
    expect(fixSource(source, { now: new Date('2026-11-28') })).toEqual({
      output: source,
      passes: 0,
      applied: 0,
      diagnostics: [],
    });
  });

  it('bounds its passes', () => {
    expect(MAX_FIX_PASSES).toBeGreaterThanOrEqual(3);
  });
});
