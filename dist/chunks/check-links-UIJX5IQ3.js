import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-4YS6Y2BO.js";
import "./chunk-T2K4YD2Q.js";
import "./chunk-PJKU4YC6.js";
import "./chunk-NS7XGEXW.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
