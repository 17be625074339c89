// Build shim (see scripts/build.mjs): stands in for `picomatch` in the bundle. Glob matching is needed
// only when a `files` pattern is a glob (the default, README.md, is not), and its callers are
// synchronous (the Action's pure plan matches a PR's paths), so a dynamic import() will not do: on
// the first call this requires dist/chunks/picomatch.cjs, a separate CommonJS bundle of picomatch.
// Runs with literal paths never load its ~60 KB.
import { createRequire } from 'node:module';

let loaded;
function load() {
  // The shim lands either in dist/chunks/ or in an entry file in dist/.
  const dir = /\/chunks\/[^/]*$/.test(import.meta.url) ? './' : './chunks/';
  loaded ??= createRequire(import.meta.url)(`${dir}picomatch.cjs`);
  return loaded;
}

export default function picomatch(...args) {
  return load()(...args);
}

picomatch.scan = (...args) => load().scan(...args);
