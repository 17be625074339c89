import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-KUNVPPRA.js";
import "./chunk-DD4356MB.js";
import "./chunk-2XBCC5LL.js";
import "./chunk-PMXHW7NX.js";
export {
  checkTrackerLinks
};
