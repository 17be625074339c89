// Link engine › archived copies: asks a Wayback-Machine-style availability API (`GET {api}?url=…` →
// `{archived_snapshots:{closest:{available,url,timestamp}}}`, archive.org/help/wayback_api.php) for a
// snapshot of each dead link, to suggest as its replacement. Its requests go through the engine's own
// connection rules: `links.resolve` pinning and the private-address guard (guardedLookup), the per-host
// politeness of RequestScheduler, and a body read capped like a link check's. A failed lookup only
// means no suggestion.
import * as z from 'zod/mini';
import type { LinksConfig } from '../core/options.js';
import { addressChecker, guardedLookup, ipLiteral } from './guard.js';
import { Agent } from './http-client.js';
import { MAX_BODY_BYTES } from './probe.js';
import { RequestScheduler } from './scheduler.js';

/** Reads at most `limit` bytes of a response body (like a link check's), then drops the connection. */
async function readCapped(body: AsyncIterable<Buffer> & { destroy(): void; on(event: 'error', listener: () => void): void }, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      chunks.push(chunk);
      size += chunk.length;
      if (size > limit) throw new Error(`response over ${Math.round(limit / 1024)} KB`);
    }
  } finally {
    body.on('error', () => undefined);
    body.destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}

const availabilitySchema = z.object({
  archived_snapshots: z.optional(
    z.object({
      closest: z.optional(
        z.object({
          available: z.optional(z.boolean()),
          url: z.string(),
          timestamp: z.optional(z.string()),
          status: z.optional(z.string()),
        }),
      ),
    }),
  ),
});

export interface ArchivedSnapshot {
  url: string;
  /** YYYYMMDDhhmmss, as the archive reports it. */
  timestamp: string | null;
}

export interface ArchiveLookupOptions {
  /** Base URL of the availability API (links.archiveApi). */
  api: string;
  /**
   * The link engine's connection settings: `resolve` pins host names, `allowPrivateHosts` lets the
   * guard through, `perHost`/`interval` pace the requests. Defaults: no pins, the guard on, 4 at once.
   * The API's own address, when `api` names an IP literal, is exempt from the guard: it is configured,
   * not read from a tracker.
   */
  links?: Partial<Pick<LinksConfig, 'resolve' | 'allowPrivateHosts' | 'perHost' | 'interval'>>;
  /** Per lookup, in milliseconds (default 15 s). */
  timeoutMs?: number;
  /** Told about each failed lookup (the scan goes on without a suggestion). */
  onFailure?: (url: string, reason: string) => void;
}

function safeSnapshotUrl(raw: string): string | null {
  try {
    const parsed = new URL(raw);
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
    // web.archive.org answers http:// URLs; the https form is the same snapshot.
    if (parsed.protocol === 'http:' && parsed.hostname === 'web.archive.org') parsed.protocol = 'https:';
    return parsed.href;
  } catch {
    return null;
  }
}

function failureText(error: unknown): string {
  const e = error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException };
  return e.cause?.message ?? e.message;
}

async function lookupOne(agent: Agent, url: string, api: URL, timeoutMs: number): Promise<ArchivedSnapshot | null> {
  const endpoint = new URL(api);
  endpoint.searchParams.set('url', url);
  const response = await agent.request({
    origin: endpoint.origin,
    path: endpoint.pathname + endpoint.search,
    method: 'GET',
    headers: { accept: 'application/json', 'user-agent': 'tracker-bot (dead-link scan)' },
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (response.statusCode !== 200) {
    await response.body.dump({ limit: 64 * 1024 }).catch(() => undefined);
    throw new Error(`HTTP ${response.statusCode}`);
  }
  // An availability answer is a few hundred bytes; a body of any size (5 GB was measured) is refused.
  const text = await readCapped(response.body as unknown as Parameters<typeof readCapped>[0], MAX_BODY_BYTES);
  const parsed = availabilitySchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error('unexpected response shape');
  const closest = parsed.data.archived_snapshots?.closest;
  if (!closest || closest.available === false || (closest.status !== undefined && !closest.status.startsWith('2'))) return null;
  const snapshotUrl = safeSnapshotUrl(closest.url);
  return snapshotUrl ? { url: snapshotUrl, timestamp: closest.timestamp ?? null } : null;
}

/** Snapshot per URL (URLs without one, or whose lookup failed, are absent). Never throws. */
export async function findArchivedCopies(urls: readonly string[], options: ArchiveLookupOptions): Promise<Map<string, ArchivedSnapshot>> {
  const found = new Map<string, ArchivedSnapshot>();
  const unique = [...new Set(urls)];
  if (unique.length === 0) return found;
  let api: URL;
  try {
    api = new URL(options.api);
    if (api.protocol !== 'http:' && api.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    for (const url of unique) options.onFailure?.(url, `links.archiveApi "${options.api}" is not a URL`);
    return found;
  }
  const links = options.links ?? {};
  const perHost = links.perHost ?? 4;
  const literal = ipLiteral(api.hostname);
  const mayConnect = addressChecker({ allowPrivateHosts: links.allowPrivateHosts ?? false, allowAddresses: literal ? [literal] : [] });
  const timeoutMs = options.timeoutMs ?? 15_000;
  const agent = new Agent({ connections: perHost, connect: { lookup: guardedLookup(links.resolve ?? {}, mayConnect), timeout: Math.min(timeoutMs, 10_000) } });
  const scheduler = new RequestScheduler({ concurrency: perHost, perHost, intervalMs: links.interval ?? 0 });
  try {
    await Promise.all(
      unique.map(async (url) => {
        try {
          const snapshot = await scheduler.run(api.host, () => lookupOne(agent, url, api, timeoutMs));
          if (snapshot) found.set(url, snapshot);
        } catch (error) {
          options.onFailure?.(url, failureText(error));
        }
      }),
    );
  } finally {
    scheduler.dispose();
    await agent.close().catch(() => undefined);
  }
  return found;
}
