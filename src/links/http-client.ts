// Link engine › HTTP client: undici's connection pool (Agent) with its request() API (the engine's own
// requests go through dispatch() and http-response.ts's handler), its header parser, and nothing else of
// undici. The package's index also loads fetch, WebSocket, the mocks and the interceptors; at load time
// its cookie helpers touch globalThis.Headers (which makes Node load its own copy of undici) and its
// decompress interceptor loads node:zlib. The engine uses none of that (cookies are tough-cookie's, body
// decoding is body.ts's), and skipping it halves undici's import cost (docs/benchmarks.md, Links).
// The three modules below are exactly the ones undici's index.js combines for Agent.prototype.request.
import AgentImpl from 'undici/lib/dispatcher/agent.js';
import DispatcherImpl from 'undici/lib/dispatcher/dispatcher.js';
import api from 'undici/lib/api/index.js';
import undiciUtil from 'undici/lib/core/util.js';

Object.assign(DispatcherImpl.prototype, api);

export const Agent = AgentImpl;
/** undici's own header parsing (raw name/value Buffers → lowercased keys, repeated headers as arrays), as request() uses it. */
export const parseHeaders = undiciUtil.parseHeaders;
export type Agent = InstanceType<typeof AgentImpl>;
