// The private-address guard: on by default, applied to literal addresses, to resolved names
// (including `links.resolve` pins) and to every redirect hop, with no request sent when refused.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { reasonCode } from '../../src/core/reasons.js';
import { linksSchema } from '../../src/config/schema.js';
import { checkLinks, isPrivateAddress } from '../../src/links/index.js';
import { startLinkServer, type LinkServer } from '../support/link-server.js';

describe('isPrivateAddress', () => {
  it.each([
    '127.0.0.1',
    '127.5.6.7',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '100.100.100.200',
    '0.0.0.0',
    '::1',
    '::',
    'fe80::1',
    'fd00:ec2::254',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '::ffff:7f00:1',
    '224.0.0.1',
    'not-an-ip',
    // IPv4-compatible (::/96), IPv4-translated, NAT64 and 6to4 forms of private IPv4
    '::127.0.0.1',
    '::7f00:1',
    '::a9fe:a9fe',
    '::10.0.0.1',
    '::ffff:0:127.0.0.1',
    '::ffff:169.254.169.254',
    '64:ff9b::127.0.0.1',
    '64:ff9b::a9fe:a9fe',
    '64:ff9b::192.168.0.1',
    '2002:7f00:1::',
    '2002:a9fe:a9fe::1',
    '2002:c0a8:101::1',
  ])('%s is private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8', '2002:808:808::1'])('%s is public', (address) => {
    expect(isPrivateAddress(address)).toBe(false);
  });
});

describe('the guard in the engine', () => {
  let server: LinkServer;
  beforeAll(async () => {
    server = await startLinkServer({ addresses: ['127.0.0.1', '127.0.0.2'] });
  });
  afterAll(() => server.close());
  beforeEach(() => server.reset());

  const guarded = (overrides: Record<string, unknown> = {}) => linksSchema.parse({ timeout: '1s', retries: 0, ...overrides });

  it('is on by default', () => {
    expect(linksSchema.parse({}).allowPrivateHosts).toBe(false);
  });

  it('skips loopback links with no request sent', async () => {
    const urls = [server.url('/ok'), server.url('/ok', '127.0.0.2'), `http://[::1]:${server.port}/ok`, `http://localhost:${server.port}/ok`, `http://[::ffff:127.0.0.1]:${server.port}/ok`];
    const results = await checkLinks(urls, guarded());
    expect([...results.values()].map((v) => [v.verdict, reasonCode(v.reason)])).toEqual(urls.map(() => ['skipped', 'private-address']));
    expect(server.requests).toHaveLength(0);
  });

  const LOOPBACK_SPELLINGS = [
    '[::1]',
    '[0:0:0:0:0:0:0:1]',
    '[::]',
    '[::127.0.0.1]',
    '[::7f00:1]',
    '[0:0:0:0:0:0:127.0.0.1]',
    '[::ffff:127.0.0.1]',
    '[::ffff:7f00:1]',
    '[0:0:0:0:0:ffff:7f00:1]',
    '[::ffff:0:127.0.0.1]',
    '[64:ff9b::127.0.0.1]',
    '[64:ff9b::7f00:1]',
    '[2002:7f00:1::]',
    '[2002:7f00:1::1]',
  ];
  const METADATA_SPELLINGS = ['[::169.254.169.254]', '[::a9fe:a9fe]', '[::ffff:169.254.169.254]', '[::ffff:a9fe:a9fe]', '[64:ff9b::a9fe:a9fe]', '[2002:a9fe:a9fe::]', '[fd00:ec2::254]'];

  it.each([...LOOPBACK_SPELLINGS, ...METADATA_SPELLINGS])('refuses %s, literal or behind a redirect, with no request sent to it', async (host) => {
    const literal = `http://${host}:${server.port}/ok`;
    const viaRedirect = server.url(`/redirect/302?to=${encodeURIComponent(literal)}`, '127.0.0.2');
    const results = await checkLinks([literal, viaRedirect], guarded(), { allowAddresses: ['127.0.0.2'] });
    expect([...results.values()].map((v) => [v.verdict, reasonCode(v.reason)])).toEqual([
      ['skipped', 'private-address'],
      ['skipped', 'private-address'],
    ]);
    expect(server.requests.map((r) => r.localAddress)).toEqual(['127.0.0.2']);
  });

  it.each(['::ffff:127.0.0.1', '::127.0.0.1', '::ffff:0:127.0.0.1', '64:ff9b::127.0.0.1', '2002:7f00:1::1'])('refuses a name resolved to %s', async (address) => {
    const results = await checkLinks([server.url('/ok', 'pinned.example')], guarded({ resolve: { 'pinned.example': address } }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'skipped', reason: { kind: 'private-address' } });
    expect(server.requests).toHaveLength(0);
  });

  it('an IPv4-mapped address does reach the loopback server when private hosts are allowed (so the refusal above is real)', async () => {
    const results = await checkLinks([server.url('/ok', 'pinned.example')], guarded({ resolve: { 'pinned.example': '::ffff:127.0.0.1' }, allowPrivateHosts: true }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'alive' });
    expect(server.requests).toHaveLength(1);
  });

  it('applies to the resolved address: a public-looking name pinned to loopback is skipped', async () => {
    const results = await checkLinks([server.url('/ok', 'www.example.com')], guarded({ resolve: { 'www.example.com': '127.0.0.1' } }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'skipped', reason: { kind: 'private-address' } });
    expect(server.requests).toHaveLength(0);
  });

  it('the same name is checked when private hosts are allowed', async () => {
    const results = await checkLinks([server.url('/ok', 'www.example.com')], guarded({ resolve: { 'www.example.com': '127.0.0.1' }, allowPrivateHosts: true }));
    expect([...results.values()][0]).toMatchObject({ verdict: 'alive' });
    expect(server.requests.map((r) => r.host)).toEqual(['www.example.com']);
  });

  it('checks every redirect hop: a redirect into loopback is skipped and never followed', async () => {
    // 127.0.0.2 stands in for a public host (exempted); its redirect points at 127.0.0.1 and at a name pinned there.
    const intoLiteral = server.url(`/redirect/302?to=${encodeURIComponent(server.url('/ok?secret'))}`, 'public.example');
    const intoName = server.url(`/redirect/301?to=${encodeURIComponent(server.url('/ok?secret', 'internal.example'))}`, 'public.example');
    const results = await checkLinks([intoLiteral, intoName], guarded({ resolve: { 'public.example': '127.0.0.2', 'internal.example': '127.0.0.1' } }), { allowAddresses: ['127.0.0.2'] });
    expect([...results.values()].map((v) => [v.verdict, reasonCode(v.reason)])).toEqual([
      ['skipped', 'private-address'],
      ['skipped', 'private-address'],
    ]);
    expect(server.requests.map((r) => `${r.localAddress} ${r.path.split('?')[0]}`).sort()).toEqual(['127.0.0.2 /redirect/301', '127.0.0.2 /redirect/302']);
  });
});
