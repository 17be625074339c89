import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-W477CKFD.js";
import "./chunk-XRZZ2SXY.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-GU7DJSVL.js";
import "./chunk-U2O54NBD.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
