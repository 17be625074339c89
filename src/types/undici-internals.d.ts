// Types for the undici modules src/links/http-client.ts imports by path (the package ships types for its
// index only); they are the same classes the index re-exports.
declare module 'undici/lib/dispatcher/agent.js' {
  const Agent: typeof import('undici').Agent;
  export default Agent;
}
declare module 'undici/lib/dispatcher/dispatcher.js' {
  const Dispatcher: typeof import('undici').Dispatcher;
  export default Dispatcher;
}
declare module 'undici/lib/api/index.js' {
  const api: Record<'request' | 'stream' | 'pipeline' | 'upgrade' | 'connect', unknown>;
  export default api;
}
declare module 'undici/lib/core/util.js' {
  const util: { parseHeaders(headers: Buffer[], obj?: Record<string, string | string[]>): Record<string, string | string[]> };
  export default util;
}
