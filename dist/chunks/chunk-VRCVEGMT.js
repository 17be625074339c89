import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  DEFAULT_PLACEHOLDERS
} from "./chunk-7XZYIZTT.js";

// src/config/config-error.ts
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/config/defaults.ts
var DEFAULT_CONFIG_PATH = ".tracker-bot.yml";
var LINKS_DEFAULTS = {
  perHost: 4,
  interval: 0,
  timeout: 2e4,
  retries: 2,
  retryAfterCap: 6e4,
  allowPrivateHosts: false,
  resolve: {},
  include: [],
  exclude: [],
  headers: {},
  accept: [],
  signatures: {},
  cacheTtl: 7 * 864e5,
  factsBytes: 1048576,
  archiveApi: "https://archive.org/wayback/available"
};
var DUPLICATES_DEFAULTS = { scope: "file", exempt: [] };
var CONFIG_DEFAULTS = {
  files: ["README.md"],
  lang: "auto",
  placeholders: [...DEFAULT_PLACEHOLDERS],
  duplicates: DUPLICATES_DEFAULTS,
  rules: {},
  links: LINKS_DEFAULTS
};
function defaultConfig() {
  return structuredClone(CONFIG_DEFAULTS);
}

export {
  ConfigError,
  DEFAULT_CONFIG_PATH,
  LINKS_DEFAULTS,
  DUPLICATES_DEFAULTS,
  CONFIG_DEFAULTS,
  defaultConfig
};
