// Misbehaving servers and scheduler edge cases: a server that sends a body after HEAD (the
// engine keeps HEAD connections alive, so the stray bytes must not turn into wrong verdicts),
// and waiting requests that are aborted or queued behind a busy host.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkLinks } from '../../src/links/index.js';
import { RequestScheduler } from '../../src/links/scheduler.js';
import { loopbackConfig } from './helpers.js';

describe('a server that answers HEAD with a body', () => {
  let server: net.Server;
  let port = 0;
  let requests = 0;
  beforeAll(async () => {
    server = net.createServer((socket) => {
      let buffered = '';
      socket.on('data', (chunk) => {
        buffered += chunk.toString('latin1');
        let end: number;
        while ((end = buffered.indexOf('\r\n\r\n')) >= 0) {
          buffered = buffered.slice(end + 4);
          requests++;
          socket.write('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 12\r\nConnection: keep-alive\r\n\r\n<p>body</p>\n');
        }
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.4', resolve));
    port = (server.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('still judges every link alive', async () => {
    const urls = Array.from({ length: 6 }, (_, i) => `http://127.0.0.4:${port}/page/${i}`);
    const results = await checkLinks(urls, loopbackConfig({ perHost: 1, retries: 0 }));
    expect([...results.values()].map((v) => v.verdict)).toEqual(urls.map(() => 'alive'));
    expect(requests).toBe(6); // no retries were needed: undici drops such a connection after the response
  });
});

describe('RequestScheduler', () => {
  const deferred = () => {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => (resolve = r));
    return { promise, resolve };
  };

  it('starts requests to one host at least intervalMs apart (fake clock)', async () => {
    vi.useFakeTimers({ now: 0 });
    try {
      const scheduler = new RequestScheduler({ concurrency: 8, perHost: 4, intervalMs: 150 });
      const starts: number[] = [];
      const runs = Array.from({ length: 4 }, () => scheduler.run('slow.test', async () => void starts.push(Date.now())));
      await vi.runAllTimersAsync();
      await Promise.all(runs);
      expect(starts).toEqual([0, 150, 300, 450]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('serves the host with the longest queue first when a global slot frees', async () => {
    const scheduler = new RequestScheduler({ concurrency: 1, perHost: 4, intervalMs: 0 });
    const order: string[] = [];
    const gate = deferred();
    const first = scheduler.run('blocker', () => gate.promise);
    const tasks = [...['small', 'big', 'big', 'big'].map((host, i) => scheduler.run(host, async () => void order.push(`${host}${i}`)))];
    gate.resolve();
    await Promise.all([first, ...tasks]);
    expect(order[0]).toBe('big1');
  });

  it('an aborted waiter leaves the queue and rejects with the reason', async () => {
    const scheduler = new RequestScheduler({ concurrency: 1, perHost: 1, intervalMs: 0 });
    const gate = deferred();
    const running = scheduler.run('h', () => gate.promise);
    const controller = new AbortController();
    let ran = false;
    const waiting = scheduler.run('h', async () => void (ran = true), controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(waiting).rejects.toThrow('cancelled');
    gate.resolve();
    await running;
    await scheduler.run('h', async () => undefined);
    expect(ran).toBe(false);
  });
});
