import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-IGXHPRD4.js";

// src/action/context.ts
function requireOctokit(ctx) {
  if (!ctx.octokit) throw new InputError("input github-token is empty; this event needs the GitHub API");
  return ctx.octokit;
}

export {
  requireOctokit
};
