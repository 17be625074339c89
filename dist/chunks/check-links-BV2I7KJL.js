import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-FIEZDT55.js";
import "./chunk-YMP5XYGC.js";
import "./chunk-PJKU4YC6.js";
import "./chunk-EMYSTXDF.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
