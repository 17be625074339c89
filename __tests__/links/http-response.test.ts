// The link engine's own request path (src/links/http-response.ts: undici's dispatch() with a small response
// handler instead of request()), against a real loopback server: bodies arrive whole through backpressure,
// headers parse as request() parses them, a body read to its end keeps the connection and one given up drops
// it, and aborts before and after the answer surface as request()'s did.
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortHandle } from '../../src/links/abort.js';
import { Agent } from '../../src/links/http-client.js';
import { sendRequest } from '../../src/links/http-response.js';

const BIG_BYTES = 1024 * 1024;
/** A megabyte whose bytes say where they are, so a lost or reordered chunk shows. */
const big = Buffer.from(Array.from({ length: BIG_BYTES / 8 }, (_, i) => String(i % 10_000_000).padStart(8, '0')).join(''));

describe('sendRequest', () => {
  let server: http.Server;
  let origin: string;
  /** Sockets the server accepted, in order, and for each request served, the index of its socket. */
  const sockets: Socket[] = [];
  const served: number[] = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      served.push(sockets.indexOf(req.socket));
      if (req.url === '/big') {
        res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': big.length });
        res.end(big);
      } else if (req.url === '/hang') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('partial');
      } else if (req.url === '/silent') {
        // never answers
      } else {
        res.setHeader('set-cookie', ['a=1', 'b=2']);
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'X-Mixed-Case': 'yes' });
        res.end(req.method === 'HEAD' ? undefined : '<title>small</title>');
      }
    });
    server.on('connection', (socket) => sockets.push(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const request = (agent: InstanceType<typeof Agent>, path: string, method: 'GET' | 'HEAD' = 'GET', signal?: AbortHandle) =>
    sendRequest(agent, { origin, path, method, headers: { 'user-agent': 'test' }, reset: false, ...(signal ? { signal } : {}) });

  it('reads a body larger than its buffer whole and in order, with request()-style headers', async () => {
    const agent = new Agent({ connections: 1 });
    try {
      const res = await request(agent, '/big');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-length']).toBe(String(BIG_BYTES));
      const bytes = await res.body.bytes();
      expect(bytes.equals(big)).toBe(true);

      const small = await request(agent, '/small');
      expect(small.headers['set-cookie']).toEqual(['a=1', 'b=2']);
      expect(small.headers['x-mixed-case']).toBe('yes');
      expect((await small.body.bytes()).toString()).toBe('<title>small</title>');
    } finally {
      await agent.destroy();
    }
  });

  it('keeps the connection after a body read or dumped to its end, and drops it for a body given up', async () => {
    const agent = new Agent({ connections: 1 });
    try {
      const from = served.length;
      await (await request(agent, '/small', 'HEAD')).body.dump({ limit: 32 * 1024 });
      await (await request(agent, '/small')).body.dump({ limit: 32 * 1024 });
      await (await request(agent, '/small')).body.bytes();
      // Announced over the dump limit: given up, so the next request needs a new connection.
      await (await request(agent, '/big')).body.dump({ limit: 32 * 1024 });
      await (await request(agent, '/small')).body.bytes();
      // Left after its first bytes: the same.
      const res = await request(agent, '/big');
      for await (const chunk of res.body) {
        expect(chunk.length).toBeGreaterThan(0);
        break;
      }
      expect(res.body.destroyed).toBe(true);
      await (await request(agent, '/small')).body.bytes();
      const [a, b, c, bigDumped, afterDump, bigLeft, afterLeft] = served.slice(from);
      expect(served.length - from).toBe(7);
      expect([b, c, bigDumped]).toEqual([a, a, a]);
      expect(afterDump).not.toBe(bigDumped);
      expect(afterLeft).not.toBe(bigLeft);
    } finally {
      await agent.destroy();
    }
  });

  it('rejects with the signal\'s reason before the answer, and fails the body with it after', async () => {
    const agent = new Agent();
    try {
      const early = new AbortHandle();
      early.abort(new Error('aborted before'));
      await expect(request(agent, '/small', 'GET', early)).rejects.toThrow('aborted before');

      const waiting = new AbortHandle();
      const pending = request(agent, '/silent', 'GET', waiting);
      setImmediate(() => waiting.abort(new Error('aborted while waiting')));
      await expect(pending).rejects.toThrow('aborted while waiting');

      const during = new AbortHandle();
      const res = await request(agent, '/hang', 'GET', during);
      const body = res.body.bytes();
      during.abort(new Error('aborted while reading'));
      await expect(body).rejects.toThrow('aborted while reading');
    } finally {
      await agent.destroy();
    }
  });

  it('rejects with undici\'s error when nothing answers', async () => {
    const agent = new Agent();
    try {
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise((resolve) => closed.close(resolve));
      await expect(sendRequest(agent, { origin: `http://127.0.0.1:${port}`, path: '/', method: 'GET', headers: {} })).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    } finally {
      await agent.destroy();
    }
  });
});
