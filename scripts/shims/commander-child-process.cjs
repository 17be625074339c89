// Build shim (see scripts/build.mjs): stands in for node:child_process inside commander, which requires
// it at load time (and with it node:net, node:stream and more, about 3 ms of every CLI run) only to
// spawn executable subcommands, a feature tracker-bot does not use. The real module loads on the
// first spawn, if there ever is one.
'use strict';

module.exports = {
  spawn(...args) {
    // A plain require() (not import()): spawn is synchronous, and this runs only on that first call.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('node:child_process').spawn(...args);
  },
};
