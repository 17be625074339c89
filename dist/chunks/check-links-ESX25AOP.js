import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-5TKNMDPC.js";
import "./chunk-AEQKPSIA.js";
import "./chunk-PMXHW7NX.js";
export {
  checkTrackerLinks
};
