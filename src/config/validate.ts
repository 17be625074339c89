// Config validation: a parsed config value (from YAML) → Config, or a one-line ConfigError naming the key.
// Loaded by load.ts only when there is config text to read, since zod costs start-up time.
import type * as z from 'zod/mini';
import { assertKnownRuleIds, RULES, ruleSettings } from '../core/lint.js';
import { compileUserRegex } from '../core/options.js';
import { ConfigError } from './config-error.js';
import { DEFAULT_CONFIG_PATH } from './defaults.js';
import { normalizeLinkHosts } from './host-keys.js';
import { configSchema, type ColumnConfig, type Config, type SortKey } from './schema.js';

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

