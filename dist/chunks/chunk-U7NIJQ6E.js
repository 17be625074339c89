import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  InputError,
  workspacePath
} from "./chunk-THUT5NSP.js";
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  defaultConfig
} from "./chunk-HQ7NPFUV.js";

// src/config/load.ts
import { readFile } from "node:fs/promises";
async function parseConfig(text, origin = DEFAULT_CONFIG_PATH) {
  if (text.trim() === "") return defaultConfig();
  const [{ parseDocument }, { validateConfig }] = await Promise.all([import("./yaml-OHRFJTOO.js"), import("./validate-WEXICEBN.js")]);
  const doc = parseDocument(text, { uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.linePos?.[0];
    const where = pos ? `${origin}:${pos.line}:${pos.col}` : origin;
    throw new ConfigError(`${where}: invalid YAML: ${yamlError.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`);
  }
  return validateConfig(doc.toJS() ?? {}, origin);
}
async function loadConfigFile(path, options = {}) {
  const target = path ?? DEFAULT_CONFIG_PATH;
  const optional = options.optional ?? path === void 0;
  let text;
  try {
    text = await readFile(options.root === void 0 ? target : await workspacePath(options.root, target), "utf8");
  } catch (error) {
    if (error instanceof InputError) throw new ConfigError(error.message);
    const code = error.code;
    if (code === "ENOENT" && optional) return { config: defaultConfig(), path: null };
    if (code === "ENOENT") throw new ConfigError(`${target}: config file not found${options.missingHint ? ` ${options.missingHint}` : ""}`);
    if (code === "EISDIR") throw new ConfigError(`${target}: is a directory, not a config file`);
    throw new ConfigError(`${target}: cannot read config (${code ?? "unknown error"})`);
  }
  return { config: await parseConfig(text, target), path: target };
}

export {
  parseConfig,
  loadConfigFile
};
