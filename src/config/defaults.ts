// Config › defaults: the built-in value of every top-level config key, and the Config of a run without a
// config file. Free of zod on purpose: such a run (the common case) never loads the validator, which
// costs about 15 ms of start-up. The schema (schema.ts) takes its defaults from here, so each is
// written once; a test holds validateConfig({}) equal to defaultConfig().
import type { Config, DuplicatesConfig, LinksConfig } from '../core/options.js';
import { DEFAULT_PLACEHOLDERS } from '../core/placeholders.js';

/** The config file a run reads when none is named (a missing one means the defaults). */
export const DEFAULT_CONFIG_PATH = '.tracker-bot.yml';

/** `links:` defaults; durations in milliseconds. */
export const LINKS_DEFAULTS: Readonly<LinksConfig> = {
  perHost: 4,
  interval: 0,
  timeout: 20_000,
  retries: 2,
  retryAfterCap: 60_000,
  allowPrivateHosts: false,
  resolve: {},
  include: [],
  exclude: [],
  headers: {},
  accept: [],
  signatures: {},
  cacheTtl: 7 * 86_400_000,
  factsBytes: 1_048_576,
  archiveApi: 'https://archive.org/wayback/available',
};

/** `duplicates:` defaults. */
export const DUPLICATES_DEFAULTS: Readonly<DuplicatesConfig> = { scope: 'file', exempt: [] };

/** The top-level defaults (keys without a default, such as `columns` and `tables`, are absent). */
export const CONFIG_DEFAULTS: Readonly<Config> = {
  files: ['README.md'],
  lang: 'auto',
  placeholders: [...DEFAULT_PLACEHOLDERS],
  duplicates: DUPLICATES_DEFAULTS,
  rules: {},
  links: LINKS_DEFAULTS,
};

/** The Config of a run without a config file: a fresh deep copy of CONFIG_DEFAULTS, which callers may change. */
export function defaultConfig(): Config {
  return structuredClone(CONFIG_DEFAULTS);
}
