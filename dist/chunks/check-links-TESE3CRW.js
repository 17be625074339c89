import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-BOKIN45X.js";
import "./chunk-MQ4JEQWE.js";
import "./chunk-PJKU4YC6.js";
import "./chunk-ZZGS4GRB.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
