// CLI entry (dist/cli.js): limits V8's inlining for a short run (v8-tuning.ts) and turns on Node's
// on-disk compile cache, then loads the CLI (program.ts).
// On Node 22.8 and later, module.enableCompileCache() keeps the V8 code of every module this process
// compiles in the system's temporary directory (node-compile-cache/; NODE_COMPILE_CACHE names another),
// keyed by each file's contents, so the next run of the same build skips parsing and compiling it: in
// A/B runs on Node 24 with a warm cache, 11–43 ms less for a `check` of 80–500 ms (one 10k-row run
// showed no gain). Before 22.8 (Node 20 included) the function does not exist and nothing changes.
// NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node's own switch). Both have to run before the CLI's
// modules are compiled, hence this separate entry and the dynamic import below.
// Source: https://nodejs.org/api/module.html#moduleenablecompilecacheoptions
import module from 'node:module';
import { inlineOnlySmallFunctions } from './v8-tuning.js';

inlineOnlySmallFunctions();
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
await import('./program.js');
