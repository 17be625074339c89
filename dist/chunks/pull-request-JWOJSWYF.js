import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
} from "./chunk-NIKBIHZG.js";
import "./chunk-3KDPQAMQ.js";
import "./chunk-TNJYK4BX.js";
import "./chunk-CGRJVDGS.js";
import "./chunk-6U4QUFDX.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-IJVBHG5N.js";
import "./chunk-MZU4NVIZ.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-2H53ADRL.js";
import "./chunk-KNTYTWFO.js";
import "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-LC77XD5H.js";
import "./chunk-C4OUAXN4.js";
import "./chunk-OABLC2TR.js";
import "./chunk-2C5J6W6N.js";
import "./chunk-3Y2NLIWH.js";
export {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
};
