// Build shim helper (see scripts/build.mjs): requires one of the CommonJS files the build writes to
// dist/chunks/ (COMMONJS_CHUNKS), on the first call only.
import { createRequire } from 'node:module';

/** A function that returns `module.exports` of dist/chunks/<file>, requiring it on its first call. */
export function requireChunkOnFirstUse(file) {
  let loaded;
  return () => {
    // This helper lands either in dist/chunks/ or in an entry file in dist/.
    const dir = /\/chunks\/[^/]*$/.test(import.meta.url) ? './' : './chunks/';
    loaded ??= createRequire(import.meta.url)(`${dir}${file}`);
    return loaded;
  };
}
