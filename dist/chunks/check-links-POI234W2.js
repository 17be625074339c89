import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-65VWTQQM.js";
import "./chunk-XRZZ2SXY.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-X6JYXNTP.js";
import "./chunk-HMKGJXRK.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
