#!/usr/bin/env node
import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/cli/main.ts
import module from "node:module";
import v8 from "node:v8";
module.enableCompileCache?.();
if (!setsSemiSpace([...process.execArgv, process.env["NODE_OPTIONS"] ?? ""])) v8.setFlagsFromString("--semi-space-growth-factor=1");
await import("./chunks/program-WA2WH3VI.js");
function setsSemiSpace(flags) {
  return flags.some((flag) => /semi[-_]space/.test(flag));
}
