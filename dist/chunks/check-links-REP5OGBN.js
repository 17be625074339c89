import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-RR34JZAS.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-2QVCHXIK.js";
import "./chunk-45WSQLJ4.js";
import "./chunk-6ZVXDYG7.js";
import "./chunk-J2765Y67.js";
import "./chunk-BGBDNVKS.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
