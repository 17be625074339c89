// Config loading: YAML text → validated Config, or a one-line ConfigError naming the key.
// parseConfig is pure (the Action feeds it text from the base branch); loadConfigFile adds fs.
// The YAML parser and the validator (validate.ts, with zod) are loaded only when there is config text
// to read: without a config file the defaults come from defaults.ts alone.
import { readFileSync } from 'node:fs';
import { InputError } from '../io/read-tracker.js';
import { workspacePath } from '../io/workspace-path.js';
import { ConfigError } from './config-error.js';
import { DEFAULT_CONFIG_PATH, defaultConfig } from './defaults.js';
import type { Config } from './schema.js';

export { ConfigError, DEFAULT_CONFIG_PATH, defaultConfig };

/**
 * Parse and validate config text (YAML 1.2; duplicate keys are errors). `origin` names the file in
 * error messages. Rejects with a one-line ConfigError.
 */
export async function parseConfig(text: string, origin = DEFAULT_CONFIG_PATH): Promise<Config> {
  if (text.trim() === '') return defaultConfig();
  // The YAML parser and the validator (zod) load only when there is config text to read.
  const [{ parseDocument }, { validateConfig }] = await Promise.all([import('./yaml.js'), import('./validate.js')]);
  const doc = parseDocument(text, { uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.linePos?.[0];
    const where = pos ? `${origin}:${pos.line}:${pos.col}` : origin;
    throw new ConfigError(`${where}: invalid YAML: ${yamlError.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')}`);
  }
  return validateConfig(doc.toJS() ?? {}, origin);
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
    // Read synchronously: one small file, where the asynchronous call cost a thread-pool round trip and,
    // on every run without a config file, a rejected promise.
    text = readFileSync(options.root === undefined ? target : await workspacePath(options.root, target), 'utf8');
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && optional) return { config: defaultConfig(), path: null };
    if (code === 'ENOENT') throw new ConfigError(`${target}: config file not found${options.missingHint ? ` ${options.missingHint}` : ''}`);
    if (code === 'EISDIR') throw new ConfigError(`${target}: is a directory, not a config file`);
    throw new ConfigError(`${target}: cannot read config (${code ?? 'unknown error'})`);
  }
  return { config: await parseConfig(text, target), path: target };
}
