// Build shim (see scripts/build.mjs): stands in for `remark` and `remark-gfm` in the bundle. The link-cell
// parser calls remark only for link cells its own scan cannot decide, and synchronously, so a dynamic
// import() will not do: on the first such call this requires dist/chunks/remark-fallback.cjs, a separate
// CommonJS bundle of both packages. Runs that never meet a hard link cell never load remark's ~330 KB.
import { createRequire } from 'node:module';

let loaded;
function load() {
  // The shim lands either in dist/chunks/ or in an entry file in dist/.
  const dir = /\/chunks\/[^/]*$/.test(import.meta.url) ? './' : './chunks/';
  loaded ??= createRequire(import.meta.url)(`${dir}remark-fallback.cjs`);
  return loaded;
}

export function remark(...args) {
  return load().remark(...args);
}

export default function remarkGfm(...args) {
  return load().remarkGfm.apply(this, args);
}
