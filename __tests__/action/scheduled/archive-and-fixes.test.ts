import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArchivedCopies } from '../../../src/links/archive.js';
import { applySafeFixes } from '../../../src/action/scheduled/safe-fixes.js';
import { defaultConfig } from '../../../src/config/defaults.js';
import { MAX_BODY_BYTES } from '../../../src/links/index.js';
import { startLinkServer } from '../../support/link-server.js';
import type { LinkVerdict } from '../../../src/core/types.js';
import { canonicalizeUrl } from '../../../src/core/url/canonicalize.js';

describe('findArchivedCopies (Wayback availability API on loopback)', () => {
  let server: http.Server;
  let api: string;
  const asked: string[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x').searchParams.get('url') ?? '';
      asked.push(url);
      if (url.endsWith('/broken')) return void res.writeHead(500).end('oops');
      if (url.endsWith('/garbage')) return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"archived_snapshots": 3}');
      const body = url.endsWith('/never')
        ? { url, archived_snapshots: {} }
        : { url, archived_snapshots: { closest: { available: true, status: '200', url: `http://web.archive.org/web/20230101000000/${url}`, timestamp: '20230101000000' } } };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wayback/available`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('returns the closest snapshot (https), nothing when there is none, and survives failures', async () => {
    const failures: string[] = [];
    const found = await findArchivedCopies(
      ['https://a.example/page', 'https://a.example/never', 'https://a.example/broken', 'https://a.example/garbage'],
      { api, onFailure: (url, reason) => failures.push(`${url}: ${reason}`) },
    );
    expect(found.get('https://a.example/page')).toEqual({ url: 'https://web.archive.org/web/20230101000000/https://a.example/page', timestamp: '20230101000000' });
    expect(found.has('https://a.example/never')).toBe(false);
    expect(found.size).toBe(1);
    expect(failures).toEqual(['https://a.example/broken: HTTP 500', 'https://a.example/garbage: unexpected response shape']);
  });

  it('reports an unreachable API as failures, never throws', async () => {
    const failures: string[] = [];
    const found = await findArchivedCopies(['https://a.example/x'], { api: 'http://127.0.0.1:1/wayback', onFailure: (u) => failures.push(u), timeoutMs: 2000 });
    expect(found.size).toBe(0);
    expect(failures).toEqual(['https://a.example/x']);
    const bad = await findArchivedCopies(['https://a.example/x'], { api: 'not a url', onFailure: (u) => failures.push(u) });
    expect(bad.size).toBe(0);
  });
});

describe('applySafeFixes', () => {
  const source = [
    '## Tools',
    '',
    '| 资料链接 | 来源 | 发布时间点 | 内容概述 | 整体推荐指数 | 技术难度指数 | 备注 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    '| [Zeta](https://old.example/zeta) | a | 2023-01-02 | z | ⭐⭐ | ❗ | |',
    '| [Alpha](https://a.example/x?utm_source=wechat&id=1) | b | 2023-1-5 | a | ⭐⭐⭐ | ❗ | |',
    '',
  ].join('\n');
  const verdicts = new Map<string, LinkVerdict>([
    ['https://old.example/zeta', { url: 'https://old.example/zeta', verdict: 'redirected', status: 301, finalUrl: 'https://new.example/zeta (v2)', reason: { kind: 'http-status', status: 301 }, ms: 1, checkedAt: '2024-01-01T00:00:00Z' }],
  ]);

  it('replaces moved links and strips tracking parameters, but leaves other rules’ fixes alone', () => {
    const result = applySafeFixes(source, verdicts, { config: defaultConfig(), lang: 'zh', now: new Date('2024-03-01') });
    expect(result.movedReplaced).toBe(1);
    expect(result.output).toContain('[Zeta](https://new.example/zeta%20%28v2%29)');
    expect(result.output).toContain('[Alpha](https://a.example/x?id=1)');
    expect(result.output).toContain('2023-1-5');
    expect(result.lintFixes).toBeGreaterThan(0);
  });

  it('replaces a moved link whole when its <…> destination holds an escaped >, in a table inside a block quote', () => {
    const quoted = [
      '## Tools',
      '',
      '> | 资料链接 | 来源 | 发布时间点 | 内容概述 | 整体推荐指数 | 技术难度指数 | 备注 |',
      '> | --- | --- | --- | --- | --- | --- | --- |',
      '> | [Gt](<https://old.example/a\\>b>) | a | 2023-01-02 | z | ⭐⭐ | ❗ | |',
      '',
    ].join('\n');
    const moved = new Map<string, LinkVerdict>([
      [canonicalizeUrl('https://old.example/a>b'), { url: 'https://old.example/a>b', verdict: 'redirected', status: 301, finalUrl: 'https://new.example/gt', reason: { kind: 'http-status', status: 301 }, ms: 1, checkedAt: '2024-01-01T00:00:00Z' }],
    ]);
    const result = applySafeFixes(quoted, moved, { config: defaultConfig(), lang: 'zh', now: new Date('2024-03-01') });
    expect(result.movedReplaced).toBe(1);
    expect(result.output.split('\n')[4]).toBe('> | [Gt](<https://new.example/gt>) | a | 2023-01-02 | z | ⭐⭐ | ❗ | |');
  });

  it('changes nothing when nothing is safe to fix', () => {
    const clean = source.replace('?utm_source=wechat&id=1', '');
    expect(applySafeFixes(clean, new Map(), { config: { ...defaultConfig(), rules: { 'sort-order': 'off' } }, lang: 'zh', now: new Date('2024-03-01') }).output).toBe(clean);
  });
});

describe('findArchivedCopies against a hostile archive API', () => {
  it('reads no more of an endless answer than a link check would, and gives no suggestion', async () => {
    const server = await startLinkServer({ addresses: ['127.0.0.13'] });
    try {
      const failures: string[] = [];
      const found = await findArchivedCopies(['https://a.example/dead'], { api: server.url('/huge/5000000000'), onFailure: (_url, reason) => failures.push(reason) });
      expect(found.size).toBe(0);
      expect(failures).toEqual(['response over 256 KB']);
      const generated = [...server.bodyBytes.values()].reduce((a, b) => a + b, 0);
      expect(generated).toBeLessThan(MAX_BODY_BYTES * 64);
    } finally {
      await server.close();
    }
  });
});

