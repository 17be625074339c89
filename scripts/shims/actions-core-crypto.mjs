// Build shim (see scripts/build.mjs): stands in for node:crypto in @actions/core's lib/file-command.js,
// which imports it at load time only for randomUUID() (the delimiter of core.setOutput). Importing
// node:crypto took about 8 ms of an Action run on Node 24; tracker-bot writes GITHUB_OUTPUT itself
// (src/action/outputs.ts), and if anything still calls core.setOutput, the real module loads then.
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(import.meta.url);

export function randomUUID() {
  return requireBuiltin('node:crypto').randomUUID();
}
