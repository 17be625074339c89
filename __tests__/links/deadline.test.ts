// One deadline per link (`links.deadline`, default 2 × timeout) covering every hop, fallback and retry, and
// one budget per run (`links.budget`): what runs out is reported — `error (deadline)` or `skipped
// (budget-exhausted)` — never dropped. Counted in requests, not in wall-clock time.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/links/index.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';
import { loopbackConfig } from './helpers.js';

let server: LinkServer;

beforeAll(async () => {
  server = await startLinkServer({ addresses: ['127.0.0.12'] });
});
afterAll(async () => {
  await server?.close();
});
afterEach(() => server.reset());

describe('links.deadline', () => {
  it('stops a server that never answers at the deadline instead of retrying on', async () => {
    const results = await checkLinks([server.url('/delay/60000')], loopbackConfig({ timeout: '200ms', retries: 5 }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'error', reason: { kind: 'deadline' }, status: null });
    // Six attempts without a deadline; 2 × 200 ms leaves room for two at most.
    expect(server.requests.length).toBeLessThanOrEqual(2);
  });

  it('covers a whole slow redirect chain, not each hop', async () => {
    const results = await checkLinks([server.url('/slowchain/150/20')], loopbackConfig({ timeout: '400ms', deadline: '500ms', retries: 3 }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'error', reason: { kind: 'deadline' } });
    expect(server.requests.length).toBeLessThan(8);
  });

  it('leaves a link that answers in time alone', async () => {
    const results = await checkLinks([server.url('/slowchain/10/3')], loopbackConfig({ timeout: '2s' }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'alive' });
  });
});

describe('links.budget', () => {
  it('reports every link left unchecked when the run budget runs out as skipped, none dropped', async () => {
    const urls = Array.from({ length: 6 }, (_, i) => server.url(`/delay/30000?n=${i}`));
    const results = await checkLinks(urls, loopbackConfig({ timeout: '20s', perHost: 2, budget: '300ms' }));
    expect(results.size).toBe(6);
    for (const verdict of results.values()) expect(verdict).toMatchObject({ verdict: 'skipped', reason: { kind: 'budget-exhausted' } });
  });

  it('takes the budget from the caller over the config', async () => {
    const results = await checkLinks([server.url('/delay/30000')], loopbackConfig({ timeout: '20s' }), { budgetMs: 200 });
    expect([...results.values()][0]).toMatchObject({ verdict: 'skipped', reason: { kind: 'budget-exhausted' } });
  });
});
