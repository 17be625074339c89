import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-AZMWPFZ4.js";
import "./chunk-AEQKPSIA.js";
import "./chunk-PMXHW7NX.js";
export {
  checkTrackerLinks
};
