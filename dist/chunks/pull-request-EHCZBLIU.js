import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
} from "./chunk-ACLWJJ4M.js";
import "./chunk-BFKH74WT.js";
import "./chunk-5MQRU5OM.js";
import "./chunk-CGRJVDGS.js";
import "./chunk-J5G37GZR.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-TYBPYTIG.js";
import "./chunk-C56USLLQ.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-YC2DO7LZ.js";
import "./chunk-OZFASLVE.js";
import "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-H4UHCKZA.js";
import "./chunk-QDLO4AR3.js";
import "./chunk-OABLC2TR.js";
import "./chunk-NS7XGEXW.js";
import "./chunk-3Y2NLIWH.js";
export {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
};
