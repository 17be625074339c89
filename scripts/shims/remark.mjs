// Build shim (see scripts/build.mjs): stands in for `remark` and `remark-gfm` in the bundle. The link-cell
// parser calls remark only for link cells its own scan cannot decide, and synchronously, so a dynamic
// import() will not do: on the first such call this requires dist/chunks/remark-fallback.cjs, a separate
// CommonJS bundle of both packages. Runs that never meet a hard link cell never load remark's ~330 KB.
import { requireChunkOnFirstUse } from './require-chunk.mjs';

const load = requireChunkOnFirstUse('remark-fallback.cjs');

export function remark(...args) {
  return load().remark(...args);
}

export default function remarkGfm(...args) {
  return load().remarkGfm.apply(this, args);
}
