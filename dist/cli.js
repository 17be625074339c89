#!/usr/bin/env node
import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  inlineOnlySmallFunctions
} from "./chunks/chunk-F36C453U.js";
import "./chunks/chunk-3Y2NLIWH.js";

// src/cli/main.ts
import module from "node:module";
inlineOnlySmallFunctions();
module.enableCompileCache?.();
await import("./chunks/program-UDJ655ET.js");
