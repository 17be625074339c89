// Core › options: the shapes the core and the link engine are configured with. The core owns them;
// src/config validates `.tracker-bot.yml` (raw YAML) into exactly these types (see src/config/schema.ts,
// which asserts at compile time that its zod output and these interfaces agree).
import type { RuleSetting } from './types.js';

/** Date formats a date column accepts: day, month or year precision. */
export const DATE_FORMATS = ['YYYY-MM-DD', 'YYYY.MM.DD', 'YYYY/MM/DD', 'YYYY-MM', 'YYYY.MM', 'YYYY/MM', 'YYYY'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

export const COLUMN_TYPES = ['link', 'links', 'text', 'date', 'rating'] as const;
export type ColumnType = (typeof COLUMN_TYPES)[number];

export const RULE_SETTINGS = ['off', 'warning', 'error'] as const;

export interface ColumnConfig {
  /** Header text; may be empty for a column addressed by `index`. */
  name: string;
  /** 1-based position of the column: matches it by place (needed when its header is empty). */
  index?: number | undefined;
  type: ColumnType;
  required?: boolean | undefined;
  /** Other header names accepted for this column. */
  aliases?: string[] | undefined;
  symbol?: string | undefined;
  min?: number | undefined;
  max?: number | undefined;
  /** Ratings: `plain` (⭐⭐) or `emoji` (⭐️⭐️). Default: the file's own majority. */
  style?: 'plain' | 'emoji' | undefined;
  /** Dates: one accepted format or a list of them. Default: YYYY-MM-DD. */
  format?: DateFormat | DateFormat[] | undefined;
}

export interface SortKey {
  column: string;
  order: 'asc' | 'desc';
}

/** One table schema: which tables it describes (by header, optionally by section) and their columns and sort. */
export interface TableSchemaConfig {
  /** Only tables under a heading that contains one of these texts (case-insensitive). */
  section?: string | string[] | undefined;
  columns: ColumnConfig[];
  sort?: SortKey[] | undefined;
}

export interface DuplicatesConfig {
  /** Where a repeated link counts as a duplicate: anywhere in the file, within a section, or within a table. */
  scope: 'file' | 'section' | 'table';
  /** Sections (heading text contains one of these, case-insensitive) that may repeat entries listed elsewhere. */
  exempt: string[];
}

/** Status codes (200) or ranges ("200-299"). */
export type StatusList = (number | string)[];

/** The link engine's options (`links:`); durations in milliseconds, host keys normalised (ASCII, lowercase). */
export interface LinksConfig {
  /** Unset: perHost × the number of distinct hosts, at most 128. */
  concurrency?: number | undefined;
  perHost: number;
  interval: number;
  timeout: number;
  retries: number;
  /** One link's whole check (every hop, HEAD→GET fallback and retry); default 2 × timeout. */
  deadline?: number | undefined;
  /** A whole run's link checking; links not checked in time are `skipped`. */
  budget?: number | undefined;
  retryAfterCap: number;
  allowPrivateHosts: boolean;
  /** host → address, like curl --resolve. */
  resolve: Record<string, string>;
  /** Regular expressions (compiled with the `u` flag) a URL must / must not match to be checked. */
  include: string[];
  exclude: string[];
  /** host → header name → value. */
  headers: Record<string, Record<string, string>>;
  /** Status codes or ranges treated as alive: a list (global) or host → list. */
  accept: StatusList | Record<string, StatusList>;
  /** host → extra soft-404 patterns (regular expression source, `u` flag). */
  signatures: Record<string, string[]>;
  cache?: string | undefined;
  cacheTtl: number;
  /** Body bytes of an alive HTML page read for its facts; 0 turns facts off. */
  factsBytes: number;
  archiveApi: string;
}

/** A rule's entry under `rules:`: a severity, or a mapping with an optional severity and the rule's own options. */
export type RuleEntry = RuleSetting | { severity?: RuleSetting | undefined; [option: string]: unknown };

/** Everything the core is configured with (the validated `.tracker-bot.yml`). */
export interface Config {
  files: string[];
  lang: 'auto' | 'en' | 'zh';
  columns?: ColumnConfig[] | undefined;
  sort?: SortKey[] | undefined;
  /** Several table schemas, each matched to tables by header (and optionally section). */
  tables?: TableSchemaConfig[] | undefined;
  placeholders: string[];
  duplicates: DuplicatesConfig;
  rules: Record<string, RuleEntry>;
  links: LinksConfig;
}

/**
 * "500ms", "3s", "2m", "1h", "7d" → milliseconds; bare numbers are milliseconds.
 * Throws an Error naming the value for anything else.
 */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') return value;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/.exec(value);
  if (!m) throw new Error(`invalid duration "${value}" (use e.g. 500ms, 3s, 2m, 7d)`);
  const n = Number(m[1]);
  const unit = m[2] ?? 'ms';
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[unit]!;
  return Math.round(n * factor);
}

/**
 * Flags every user-written regular expression (`links.include`, `links.exclude`, `links.signatures`) is
 * compiled with. Config validation compiles with the same flags, so a pattern that loads never throws later.
 */
export const USER_REGEX_FLAGS = 'u';

/** A user-written pattern compiled as the engine compiles it; throws the engine's SyntaxError. */
export function compileUserRegex(source: string): RegExp {
  return new RegExp(source, USER_REGEX_FLAGS);
}
