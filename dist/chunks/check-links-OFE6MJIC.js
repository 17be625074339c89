import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-KPKFZS5Z.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-VSPJUISV.js";
import "./chunk-45WSQLJ4.js";
import "./chunk-XDNB6IDZ.js";
import "./chunk-GO72H6HM.js";
import "./chunk-J2765Y67.js";
import "./chunk-IKSPLVYC.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
