import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  nextSteps,
  pullRequestFromPayload,
  requireOctokit,
  runPullRequest
} from "./chunk-UGZFLNV7.js";
import "./chunk-Y5UE3ODZ.js";
import "./chunk-GI2ASXRC.js";
import "./chunk-CGRJVDGS.js";
import "./chunk-Y6IVZMCL.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-LKBQJVOI.js";
import "./chunk-WYFRPVWI.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-3D4IHL7F.js";
import "./chunk-CBHL6VKY.js";
import "./chunk-233KTPYA.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-55ZRO2DC.js";
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
