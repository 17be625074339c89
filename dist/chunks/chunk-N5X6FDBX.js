import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-THUT5NSP.js";
import {
  ConfigError
} from "./chunk-HQ7NPFUV.js";

// src/cli/errors.ts
var EXIT_OK = 0;
var EXIT_FINDINGS = 1;
var EXIT_USAGE = 2;
var UsageError = class extends Error {
  name = "UsageError";
};
function describeError(error) {
  if (error instanceof ConfigError || error instanceof InputError || error instanceof UsageError) return error.message;
  if (error instanceof Error) {
    const code = error.code;
    const first = error.message.split("\n")[0];
    return code ? `${first} (${code})` : `unexpected error: ${first}`;
  }
  return `unexpected error: ${String(error)}`;
}

export {
  EXIT_OK,
  EXIT_FINDINGS,
  EXIT_USAGE,
  UsageError,
  describeError
};
