import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-7XGTZ76E.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-3V7ITKYH.js";
import "./chunk-45WSQLJ4.js";
import "./chunk-XDNB6IDZ.js";
import "./chunk-ZITMHJVR.js";
import "./chunk-J2765Y67.js";
import "./chunk-XT6RCXKS.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
