import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-R5W72F3M.js";
import "./chunk-NC6R654I.js";
import "./chunk-PMXHW7NX.js";
export {
  checkTrackerLinks
};
