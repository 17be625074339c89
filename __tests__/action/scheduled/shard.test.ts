import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  SHARD_REPORT_KIND,
  ShardMergeError,
  assignHosts,
  mergeShardReports,
  parseShardReport,
  shardHost,
  shardUrls,
  type ShardReportFile,
} from '../../../src/action/scheduled/shard.js';
import { analyzeSource } from '../../../src/app/analyze.js';
import { defaultConfig } from '../../../src/config/defaults.js';
import { canonicalizeUrl } from '../../../src/core/url/canonicalize.js';
import { runs } from '../../support/properties.js';
import { SEED_PATH } from '../../support/seed.js';

const hostArb = fc.constantFrom('a.example', 'b.example', 'mp.weixin.qq.com', 'www.bilibili.com', 'zhuanlan.zhihu.com', 'github.com', 'x.org');
const urlArb = fc.tuple(hostArb, fc.integer({ min: 0, max: 40 })).map(([host, n]) => `https://${host}/p/${n}`);

describe('shard partitioning', () => {
  it('is complete, disjoint, host-partitioned and independent of input order', () => {
    fc.assert(
      fc.property(fc.array(urlArb, { maxLength: 80 }), fc.integer({ min: 1, max: 5 }), (urls, count) => {
        const slices = Array.from({ length: count }, (_, i) => shardUrls(urls, { index: i + 1, count }));
        const all = slices.flat();
        expect(new Set(all).size).toBe(all.length);
        expect(new Set(all)).toEqual(new Set(urls));
        const hostShard = new Map<string, number>();
        slices.forEach((slice, i) => {
          for (const url of slice) {
            const previous = hostShard.get(shardHost(url));
            expect(previous === undefined || previous === i).toBe(true);
            hostShard.set(shardHost(url), i);
          }
        });
        const reversed = [...urls].reverse();
        for (let i = 0; i < count; i++) {
          expect(new Set(shardUrls(reversed, { index: i + 1, count }))).toEqual(new Set(slices[i]));
        }
      }),
      runs(100),
    );
  });

  it('puts the busiest hosts on different shards', () => {
    const urls = [
      ...Array.from({ length: 10 }, (_, i) => `https://big.example/${i}`),
      ...Array.from({ length: 9 }, (_, i) => `https://second.example/${i}`),
      'https://small.example/1',
    ];
    const assignment = assignHosts(urls, 2);
    expect(assignment.get('big.example')).not.toBe(assignment.get('second.example'));
  });

  it.skipIf(SEED_PATH === '')('splits the seed tracker over 3 shards', () => {
    const source = readFileSync(SEED_PATH, 'utf8');
    const urls = [...new Set(analyzeSource('README.md', source, { config: defaultConfig() }).links.map((l) => canonicalizeUrl(l.url)))];
    const sizes = [1, 2, 3].map((index) => shardUrls(urls, { index, count: 3 }).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(urls.length);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
  });
});

function report(index: number, count: number, urls: string[], sha = 'abc1234def'): ShardReportFile {
  return {
    kind: SHARD_REPORT_KIND,
    version: 1,
    shard: { index, count },
    sha,
    urls,
    verdicts: urls.map((url) => ({ url, verdict: 'dead', status: 404, reason: 'http-404', ms: 1, checkedAt: '2024-03-10T00:00:00.000Z' })),
    cache: Object.fromEntries(
      urls.map((url) => [url, { verdict: 'dead', status: 404, checkedAt: '2024-03-10T00:00:00.000Z', reason: 'http-404', history: [{ verdict: 'dead', status: 404, checkedAt: '2024-03-10T00:00:00.000Z' }] }]),
    ),
    archivedRepos: [],
    warnings: [],
  };
}

describe('shard reports', () => {
  it('round-trips through JSON and merges complete sets', () => {
    const one = parseShardReport(JSON.stringify(report(1, 2, ['https://a.example/1'])), 'one.json');
    const two = parseShardReport(JSON.stringify(report(2, 2, ['https://b.example/1'])), 'two.json');
    const merged = mergeShardReports([
      { origin: 'one.json', report: one },
      { origin: 'two.json', report: two },
    ]);
    expect([...merged.urls]).toEqual(['https://a.example/1', 'https://b.example/1']);
    expect(merged.verdicts.get('https://b.example/1')?.verdict).toBe('dead');
    expect(merged.cache.get('https://a.example/1')?.history).toHaveLength(1);
  });

  it('rejects malformed reports with a one-line message naming the file and key', () => {
    expect(() => parseShardReport('{', 'x.json')).toThrow(new ShardMergeError('x.json: not valid JSON'));
    expect(() => parseShardReport('{"version":1}', 'x.json')).toThrow('x.json: not a tracker-bot shard report');
    const bad = { ...report(1, 1, ['https://a.example/1']), verdicts: [{ url: 'https://a.example/1', verdict: 'gone' }] };
    expect(() => parseShardReport(JSON.stringify(bad), 'x.json')).toThrow(/^x\.json: invalid shard report: verdicts\[0\]\.verdict: /);
  });

  it('rejects missing, duplicate, foreign and overlapping shards', () => {
    const entry = (r: ShardReportFile, origin: string) => ({ origin, report: parseShardReport(JSON.stringify(r), origin) });
    expect(() => mergeShardReports([entry(report(1, 3, ['https://a.example/']), 'a')])).toThrow('merge-reports: missing shards 2/3, 3/3');
    expect(() => mergeShardReports([entry(report(1, 2, ['https://a.example/']), 'a'), entry(report(1, 2, ['https://b.example/']), 'b')])).toThrow(
      'b: shard 1/2 also comes from a',
    );
    expect(() => mergeShardReports([entry(report(1, 2, ['https://a.example/']), 'a'), entry(report(2, 3, ['https://b.example/']), 'b')])).toThrow(
      'does not belong to a 2-shard scan',
    );
    expect(() => mergeShardReports([entry(report(1, 2, ['https://a.example/']), 'a'), entry(report(2, 2, ['https://b.example/'], 'fff0000'), 'b')])).toThrow(
      'scanned commit fff0000',
    );
    expect(() => mergeShardReports([entry(report(1, 2, ['https://a.example/']), 'a'), entry(report(2, 2, ['https://a.example/']), 'b')])).toThrow(
      'also checked by another shard',
    );
    expect(() => mergeShardReports([])).toThrow('matched no shard report');
  });
});
