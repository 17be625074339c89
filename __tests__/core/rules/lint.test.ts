import { describe, expect, it } from 'vitest';
import { fixSource } from '../../../src/core/fix.js';
import { assertKnownRuleIds, lintSource } from '../../../src/core/lint.js';

const NOW = new Date('2026-11-28');
const H = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|';
const D = '|---|---|---|---|---|---|---|';
const doc = (...rows: string[]) => ['# 资料', '', '## 技术原理', H, D, ...rows, ''].join('\n');

const unpaddedAndFuture = doc(
  '|[a](https://a.example/)|甲|2022-12-7|概述|⭐⭐⭐|❗||',
  '|[b](https://b.example/)|乙|2027\\-01\\-01|概述|⭐⭐|❗||',
);

describe('lintTracker', () => {
  it('stamps rule, severity, section, span and fixability', () => {
    const [first] = lintSource(unpaddedAndFuture, { now: NOW }).diagnostics;
    expect(first).toMatchObject({
      rule: 'date-format',
      severity: 'warning',
      section: '技术原理',
      line: 6,
      column: 28,
      endLine: 6,
      endColumn: 37,
      fixable: true,
      expected: '2022-12-07',
    });
  });

  it('applies configured severities and turns rules off', () => {
    const off = lintSource(unpaddedAndFuture, { now: NOW, config: { rules: { 'date-range': 'off' } } });
    expect(off.diagnostics.map((d) => d.rule)).toEqual(['date-format']);
    const raised = lintSource(unpaddedAndFuture, { now: NOW, config: { rules: { 'date-range': 'error' } } });
    expect(raised.diagnostics.find((d) => d.rule === 'date-range')?.severity).toBe('error');
    // A per-finding severity only lowers: configured warning stays warning, error keeps the unpadded case at warning.
    const asError = lintSource(unpaddedAndFuture, { now: NOW, config: { rules: { 'date-format': 'error' } } });
    expect(asError.diagnostics.find((d) => d.rule === 'date-format')?.severity).toBe('warning');
  });

  it('uses the injected now for date-range', () => {
    const later = lintSource(unpaddedAndFuture, { now: new Date('2027-01-01') });
    expect(later.diagnostics.map((d) => d.rule)).toEqual(['date-format']);
  });

  it('rejects unknown rule ids with a one-line error', () => {
    expect(() => lintSource(unpaddedAndFuture, { now: NOW, config: { rules: { 'no-such-rule': 'off' } } })).toThrow(
      /^unknown rule "no-such-rule" in rules \(known: table-header, /,
    );
    expect(() => assertKnownRuleIds({ 'sort-order': 'off' })).not.toThrow();
  });

  it('detects the language, or takes the one given', () => {
    expect(lintSource(unpaddedAndFuture, { now: NOW }).diagnostics[0]!.message).toMatch(/未补零/);
    expect(lintSource(unpaddedAndFuture, { now: NOW, lang: 'en' }).diagnostics[0]!.message).toBe(
      'Unexpected date "2022-12-7", expected "2022-12-07"',
    );
  });

  it('sorts by position, errors first at one position', () => {
    const source = doc(
      '|[b](https://mp.weixin.qq.com/s?__biz=a&mid=1&idx=1&sn=x&key=k&scene=1)|乙|2023\\-01\\-01|概述|⭐|❗||',
      '|[a](https://a.example/)|甲|2023\\-01\\-02|概述|⭐⭐|❗||',
    );
    const diagnostics = lintSource(source, { now: NOW }).diagnostics;
    expect(diagnostics.map((d) => `${d.line}:${d.column}:${d.rule}`)).toEqual([
      '6:6:url-secret-params',
      '6:6:url-tracking-params',
      '7:1:sort-order',
    ]);
  });

  it('maps columns by header name, so reordered columns are still checked by type (zero config: no table-header)', () => {
    const source = [
      '## 技术原理',
      '|发布时间点|资料链接|来源|内容概述|整体推荐指数|技术难度指数|备注|',
      '|---|---|---|---|---|---|---|',
      '|2023-1-5|[a](https://a.example/?utm_source=x)|甲|概述|⭐|❗||',
    ].join('\n');
    const rules = lintSource(source, { now: NOW }).diagnostics.map((d) => d.rule);
    expect(rules).toEqual(['date-format', 'url-tracking-params']);
  });

  it('checks a foreign header at zero config by its inferred schema, without a table-header wall', () => {
    const source = ['## 其他', '| 名称 | 发布时间点 |', '|---|---|', '| 甲 | 2023-13-01 |', '| 乙 |  |'].join('\n');
    const rules = lintSource(source, { now: NOW }).diagnostics.map((d) => `${d.line}:${d.rule}`);
    // 发布时间点 is a known date column its cells confirm; half its rows are empty, so it is optional.
    expect(rules).toEqual(['4:date-format']);
  });

  it('accepts an empty document and header-only tables', () => {
    expect(lintSource('', { now: NOW }).diagnostics).toEqual([]);
    expect(lintSource(doc(), { now: NOW }).diagnostics).toEqual([]);
  });

  it('reports tracking parameters in a URL written with escapes, without a fix that could change other bytes', () => {
    const source = doc('|[a](https://a.example/a\\_b?utm_source=x)|甲|2023\\-01\\-01|概述|⭐|❗||');
    const [finding] = lintSource(source, { now: NOW }).diagnostics;
    expect(finding).toMatchObject({ rule: 'url-tracking-params', fixable: false, expected: 'https://a.example/a_b' });
    expect(finding!.fix).toBeUndefined();
  });

  it('sorts by a configured text column, ignoring markup escapes; judges readable rows, moves unreadable ones last', () => {
    const source = [
      '## Papers',
      '| Link | Source |',
      '|---|---|',
      '| [a](https://a.example/) |  |',
      '| [c](https://c.example/) | alpha |',
      '| [b](https://b.example/) | \\_beta |',
    ].join('\n');
    const config = {
      columns: [{ name: 'Link', type: 'link' as const }, { name: 'Source', type: 'text' as const }],
      sort: [{ column: 'Source', order: 'asc' as const }],
    };
    const [finding] = lintSource(source, { now: NOW, config }).diagnostics;
    expect(finding).toMatchObject({ rule: 'sort-order', line: 6 });
    const lines = fixSource(source, { now: NOW, config }).output.split('\n');
    expect(lines.slice(3)).toEqual([
      '| [b](https://b.example/) | \\_beta |',
      '| [c](https://c.example/) | alpha |',
      '| [a](https://a.example/) |  |',
    ]);
  });
});

