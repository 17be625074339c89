// Build shim (see scripts/build.mjs): stands in for undici/lib/dispatcher/client-h2.js, which undici's
// client.js requires at load time and which requires node:http2 (and with it node:http and node:tls,
// about 7 ms). client.js only calls it for a connection that negotiated HTTP/2, which needs allowH2;
// the link engine never sets it. The real module is bundled as usual and evaluated on the first call.
'use strict';

module.exports = function connectH2(...args) {
  // A plain require() (not import()): esbuild then bundles the module but evaluates it only on this call.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('tracker-bot-build:undici-client-h2')(...args);
};
