import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  createGitHubRepositoryChecker,
  parseRepositoryUrl
} from "./chunk-ZVGE47OR.js";
import "./chunk-3Y2NLIWH.js";
export {
  createGitHubRepositoryChecker,
  parseRepositoryUrl
};
