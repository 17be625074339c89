import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-7ASF6CEK.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-2HPJBF3R.js";
import "./chunk-PJKU4YC6.js";
import "./chunk-2C5J6W6N.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
