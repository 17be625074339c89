import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-JHBPE4DI.js";
import "./chunk-O3QE75II.js";
import "./chunk-PJKU4YC6.js";
import "./chunk-NS7XGEXW.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
