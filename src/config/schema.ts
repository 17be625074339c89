// Config schema: the shape of `.tracker-bot.yml`, validated with zod. Pure (no fs).
// The loader (src/config/load.ts) turns YAML text into a validated Config or a one-line error.
// The types themselves belong to the core (src/core/options.ts); this file validates raw input into them
// and checks at compile time that the zod output and the core's interfaces agree.
import * as z from 'zod/mini';
import { en } from 'zod/locales';
import {
  COLUMN_TYPES,
  DATE_FORMATS,
  RULE_SETTINGS,
  parseDuration,
  type ColumnConfig,
  type Config,
  type DuplicatesConfig,
  type LinksConfig,
  type RuleEntry,
  type SortKey,
  type TableSchemaConfig,
} from '../core/options.js';
import { CONFIG_DEFAULTS, DUPLICATES_DEFAULTS, LINKS_DEFAULTS } from './defaults.js';

export { COLUMN_TYPES, DATE_FORMATS, RULE_SETTINGS, parseDuration };
export type { ColumnConfig, Config, DateFormat, DuplicatesConfig, LinksConfig, RuleEntry, SortKey, TableSchemaConfig } from '../core/options.js';

// zod/mini keeps the CLI bundle small (startup time); the English locale gives readable messages.
z.config(en());

const duration = z.pipe(
  z.union([z.string(), z.number().check(z.nonnegative())]),
  z.transform((v: string | number, ctx) => {
    try {
      return parseDuration(v);
    } catch (e) {
      ctx.issues.push({ code: 'custom', message: (e as Error).message, input: v });
      return z.NEVER;
    }
  }),
);

const nonEmpty = () => z.string().check(z.minLength(1));
const withDefault = <T extends z.ZodMiniType>(schema: T, value: z.output<T>) => z._default(schema, value as never);

export const columnSchema = z.strictObject({
  /** Header text; may be empty for a column addressed by `index`. */
  name: withDefault(z.string(), ''),
  /** 1-based position of the column: matches it by place (needed when its header is empty). */
  index: z.optional(z.int().check(z.positive())),
  type: withDefault(z.enum(COLUMN_TYPES), 'text'),
  required: z.optional(z.boolean()),
  /** Other header names accepted for this column. */
  aliases: z.optional(z.array(nonEmpty())),
  symbol: z.optional(nonEmpty()),
  min: z.optional(z.int().check(z.nonnegative())),
  max: z.optional(z.int().check(z.positive())),
  /** Ratings: `plain` (⭐⭐) or `emoji` (⭐️⭐️, a variation selector on each symbol). Default: the file's own majority. */
  style: z.optional(z.enum(['plain', 'emoji'])),
  /** Dates: one accepted format or a list of them. Default: YYYY-MM-DD. */
  format: z.optional(z.union([z.enum(DATE_FORMATS), z.array(z.enum(DATE_FORMATS)).check(z.minLength(1))])),
});

export const sortKeySchema = z.strictObject({
  column: nonEmpty(),
  order: withDefault(z.enum(['asc', 'desc']), 'asc'),
});

/** One table schema: which tables it describes (by header, optionally by section) and their columns and sort. */
export const tableSchemaConfig = z.strictObject({
  /** Only tables under a heading that contains one of these texts (case-insensitive). */
  section: z.optional(z.union([nonEmpty(), z.array(nonEmpty())])),
  columns: z.array(columnSchema).check(z.minLength(1)),
  sort: z.optional(z.array(sortKeySchema)),
});

export const duplicatesSchema = z.strictObject({
  /** Where a repeated link counts as a duplicate: anywhere in the file, within a section, or within a table. */
  scope: withDefault(z.enum(['file', 'section', 'table']), DUPLICATES_DEFAULTS.scope),
  /** Sections (heading text contains one of these, case-insensitive) that may repeat entries listed elsewhere. */
  exempt: withDefault(z.array(nonEmpty()), DUPLICATES_DEFAULTS.exempt),
});

const statusList = z.array(z.union([z.int(), z.string().check(z.regex(/^\d{3}(-\d{3})?$/))]));

export const linksSchema = z.strictObject({
  /** Unset: perHost × the number of distinct hosts, at most 128 (see links/check.ts defaultConcurrency). */
  concurrency: z.optional(z.int().check(z.positive())),
  perHost: withDefault(z.int().check(z.positive()), LINKS_DEFAULTS.perHost),
  interval: withDefault(duration, LINKS_DEFAULTS.interval),
  timeout: withDefault(duration, LINKS_DEFAULTS.timeout),
  retries: withDefault(z.int().check(z.nonnegative()), LINKS_DEFAULTS.retries),
  /** One link's whole check (every hop, HEAD→GET fallback and retry); default 2 × timeout. */
  deadline: z.optional(duration),
  /** A whole run's link checking; links not checked in time are `skipped`. Default: 10 min on a pull request, 60 min on a schedule, none on the CLI. */
  budget: z.optional(duration),
  retryAfterCap: withDefault(duration, LINKS_DEFAULTS.retryAfterCap),
  allowPrivateHosts: withDefault(z.boolean(), LINKS_DEFAULTS.allowPrivateHosts),
  /** host → address, like curl --resolve. */
  resolve: withDefault(z.record(z.string(), z.string()), LINKS_DEFAULTS.resolve),
  include: withDefault(z.array(z.string()), LINKS_DEFAULTS.include),
  exclude: withDefault(z.array(z.string()), LINKS_DEFAULTS.exclude),
  /** host → header name → value. */
  headers: withDefault(z.record(z.string(), z.record(z.string(), z.string())), LINKS_DEFAULTS.headers),
  /** Status codes or ranges ("200-299") treated as alive: a list (global) or host → list. */
  accept: withDefault(z.union([statusList, z.record(z.string(), statusList)]), LINKS_DEFAULTS.accept),
  /** host → extra soft-404 patterns (regex source); a match on a short page means dead. */
  signatures: withDefault(z.record(z.string(), z.array(z.string())), LINKS_DEFAULTS.signatures),
  cache: z.optional(z.string()),
  cacheTtl: withDefault(duration, LINKS_DEFAULTS.cacheTtl),
  /** Body bytes of an alive HTML page read for its facts (title, publisher, publish day); 0 turns facts off. */
  factsBytes: withDefault(z.int().check(z.nonnegative()), LINKS_DEFAULTS.factsBytes),
  archiveApi: withDefault(z.string(), LINKS_DEFAULTS.archiveApi),
});

/**
 * A rule's entry under `rules:`: a severity, or a mapping with an optional `severity` and the
 * rule's own options (each rule validates its options: Rule.parseOptions).
 */
export const ruleEntrySchema = z.union([z.enum(RULE_SETTINGS), z.looseObject({ severity: z.optional(z.enum(RULE_SETTINGS)) })]);

export const configSchema = z.strictObject({
  files: withDefault(z.array(nonEmpty()), CONFIG_DEFAULTS.files),
  lang: withDefault(z.enum(['auto', 'en', 'zh']), CONFIG_DEFAULTS.lang),
  columns: z.optional(z.array(columnSchema).check(z.minLength(1))),
  sort: z.optional(z.array(sortKeySchema)),
  /** Several table schemas, each matched to tables by header (and optionally section). */
  tables: z.optional(z.array(tableSchemaConfig).check(z.minLength(1))),
  placeholders: withDefault(z.array(z.string()), CONFIG_DEFAULTS.placeholders),
  duplicates: z._default(duplicatesSchema, () => duplicatesSchema.parse({})),
  rules: withDefault(z.record(z.string(), ruleEntrySchema), CONFIG_DEFAULTS.rules),
  links: z._default(linksSchema, () => linksSchema.parse({})),
});

/** Compile-time proof that validation yields exactly the core's types (both directions). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree: [
  Same<z.output<typeof configSchema>, Config>,
  Same<z.output<typeof columnSchema>, ColumnConfig>,
  Same<z.output<typeof sortKeySchema>, SortKey>,
  Same<z.output<typeof tableSchemaConfig>, TableSchemaConfig>,
  Same<z.output<typeof duplicatesSchema>, DuplicatesConfig>,
  Same<z.output<typeof linksSchema>, LinksConfig>,
  Same<z.output<typeof ruleEntrySchema>, RuleEntry>,
] = [true, true, true, true, true, true, true];
void agree;
