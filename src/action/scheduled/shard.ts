// Scheduled scan › sharding: splits the unique URLs of very large trackers over `n` matrix jobs. Whole hosts
// go to one shard, so per-host politeness holds across jobs; the busiest hosts are placed first, each on the
// least loaded shard (ties broken by a hash of the host), so every job computes the same split. Each shard
// writes a report carrying its verdicts and cache history; the merge job validates (zod) and joins them.
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import { parseReasonCode } from '../../core/reasons.js';
import type { LinkVerdict } from '../../core/types.js';
import { InputError } from '../../io/read-tracker.js';
import type { CachedLink } from '../../links/cache.js';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** The politeness key of a URL: its lowercased host name (the whole string when it does not parse). */
export function shardHost(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return url;
  }
}

function hostHash(host: string): string {
  return createHash('sha256').update(host).digest('hex');
}

/** Shard number (1-based) of every host of `urls`. Deterministic for the same set of URLs. */
export function assignHosts(urls: Iterable<string>, count: number): Map<string, number> {
  const load = new Map<string, number>();
  for (const url of new Set(urls)) {
    const host = shardHost(url);
    load.set(host, (load.get(host) ?? 0) + 1);
  }
  const hosts = [...load].map(([host, urlCount]) => ({ host, urlCount, hash: hostHash(host) }));
  hosts.sort((a, b) => b.urlCount - a.urlCount || (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0));
  const shardLoad = Array.from({ length: count }, () => 0);
  const assignment = new Map<string, number>();
  for (const { host, urlCount } of hosts) {
    let target = 0;
    for (let i = 1; i < count; i++) if (shardLoad[i]! < shardLoad[target]!) target = i;
    shardLoad[target]! += urlCount;
    assignment.set(host, target + 1);
  }
  return assignment;
}

/** The URLs (in input order, duplicates dropped) that shard `spec.index` of `spec.count` checks. */
export function shardUrls(urls: readonly string[], spec: ShardSpec): string[] {
  const assignment = assignHosts(urls, spec.count);
  return [...new Set(urls)].filter((url) => assignment.get(shardHost(url)) === spec.index);
}

// ---------------------------------------------------------------- shard report

export const SHARD_REPORT_KIND = 'tracker-bot-shard-report';
export const SHARD_REPORT_VERSION = 1;

const verdictName = z.enum(['alive', 'redirected', 'dead', 'blocked', 'error', 'skipped']);
const isoDate = z.string().check(z.refine((s) => !Number.isNaN(Date.parse(s)), 'not a date'));

/** A verdict reason in its stable string form (reasonCode), read back into the Reason union. */
const reasonSchema = z.pipe(
  z.string().check(z.refine((code) => parseReasonCode(code) !== null, 'not a verdict reason')),
  z.transform((code: string) => parseReasonCode(code)!),
);

const linkVerdictSchema = z.object({
  url: z.string(),
  verdict: verdictName,
  status: z.nullable(z.int()),
  finalUrl: z.optional(z.string()),
  reason: reasonSchema,
  ms: z.number(),
  checkedAt: isoDate,
  fromCache: z.optional(z.boolean()),
  retryAt: z.optional(isoDate),
});

const cachedCheckShape = { verdict: verdictName, status: z.nullable(z.int()), checkedAt: isoDate };
const cachedCheckSchema = z.object(cachedCheckShape);

const cachedLinkSchema = z.object({
  ...cachedCheckShape,
  reason: z.string(),
  finalUrl: z.optional(z.string()),
  retryAt: z.optional(isoDate),
  history: z.array(cachedCheckSchema),
});

export const shardReportSchema = z.object({
  kind: z.literal(SHARD_REPORT_KIND),
  version: z.literal(SHARD_REPORT_VERSION),
  shard: z.object({ index: z.int().check(z.positive()), count: z.int().check(z.positive()) }),
  /** Commit the shard scanned; every shard of one merge must agree. */
  sha: z.string(),
  /** Canonical URLs this shard was responsible for. */
  urls: z.array(z.string()),
  verdicts: z.array(linkVerdictSchema),
  /** Cache entries (with verdict history) of this shard's URLs after its checks. */
  cache: z.record(z.string(), cachedLinkSchema),
  /** Canonical URLs of archived GitHub repositories. */
  archivedRepos: z.array(z.string()),
  warnings: z.array(z.string()),
});

export type ShardReport = z.output<typeof shardReportSchema>;
/** A shard report as written to its file (reasons in their string form). */
export type ShardReportFile = z.input<typeof shardReportSchema>;

export interface MergedShards {
  count: number;
  sha: string;
  urls: Set<string>;
  verdicts: Map<string, LinkVerdict>;
  cache: Map<string, CachedLink>;
  archivedRepos: Set<string>;
  warnings: string[];
}

/** Shard reports that cannot be merged: bad input to the merge job, failed by run.ts's one policy (exit 2, one line). */
export class ShardMergeError extends InputError {
  override readonly name = 'ShardMergeError';
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
  return `${where || '(top level)'}: ${issue.message}`;
}

/** Validates one shard report's JSON text; `origin` names the file in the one-line error. */
export function parseShardReport(text: string, origin: string): ShardReport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ShardMergeError(`${origin}: not valid JSON`);
  }
  const result = shardReportSchema.safeParse(data);
  if (!result.success) {
    const kind = (data as { kind?: unknown } | null)?.kind;
    if (kind !== SHARD_REPORT_KIND) throw new ShardMergeError(`${origin}: not a tracker-bot shard report`);
    throw new ShardMergeError(`${origin}: invalid shard report: ${describeZodIssue(result.error.issues[0]!)}`);
  }
  return result.data;
}

/**
 * Joins the shards of one scan. All shards 1..n must be present exactly once, agree on n and the commit,
 * and cover disjoint URL sets; anything else is a ShardMergeError (a one-line message).
 */
export function mergeShardReports(reports: readonly { origin: string; report: ShardReport }[]): MergedShards {
  if (reports.length === 0) throw new ShardMergeError('merge-reports matched no shard report');
  const count = reports[0]!.report.shard.count;
  const sha = reports[0]!.report.sha;
  const byIndex = new Map<number, string>();
  const merged: MergedShards = { count, sha, urls: new Set(), verdicts: new Map(), cache: new Map(), archivedRepos: new Set(), warnings: [] };
  for (const { origin, report } of reports) {
    if (report.shard.count !== count) throw new ShardMergeError(`${origin}: shard ${report.shard.index}/${report.shard.count} does not belong to a ${count}-shard scan`);
    if (report.sha !== sha) throw new ShardMergeError(`${origin}: scanned commit ${report.sha.slice(0, 7)}, other shards ${sha.slice(0, 7)}`);
    const previous = byIndex.get(report.shard.index);
    if (previous !== undefined) throw new ShardMergeError(`${origin}: shard ${report.shard.index}/${count} also comes from ${previous}`);
    byIndex.set(report.shard.index, origin);
    for (const url of report.urls) {
      if (merged.urls.has(url)) throw new ShardMergeError(`${origin}: URL ${url} was also checked by another shard`);
      merged.urls.add(url);
    }
    for (const verdict of report.verdicts) merged.verdicts.set(verdict.url, verdict as LinkVerdict);
    for (const [url, entry] of Object.entries(report.cache)) merged.cache.set(url, entry as CachedLink);
    for (const url of report.archivedRepos) merged.archivedRepos.add(url);
    merged.warnings.push(...report.warnings);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) throw new ShardMergeError(`merge-reports: missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')}`);
  return merged;
}
