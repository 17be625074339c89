#!/usr/bin/env node
import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/cli/main.ts
import module from "node:module";
module.enableCompileCache?.();
await import("./chunks/program-JEWEL2UH.js");
