// The link engine's one-shot abort handles (src/links/abort.ts): what deadlines and requests listen to,
// and what undici's request() accepts in place of an AbortSignal.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AbortHandle } from '../../src/links/abort.js';
import { Agent } from '../../src/links/http-client.js';
import { sleep } from '../../src/links/retry.js';

describe('AbortHandle', () => {
  it('runs each listener once, in order, and keeps the first reason', () => {
    const handle = new AbortHandle();
    const calls: string[] = [];
    const removed = () => calls.push('removed');
    handle.addEventListener('abort', () => calls.push(`a:${String(handle.reason)}`));
    handle.addEventListener('abort', removed);
    handle.addEventListener('abort', () => calls.push('b'));
    handle.removeEventListener('abort', removed);
    handle.abort('first');
    handle.abort('second');
    handle.addEventListener('abort', () => calls.push('late'));
    expect(calls).toEqual(['a:first', 'b']);
    expect(handle).toMatchObject({ aborted: true, reason: 'first' });
  });

  it('stops sleep() with its reason', async () => {
    const handle = new AbortHandle();
    const slept = sleep(60_000, handle);
    handle.abort(new Error('stopped'));
    await expect(slept).rejects.toThrow('stopped');
  });
});

describe('AbortHandle as the signal of an undici request', () => {
  let server: http.Server;
  let origin: string;
  beforeAll(async () => {
    // Answers headers at once and never ends the body.
    server = http.createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.write('partial');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('aborts a request waiting for its answer, and a body being read, with the handle\'s reason', async () => {
    const agent = new Agent();
    try {
      const before = new AbortHandle();
      before.abort(new Error('aborted before'));
      await expect(agent.request({ origin, path: '/', method: 'GET', signal: before as unknown as AbortSignal })).rejects.toThrow('aborted before');

      const during = new AbortHandle();
      const res = await agent.request({ origin, path: '/', method: 'GET', signal: during as unknown as AbortSignal });
      const body = res.body.text();
      during.abort(new Error('aborted while reading'));
      await expect(body).rejects.toThrow('aborted while reading');
    } finally {
      await agent.destroy();
    }
  });
});
