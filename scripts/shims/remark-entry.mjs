// Build entry (see scripts/build.mjs): remark and remark-gfm as one self-contained CommonJS file,
// dist/chunks/remark-fallback.cjs, which scripts/shims/remark.mjs requires on first use.
export { remark } from 'remark';
export { default as remarkGfm } from 'remark-gfm';
