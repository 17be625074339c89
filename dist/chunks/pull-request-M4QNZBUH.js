import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
} from "./chunk-OBF7JVCQ.js";
import "./chunk-BFKH74WT.js";
import "./chunk-KEZZLS6L.js";
import "./chunk-CGRJVDGS.js";
import "./chunk-TNZS3B2Q.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-HZPHEPA4.js";
import "./chunk-A6OE2BRZ.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-HICYQUNV.js";
import "./chunk-UE757YIQ.js";
import "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-I7HETBYS.js";
import "./chunk-725P4LY2.js";
import "./chunk-OABLC2TR.js";
import "./chunk-NS7XGEXW.js";
import "./chunk-3Y2NLIWH.js";
export {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
};
