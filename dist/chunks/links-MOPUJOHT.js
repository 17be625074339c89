import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  ACCEPT_ENCODING,
  BUILTIN_SIGNATURES,
  CACHE_VERSION,
  HISTORY_LIMIT,
  HostStats,
  LinkCache,
  MAX_BODY_BYTES,
  MAX_REDIRECTS,
  SHORT_PAGE_CHARS,
  VERDICT_ORDER,
  checkLinks,
  decodeText,
  decodedBody,
  isPrivateAddress,
  isProblem,
  pageText,
  readBodyText,
  summarizeVerdicts
} from "./chunk-DKI4WGWP.js";
import "./chunk-XDNB6IDZ.js";
import "./chunk-FO5PYSXK.js";
import "./chunk-J2765Y67.js";
import "./chunk-DIFKNW75.js";
import "./chunk-3Y2NLIWH.js";
export {
  ACCEPT_ENCODING,
  BUILTIN_SIGNATURES,
  CACHE_VERSION,
  HISTORY_LIMIT,
  HostStats,
  LinkCache,
  MAX_BODY_BYTES,
  MAX_REDIRECTS,
  SHORT_PAGE_CHARS,
  VERDICT_ORDER,
  checkLinks,
  decodeText,
  decodedBody,
  isPrivateAddress,
  isProblem,
  pageText,
  readBodyText,
  summarizeVerdicts
};
