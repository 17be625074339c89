import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-NVFAXIJK.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-SOUJ7WMU.js";
import "./chunk-I5HUDS5Q.js";
import "./chunk-XDNB6IDZ.js";
import "./chunk-ZITMHJVR.js";
import "./chunk-J2765Y67.js";
import "./chunk-XT6RCXKS.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
