// Config loading: YAML text → validated Config, or a one-line ConfigError naming the key.
// parseConfig is pure (the Action feeds it text from the base branch); loadConfigFile adds fs.
// The YAML parser is loaded only when there is config text to read: without a config file the
// defaults come from validateConfig({}) alone.
import { readFile } from 'node:fs/promises';
import type * as z from 'zod/mini';
import { InputError } from '../io/read-tracker.js';
import { workspacePath } from '../io/workspace-path.js';
import { assertKnownRuleIds, RULES, ruleSettings } from '../core/lint.js';
import { normalizeLinkHosts } from './host-keys.js';
import { compileUserRegex } from '../core/options.js';
import { configSchema, type ColumnConfig, type Config, type SortKey } from './schema.js';

export const DEFAULT_CONFIG_PATH = '.tracker-bot.yml';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function keyPath(path: PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const where = keyPath(issue.path);
    const keys = issue.keys.map((k) => `"${k}"`).join(', ');
    return `unknown key ${keys}${where ? ` in ${where}` : ''}`;
  }
  const where = keyPath(issue.path) || '(top level)';
  return `${where}: ${issue.message}`;
}

/** Cross-key checks zod cannot express: sort keys name columns, min ≤ max, each column has a name or an index. */
function checkTableSchema(origin: string, where: string, columns: ColumnConfig[], sort: SortKey[] | undefined): void {
  const columnNames = new Set(columns.flatMap((c) => [c.name, ...(c.aliases ?? [])]).filter((n) => n !== ''));
  const missing = sort?.find((key) => !columnNames.has(key.column));
  if (missing) throw new ConfigError(`${origin}: ${where}sort: column "${missing.column}" is not in columns`);
  for (const [i, column] of columns.entries()) {
    if (column.min !== undefined && column.max !== undefined && column.min > column.max) {
      throw new ConfigError(`${origin}: ${where}columns[${i}]: min (${column.min}) is greater than max (${column.max})`);
    }
    if (column.name.trim() === '' && column.index === undefined) {
      throw new ConfigError(`${origin}: ${where}columns[${i}]: give the column a name, or an index for a column with an empty header`);
    }
  }
}

/**
 * Parse and validate config text (YAML 1.2; duplicate keys are errors). `origin` names the file in
 * error messages. Rejects with a one-line ConfigError.
 */
export async function parseConfig(text: string, origin = DEFAULT_CONFIG_PATH): Promise<Config> {
  if (text.trim() === '') return validateConfig({}, origin);
  const { parseDocument } = await import('./yaml.js');
  const doc = parseDocument(text, { uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.linePos?.[0];
    const where = pos ? `${origin}:${pos.line}:${pos.col}` : origin;
    throw new ConfigError(`${where}: invalid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  return validateConfig(doc.toJS() ?? {}, origin);
}

/** Validate an already parsed config value (e.g. `{}` for the defaults); throws a one-line ConfigError. */
export function validateConfig(raw: unknown, origin = DEFAULT_CONFIG_PATH): Config {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ConfigError(`${origin}: expected a mapping of keys at the top level`);
  }
  const result = configSchema.safeParse(raw);
  if (!result.success) {
    const first = result.error.issues[0]!;
    const more = result.error.issues.length > 1 ? ` (and ${result.error.issues.length - 1} more)` : '';
    throw new ConfigError(`${origin}: ${describeIssue(first)}${more}`);
  }
  // Rule ids and each rule's options are checked by the core's own functions, the ones the linter uses.
  try {
    assertKnownRuleIds(result.data.rules);
    for (const rule of RULES) ruleSettings(rule, result.data.rules[rule.id]);
  } catch (e) {
    throw new ConfigError(`${origin}: ${(e as Error).message}`);
  }
  const schemas: { where: string; columns: ColumnConfig[]; sort?: SortKey[] }[] = [];
  if (result.data.columns) schemas.push({ where: '', columns: result.data.columns, sort: result.data.sort });
  for (const [t, table] of (result.data.tables ?? []).entries()) schemas.push({ where: `tables[${t}].`, ...table });
  for (const { where, columns, sort } of schemas) checkTableSchema(origin, where, columns, sort);
  const patterns: [string, string][] = [
    ...result.data.links.include.map((p): [string, string] => ['links.include', p]),
    ...result.data.links.exclude.map((p): [string, string] => ['links.exclude', p]),
    ...Object.entries(result.data.links.signatures).flatMap(([host, list]) => list.map((p): [string, string] => [`links.signatures.${host}`, p])),
  ];
  for (const [field, pattern] of patterns) {
    try {
      compileUserRegex(pattern);
    } catch (e) {
      throw new ConfigError(`${origin}: ${field}: invalid regular expression ${JSON.stringify(pattern)} (${(e as Error).message})`);
    }
  }
  try {
    result.data.links = normalizeLinkHosts(result.data.links);
  } catch (e) {
    throw new ConfigError(`${origin}: ${(e as Error).message}`);
  }
  return result.data;
}

export interface ConfigFileOptions {
  /** Resolve `path` inside this folder (the Action's workspace), refusing paths and symbolic links that leave it. */
  root?: string;
  /** A missing file means the built-in defaults instead of an error (true when `path` is undefined). */
  optional?: boolean;
  /** Added to "config file not found", e.g. `(input "config")`. */
  missingHint?: string;
}

/**
 * Load a config file: the one loader of the CLI and the Action. `path` undefined means DEFAULT_CONFIG_PATH,
 * which may be missing. Returns the config and the file read (null for the built-in defaults); throws a
 * one-line ConfigError for a missing required file, a directory, an unreadable file or invalid content.
 */
export async function loadConfigFile(path: string | undefined, options: ConfigFileOptions = {}): Promise<{ config: Config; path: string | null }> {
  const target = path ?? DEFAULT_CONFIG_PATH;
  const optional = options.optional ?? path === undefined;
  let text: string;
  try {
    text = await readFile(options.root === undefined ? target : await workspacePath(options.root, target), 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && optional) return { config: validateConfig({}, target), path: null };
    if (code === 'ENOENT') throw new ConfigError(`${target}: config file not found${options.missingHint ? ` ${options.missingHint}` : ''}`);
    if (code === 'EISDIR') throw new ConfigError(`${target}: is a directory, not a config file`);
    throw new ConfigError(`${target}: cannot read config (${code ?? 'unknown error'})`);
  }
  return { config: await parseConfig(text, target), path: target };
}
