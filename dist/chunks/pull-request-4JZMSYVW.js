import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
} from "./chunk-EML5D3ZD.js";
import "./chunk-BFKH74WT.js";
import "./chunk-QT2PJPEY.js";
import "./chunk-CGRJVDGS.js";
import "./chunk-IDUFVIDD.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-ROXTL4QX.js";
import "./chunk-XGE5GAIX.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-KQBDJZ2F.js";
import "./chunk-YC2L3ZS5.js";
import "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-5RMGVTXA.js";
import "./chunk-YV4V2I2B.js";
import "./chunk-OABLC2TR.js";
import "./chunk-NS7XGEXW.js";
import "./chunk-3Y2NLIWH.js";
export {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
};
