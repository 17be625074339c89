import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  REPOSITORIES_PER_QUERY,
  buildRepositoriesQuery,
  checkRepositories
} from "./chunk-B7GBDUEW.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-3Y2NLIWH.js";
export {
  REPOSITORIES_PER_QUERY,
  buildRepositoriesQuery,
  checkRepositories
};
