import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
} from "./chunk-YTTVW6ZZ.js";
import "./chunk-BFKH74WT.js";
import "./chunk-U4W6GJFY.js";
import "./chunk-CGRJVDGS.js";
import "./chunk-MFP3NCZF.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-ES7XMCML.js";
import "./chunk-JR4VZ37Q.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-TCTA2MGX.js";
import "./chunk-D2JRACBJ.js";
import "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-JMEVVIDJ.js";
import "./chunk-2F32Y6M7.js";
import "./chunk-OABLC2TR.js";
import "./chunk-NS7XGEXW.js";
import "./chunk-3Y2NLIWH.js";
export {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
};
