// Config schema: the shape of `.tracker-bot.yml`, validated with zod. Pure (no fs).
// The loader (src/config/load.ts) turns YAML text into a validated Config or a one-line error.
import { z } from 'zod';

/** "500ms", "3s", "2m", "1h", "7d" → milliseconds. Bare numbers are milliseconds. */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!m) throw new Error(`invalid duration "${value}" (use e.g. 500ms, 3s, 2m, 7d)`);
  const n = Number(m[1]);
  const unit = m[2] ?? 'ms';
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit]!;
  return Math.round(n * factor);
}

const duration = z.union([z.string(), z.number().nonnegative()]).transform((v, ctx) => {
  try {
    return parseDuration(v);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

export const RULE_SETTINGS = ['off', 'warning', 'error'] as const;

export const columnSchema = z
  .object({
    name: z.string().min(1),
    type: z.enum(['link', 'text', 'date', 'rating']).default('text'),
    required: z.boolean().optional(),
    /** Other header names accepted for this column. */
    aliases: z.array(z.string().min(1)).optional(),
    symbol: z.string().min(1).optional(),
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
  })
  .strict();

export const sortKeySchema = z
  .object({
    column: z.string().min(1),
    order: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();

const statusList = z.array(z.union([z.number().int(), z.string().regex(/^\d{3}(-\d{3})?$/)]));

export const linksSchema = z
  .object({
    concurrency: z.number().int().positive().default(64),
    perHost: z.number().int().positive().default(4),
    interval: duration.default(0),
    timeout: duration.default(20_000),
    retries: z.number().int().nonnegative().default(2),
    retryAfterCap: duration.default(60_000),
    allowPrivateHosts: z.boolean().default(false),
    /** host → address, like curl --resolve. */
    resolve: z.record(z.string(), z.string()).default({}),
    include: z.array(z.string()).default([]),
    exclude: z.array(z.string()).default([]),
    /** host → header name → value. */
    headers: z.record(z.string(), z.record(z.string(), z.string())).default({}),
    /** Status codes or ranges ("200-299") treated as alive: a list (global) or host → list. */
    accept: z.union([statusList, z.record(z.string(), statusList)]).default([]),
    /** host → extra soft-404 patterns (regex source); a match on a short page means dead. */
    signatures: z.record(z.string(), z.array(z.string())).default({}),
    cache: z.string().optional(),
    cacheTtl: duration.default(7 * 86_400_000),
    archiveApi: z.string().default('https://archive.org/wayback/available'),
  })
  .strict();

export const configSchema = z
  .object({
    files: z.array(z.string().min(1)).default(['README.md']),
    lang: z.enum(['auto', 'en', 'zh']).default('auto'),
    columns: z.array(columnSchema).min(1).optional(),
    sort: z.array(sortKeySchema).optional(),
    rules: z.record(z.string(), z.enum(RULE_SETTINGS)).default({}),
    links: linksSchema.default(() => linksSchema.parse({})),
  })
  .strict();

export type Config = z.output<typeof configSchema>;
export type ColumnConfig = z.output<typeof columnSchema>;
export type SortKey = z.output<typeof sortKeySchema>;
export type LinksConfig = z.output<typeof linksSchema>;

export function defaultConfig(): Config {
  return configSchema.parse({});
}
