import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  UsageError
} from "./chunk-N5X6FDBX.js";
import {
  loadConfigFile
} from "./chunk-U7NIJQ6E.js";
import {
  findTrackerFiles
} from "./chunk-4E3DD2WW.js";
import {
  readTrackerFile
} from "./chunk-THUT5NSP.js";

// src/cli/load-files.ts
async function loadInputs(fileArgs, configPath) {
  const { config } = await loadConfigFile(configPath);
  const paths = fileArgs.length > 0 ? fileArgs : await findTrackerFiles(config.files);
  if (paths.length === 0) throw new UsageError(`no tracker files match ${config.files.join(", ")}`);
  const files = [];
  for (const path of paths) files.push({ path, source: await readTrackerFile(path) });
  return { config, files };
}

export {
  loadInputs
};
