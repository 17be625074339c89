import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
} from "./chunk-NJPNZXU7.js";
import "./chunk-BFKH74WT.js";
import "./chunk-TABGZ5FI.js";
import "./chunk-CGRJVDGS.js";
import "./chunk-Y6IVZMCL.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-ZO5CK6KA.js";
import "./chunk-U7HILXEW.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-J4KPHGKB.js";
import "./chunk-FXYKZ662.js";
import "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-A45WAONH.js";
import "./chunk-7PO57XKM.js";
import "./chunk-OABLC2TR.js";
import "./chunk-EMYSTXDF.js";
import "./chunk-3Y2NLIWH.js";
export {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
};
