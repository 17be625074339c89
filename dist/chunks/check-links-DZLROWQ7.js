import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-5D2CTVBR.js";
import "./chunk-NC6R654I.js";
import "./chunk-PMXHW7NX.js";
export {
  checkTrackerLinks
};
