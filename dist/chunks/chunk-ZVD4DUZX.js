import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  defaultConfig
} from "./chunk-3Z7GGO6U.js";

// src/io/read-tracker.ts
import { isUtf8 } from "node:buffer";
import { closeSync, openSync, readFileSync, statSync } from "node:fs";
var MAX_TRACKER_BYTES = 50 * 1024 * 1024;
var InputError = class extends Error {
  name = "InputError";
};
function decodeTrackerBytes(bytes, path) {
  if (bytes.includes(0)) throw new InputError(`${path}: binary file (contains NUL bytes), expected Markdown text`);
  if (!isUtf8(bytes)) throw new InputError(`${path}: not valid UTF-8 text`);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8");
}
async function readTrackerFile(path, maxBytes = MAX_TRACKER_BYTES) {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    throw readError(path, error);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, expected a Markdown file`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > maxBytes) {
    const mb = (n) => `${Math.round(n / 1024 / 1024)} MB`;
    throw new InputError(`${path}: file is ${mb(info.size)}, over the ${mb(maxBytes)} limit`);
  }
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    throw readError(path, error);
  }
  try {
    return decodeTrackerBytes(readFileSync(fd), path);
  } finally {
    closeSync(fd);
  }
}
function readError(path, error) {
  const code = error.code;
  if (code === "ENOENT") return new InputError(`${path}: no such file`);
  if (code === "EACCES") return new InputError(`${path}: permission denied`);
  return new InputError(`${path}: cannot read (${code ?? "unknown error"})`);
}

// src/config/load.ts
import { readFileSync as readFileSync2 } from "node:fs";

// src/io/workspace-path.ts
import { realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
function isInside(root, absolute) {
  const rel = relative(root, absolute);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
async function workspacePath(root, path) {
  const base = resolve(root);
  const absolute = resolve(base, path);
  if (!isInside(base, absolute)) throw new InputError(`${path}: outside the workspace`);
  let real;
  try {
    real = realpathSync.native(absolute);
  } catch (error) {
    if (error.code === "ENOENT") return absolute;
    throw error;
  }
  if (!isInside(realpathSync.native(base), real)) throw new InputError(`${path}: a symbolic link that leads outside the workspace; refusing to read it`);
  return real;
}

// src/config/load.ts
async function parseConfig(text, origin = DEFAULT_CONFIG_PATH) {
  if (text.trim() === "") return defaultConfig();
  const [{ parseDocument }, { validateConfig }] = await Promise.all([import("./yaml-OHRFJTOO.js"), import("./validate-BGZWWP2Z.js")]);
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
    text = readFileSync2(options.root === void 0 ? target : await workspacePath(options.root, target), "utf8");
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

// src/cli/errors.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var UsageError = class extends Error {
  name = "UsageError";
};
var OutputError = class extends Error {
  name = "OutputError";
};
function describeError(error) {
  if (error instanceof ConfigError || error instanceof InputError || error instanceof UsageError || error instanceof OutputError) return error.message;
  if (error instanceof Error) {
    const code = error.code;
    const first = error.message.split("\n")[0];
    return code ? `${first} (${code})` : `unexpected error: ${first}`;
  }
  return `unexpected error: ${String(error)}`;
}

export {
  InputError,
  readTrackerFile,
  parseConfig,
  loadConfigFile,
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_USAGE,
  UsageError,
  OutputError,
  describeError
};
