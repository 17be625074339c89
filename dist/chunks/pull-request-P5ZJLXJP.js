import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
} from "./chunk-EUVSYIHS.js";
import "./chunk-BFKH74WT.js";
import "./chunk-ZQMK3Q6U.js";
import "./chunk-CGRJVDGS.js";
import "./chunk-SGWVGTWN.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-PP3E375J.js";
import "./chunk-H3MJM2AW.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-F2COWHQX.js";
import "./chunk-LBHLRHGE.js";
import "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-3JTCPC7Q.js";
import "./chunk-N5DSF3GB.js";
import "./chunk-OABLC2TR.js";
import "./chunk-NS7XGEXW.js";
import "./chunk-3Y2NLIWH.js";
export {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
};
