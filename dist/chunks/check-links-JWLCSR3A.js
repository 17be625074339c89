import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-Y7KZ72YE.js";
import "./chunk-XRZZ2SXY.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-N5HH4TSK.js";
import "./chunk-2XGWHLOX.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
