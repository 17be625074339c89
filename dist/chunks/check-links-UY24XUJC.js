import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-C3UIPUYM.js";
import "./chunk-D4DABN7I.js";
import "./chunk-PJKU4YC6.js";
import "./chunk-2C5J6W6N.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
