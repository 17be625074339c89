import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-WLSL6BD6.js";
import "./chunk-XRZZ2SXY.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-ZMTOVC3Q.js";
import "./chunk-7N7VEJKV.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
