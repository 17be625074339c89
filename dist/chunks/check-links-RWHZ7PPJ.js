import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-HNSTZNFW.js";
import "./chunk-XRZZ2SXY.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-FFEGIR7C.js";
import "./chunk-LOSQUJ7D.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
