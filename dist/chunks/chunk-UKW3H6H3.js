import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  summary
} from "./chunk-233KTPYA.js";

// src/action/summary.ts
async function writeJobSummary(markdown) {
  if (!process.env["GITHUB_STEP_SUMMARY"]) return;
  await summary.addRaw(markdown, true).write();
}

export {
  writeJobSummary
};
