import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-VYRU4T6H.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-5RJ45LGR.js";
import "./chunk-45WSQLJ4.js";
import "./chunk-XDNB6IDZ.js";
import "./chunk-YKJM4L77.js";
import "./chunk-J2765Y67.js";
import "./chunk-XLOT52M5.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
