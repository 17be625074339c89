import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  require_dist
} from "./chunk-OTC6373Z.js";
import {
  __toESM
} from "./chunk-3Y2NLIWH.js";

// src/config/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
var export_parseDocument = import_yaml.parseDocument;
export {
  export_parseDocument as parseDocument
};
