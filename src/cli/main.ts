// CLI entry (dist/cli.js): turns on Node's on-disk compile cache, then loads the CLI (program.ts).
// On Node 22.1 and later, module.enableCompileCache() keeps the V8 code of every module this process
// compiles in the system's temporary directory (node-compile-cache/), keyed by each file's contents,
// so the next run of the same build skips parsing and compiling it: about 20–27 ms of a 170–500 ms
// `check` (bench/core.mjs --node with Node 24). On Node 20 the function does not exist and nothing
// changes. NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node's own switch). It has to run before the
// CLI's modules are compiled, hence this separate entry and the dynamic import below.
// Source: https://nodejs.org/api/module.html#moduleenablecompilecachecachedir
import module from 'node:module';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./program.js');
