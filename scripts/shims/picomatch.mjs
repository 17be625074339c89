// Build shim (see scripts/build.mjs): stands in for `picomatch` in the bundle. Glob matching is needed
// only when a `files` pattern is a glob (the default, README.md, is not), and its callers are
// synchronous (the Action's pure plan matches a PR's paths), so a dynamic import() will not do: on
// the first call this requires dist/chunks/picomatch.cjs, a separate CommonJS bundle of picomatch.
// Runs with literal paths never load its ~60 KB.
import { requireChunkOnFirstUse } from './require-chunk.mjs';

const load = requireChunkOnFirstUse('picomatch.cjs');

export default function picomatch(...args) {
  return load()(...args);
}

picomatch.scan = (...args) => load().scan(...args);
