// Shared CLI plumbing: resolve config, the list of files and their sources.
import { loadConfigFile } from '../config/load.js';
import type { Config } from '../config/schema.js';
import { findTrackerFiles } from '../io/find-files.js';
import { readTrackerFile } from '../io/read-tracker.js';
import { UsageError } from './errors.js';

export interface LoadedInputs {
  config: Config;
  files: { path: string; source: string }[];
}

export async function loadInputs(fileArgs: string[], configPath: string | undefined): Promise<LoadedInputs> {
  const { config } = await loadConfigFile(configPath);
  const paths = fileArgs.length > 0 ? fileArgs : await findTrackerFiles(config.files);
  if (paths.length === 0) throw new UsageError(`no tracker files match ${config.files.join(', ')}`);
  const files = [];
  for (const path of paths) files.push({ path, source: await readTrackerFile(path) });
  return { config, files };
}
