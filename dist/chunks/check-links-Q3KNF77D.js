import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-FVTFXABC.js";
import "./chunk-XRZZ2SXY.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-QN5TL3GJ.js";
import "./chunk-6UP4LFZW.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
