// The archive lookup (links.archiveApi) goes through the link engine's connection rules: links.resolve
// pins, the private-address guard, and per-host politeness. Loopback availability API only.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArchivedCopies } from '../../src/links/archive.js';

let server: http.Server;
let port: number;
let inFlight = 0;
let maxInFlight = 0;
const asked: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').searchParams.get('url') ?? '';
    asked.push(url);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Answer on the next turn, so requests that were let through together overlap here.
    setImmediate(() => {
      inFlight--;
      const closest = { available: true, status: '200', url: `http://web.archive.org/web/20230101000000/${url}`, timestamp: '20230101000000' };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ url, archived_snapshots: { closest } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('findArchivedCopies through the link engine', () => {
  it('refuses an API host name that resolves to a private address, without a request', async () => {
    asked.length = 0;
    const failures: string[] = [];
    const found = await findArchivedCopies(['https://a.example/dead'], {
      api: `http://archive.test:${port}/wayback/available`,
      links: { resolve: { 'archive.test': '127.0.0.1' } },
      onFailure: (_url, reason) => failures.push(reason),
    });
    expect(found.size).toBe(0);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/private address 127\.0\.0\.1/);
    expect(asked).toEqual([]);
  });

  it('follows links.resolve and asks when private hosts are allowed', async () => {
    asked.length = 0;
    const found = await findArchivedCopies(['https://a.example/dead'], {
      api: `http://archive.test:${port}/wayback/available`,
      links: { resolve: { 'archive.test': '127.0.0.1' }, allowPrivateHosts: true },
    });
    expect(found.get('https://a.example/dead')?.url).toBe('https://web.archive.org/web/20230101000000/https://a.example/dead');
    expect(asked).toEqual(['https://a.example/dead']);
  });

  it('keeps to links.perHost requests at a time on the API host', async () => {
    asked.length = 0;
    maxInFlight = 0;
    const urls = Array.from({ length: 6 }, (_, i) => `https://a.example/dead/${i}`);
    const found = await findArchivedCopies(urls, { api: `http://127.0.0.1:${port}/wayback/available`, links: { perHost: 1 } });
    expect(found.size).toBe(6);
    expect(asked.sort()).toEqual([...urls].sort());
    expect(maxInFlight).toBe(1);
  });
});
