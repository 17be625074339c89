// The link cache file belongs to the faces: stored and read back here, while the engine only parses and
// serializes the verdict history it is given.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readLinkCacheFile, writeLinkCacheFile } from '../../src/io/link-cache-file.js';
import { LinkCache } from '../../src/links/cache.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tb-cache-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const verdict = (url: string, v: 'alive' | 'dead', checkedAt: string) => ({ url, verdict: v, status: v === 'alive' ? 200 : 404, reason: { kind: 'http-status' as const, status: v === 'alive' ? 200 : 404 }, ms: 1, checkedAt });

describe('link cache file', () => {
  it('writes the history into a new folder and reads it back', async () => {
    const file = join(dir, 'nested', 'cache.json');
    const cache = LinkCache.empty(file);
    cache.record(verdict('https://a.example/', 'dead', '2026-01-01T00:00:00.000Z'));
    cache.record(verdict('https://a.example/', 'dead', '2026-01-02T00:00:00.000Z'));
    await writeLinkCacheFile(cache, file);
    expect(await readFile(file, 'utf8')).toBe(cache.serialize());
    const { cache: again, warning } = await readLinkCacheFile(file, Date.parse('2026-01-03T00:00:00Z'));
    expect(warning).toBeUndefined();
    expect(again.consecutiveDead('https://a.example/')).toBe(2);
  });

  it('reads a missing file as an empty cache and a corrupt one as empty with one warning', async () => {
    expect((await readLinkCacheFile(join(dir, 'none.json'))).cache.size).toBe(0);
    await writeFile(join(dir, 'bad.json'), '{not json');
    const { cache, warning } = await readLinkCacheFile(join(dir, 'bad.json'));
    expect(cache.size).toBe(0);
    expect(warning).toMatch(/^link cache .*bad\.json is not valid JSON; ignoring it$/);
  });

  it('refuses to write where a folder cannot be made, in one line', async () => {
    await writeFile(join(dir, 'file'), 'x');
    await expect(writeLinkCacheFile(LinkCache.empty('x'), join(dir, 'file', 'cache.json'))).rejects.toThrow(/^could not write link cache .*cache\.json: [^\n]+$/);
  });
});
