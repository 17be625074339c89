// The link liveness engine's public surface (src/links/): the CLI and the Action import from here.
export { checkLinks, type CheckLinksOptions, type HostChecker } from './check.js';
export { LinkCache, CACHE_VERSION, HISTORY_LIMIT, type CachedLink, type CachedCheck, type LoadedCache } from './cache.js';
export { summarizeVerdicts, isProblem, VERDICT_ORDER, type VerdictCounts, type ProblemPolicy } from './summary.js';
export { HostStats, type HostTiming } from './stats.js';
export { isPrivateAddress } from './guard.js';
export { pageText, BUILTIN_SIGNATURES, SHORT_PAGE_CHARS } from './signatures.js';
export { MAX_REDIRECTS, MAX_BODY_BYTES } from './probe.js';
export { readBodyText, decodedBody, decodeText, ACCEPT_ENCODING, type BodyText, type ReadBodyOptions } from './body.js';
