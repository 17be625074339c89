import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-MQC2NTLJ.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-4U3GVQEI.js";
import "./chunk-PJKU4YC6.js";
import "./chunk-D4VZ4FPX.js";
import "./chunk-LS6MIDUI.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
