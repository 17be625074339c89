import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
} from "./chunk-V2PHQ5MU.js";
import "./chunk-BFKH74WT.js";
import "./chunk-ZVBGTRNY.js";
import "./chunk-CGRJVDGS.js";
import "./chunk-MWCXTK66.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-6YVKEG6M.js";
import "./chunk-Y5VQJ6KV.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-UZGSBXZF.js";
import "./chunk-EQF7DJFM.js";
import "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-YP4CVSIT.js";
import "./chunk-IO6Q2TCM.js";
import "./chunk-OABLC2TR.js";
import "./chunk-ZZGS4GRB.js";
import "./chunk-3Y2NLIWH.js";
export {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
};
