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
} from "./chunk-N4FQCJDA.js";
import "./chunk-XDNB6IDZ.js";
import "./chunk-ZZ6V6552.js";
import "./chunk-J2765Y67.js";
import "./chunk-FGYCFPRV.js";
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
