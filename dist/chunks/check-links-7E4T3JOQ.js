import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-WKOU7IUG.js";
import "./chunk-SFZGGZS4.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-NGM45MBB.js";
import "./chunk-2PA26Z6Y.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
