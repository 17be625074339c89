// Scheduled scan › archived copies: asks a Wayback-Machine-style availability API
// (`GET {api}?url=…` → `{archived_snapshots:{closest:{available,url,timestamp}}}`) for a snapshot of each
// confirmed dead link, to suggest as its replacement. A failed lookup only means no suggestion.
import { Agent, request } from 'undici';
import * as z from 'zod/mini';
import { MAX_BODY_BYTES } from '../../links/index.js';

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
  timeoutMs?: number;
  /** Lookups in flight at once. */
  concurrency?: number;
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

async function lookupOne(agent: Agent, url: string, options: ArchiveLookupOptions): Promise<ArchivedSnapshot | null> {
  const endpoint = new URL(options.api);
  endpoint.searchParams.set('url', url);
  const timeout = options.timeoutMs ?? 15_000;
  const response = await request(endpoint, {
    dispatcher: agent,
    headers: { accept: 'application/json', 'user-agent': 'tracker-bot (dead-link scan)' },
    signal: AbortSignal.timeout(timeout),
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
  try {
    new URL(options.api);
  } catch {
    for (const url of unique) options.onFailure?.(url, `links.archiveApi "${options.api}" is not a URL`);
    return found;
  }
  const agent = new Agent({ connections: options.concurrency ?? 4 });
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const url = unique[next++]!;
      try {
        const snapshot = await lookupOne(agent, url, options);
        if (snapshot) found.set(url, snapshot);
      } catch (error) {
        options.onFailure?.(url, (error as Error).message);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 4, unique.length) }, worker));
  } finally {
    await agent.close().catch(() => undefined);
  }
  return found;
}
