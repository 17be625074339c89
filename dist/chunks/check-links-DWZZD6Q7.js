import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-EGKBJTBW.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-52F4H74X.js";
import "./chunk-PJKU4YC6.js";
import "./chunk-6ZVXDYG7.js";
import "./chunk-J2765Y67.js";
import "./chunk-BGBDNVKS.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
