import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkTrackerLinks
} from "./chunk-53VY57QL.js";
import "./chunk-GIB4PSQN.js";
import "./chunk-3J52LOFC.js";
import "./chunk-45WSQLJ4.js";
import "./chunk-I46N4Y6R.js";
import "./chunk-J2765Y67.js";
import "./chunk-RXBESZER.js";
import "./chunk-3Y2NLIWH.js";
export {
  checkTrackerLinks
};
