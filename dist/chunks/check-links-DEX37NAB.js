import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-XAEMLNMT.js";
import "./chunk-XRZZ2SXY.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-BZYCL44E.js";
import "./chunk-745NTYWP.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
