import { describe, expect, it } from 'vitest';
import { collectFindings, confirmDead, trailingRun } from '../../../src/action/scheduled/confirm.js';
import { countScanFindings as countFindings } from '../../../src/report/model.js';
import type { LinkOccurrence, LinkVerdict, Verdict } from '../../../src/core/types.js';
import type { CachedCheck } from '../../../src/links/cache.js';

const check = (verdict: Verdict, day: number): CachedCheck => ({ verdict, status: verdict === 'dead' ? 404 : 200, checkedAt: `2024-03-${String(day).padStart(2, '0')}T06:00:00.000Z` });

const occurrence = (url: string, line: number, title = `row ${line}`): LinkOccurrence => ({ file: 'README.md', url, line, column: 2, section: '技术原理', title });

const verdict = (url: string, v: Verdict, extra: Partial<LinkVerdict> = {}): LinkVerdict => ({
  url,
  verdict: v,
  status: v === 'dead' ? 404 : v === 'redirected' ? 301 : v === 'blocked' ? 403 : v === 'error' ? null : 200,
  reason: v === 'error' ? { kind: 'timeout' } : { kind: 'http-status', status: v === 'dead' ? 404 : 200 },
  ms: 5,
  checkedAt: '2024-03-10T06:00:00.000Z',
  ...extra,
});

describe('confirmDead', () => {
  it('needs deadAfter dead checks in a row, counted from the latest', () => {
    expect(confirmDead([check('dead', 1)], 2)).toBe(false);
    expect(confirmDead([check('dead', 1), check('dead', 2)], 2)).toBe(true);
    expect(confirmDead([check('dead', 1), check('alive', 2), check('dead', 3)], 2)).toBe(false);
    expect(confirmDead([check('dead', 1), check('dead', 2), check('alive', 3)], 2)).toBe(false);
    expect(confirmDead([check('dead', 1)], 1)).toBe(true);
    expect(confirmDead([], 1)).toBe(false);
  });

  it('reports the start of the trailing run', () => {
    expect(trailingRun([check('alive', 1), check('dead', 2), check('dead', 3)], 'dead')).toEqual({ length: 2, since: check('dead', 2).checkedAt });
    expect(trailingRun([check('alive', 1)], 'dead')).toEqual({ length: 0, since: null });
  });
});

describe('collectFindings', () => {
  const dead = 'https://example.com/dead';
  const moved = 'https://example.com/old';
  const blocked = 'https://example.com/blocked';
  const failed = 'https://example.com/failed';
  const alive = 'https://example.com/alive';
  const occurrences = [occurrence(dead, 10), occurrence(moved, 11), occurrence(blocked, 12), occurrence(failed, 13), occurrence(alive, 14)];
  const verdicts = new Map([
    [dead, verdict(dead, 'dead')],
    [moved, verdict(moved, 'redirected', { finalUrl: 'https://example.com/new' })],
    [blocked, verdict(blocked, 'blocked')],
    [failed, verdict(failed, 'error')],
    [alive, verdict(alive, 'alive')],
  ]);

  it('calls a first dead verdict suspected, and moved/blocked/error by their kind; alive links are not findings', () => {
    const findings = collectFindings(occurrences, verdicts, () => undefined, { deadAfter: 2 });
    expect(findings.map((f) => [f.line, f.kind])).toEqual([
      [10, 'suspected'],
      [11, 'moved'],
      [12, 'blocked'],
      [13, 'error'],
    ]);
    expect(findings[1]!.finalUrl).toBe('https://example.com/new');
    expect(countFindings(findings)).toEqual({ dead: 0, moved: 1, suspected: 1, blocked: 1, error: 1 });
  });

  it('confirms a link dead twice in a row and dates it from the first dead check', () => {
    const history = new Map([[dead, [check('alive', 1), check('dead', 3), check('dead', 10)]]]);
    const [first] = collectFindings(occurrences, verdicts, (url) => history.get(url), { deadAfter: 2 });
    expect(first).toMatchObject({ kind: 'dead', streak: 2, firstSeen: '2024-03-03', status: 404 });
  });

  it('counts this run once when the history does not end with it (no cache)', () => {
    const history = new Map([[dead, [check('dead', 3)]]]);
    const [first] = collectFindings(occurrences, verdicts, (url) => history.get(url), { deadAfter: 2 });
    expect(first).toMatchObject({ kind: 'dead', streak: 2 });
  });

  it('a blocked check between dead ones breaks the streak', () => {
    const history = new Map([[dead, [check('dead', 1), check('blocked', 2), check('dead', 10)]]]);
    const [first] = collectFindings(occurrences, verdicts, (url) => history.get(url), { deadAfter: 2 });
    expect(first!.kind).toBe('suspected');
  });

  it('lists every row a link appears on, once per row', () => {
    const twice = [occurrence(dead, 10), occurrence(dead, 20, 'again'), occurrence(dead, 20, 'again')];
    const findings = collectFindings(twice, verdicts, () => undefined, { deadAfter: 1 });
    expect(findings.map((f) => [f.line, f.kind])).toEqual([
      [10, 'dead'],
      [20, 'dead'],
    ]);
  });

  it('matches occurrences to verdicts by canonical URL', () => {
    const raw = 'https://EXAMPLE.com/dead?utm_source=x';
    const [first] = collectFindings([occurrence(raw, 5)], verdicts, () => undefined, { deadAfter: 1 });
    expect(first).toMatchObject({ url: raw, canonicalUrl: dead, kind: 'dead' });
  });
});
