import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-UBBS26M3.js";
import "./chunk-XRZZ2SXY.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-BDCYCYNE.js";
import "./chunk-NIIUGZDK.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
