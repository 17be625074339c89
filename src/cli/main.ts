// CLI entry (dist/cli.js): tunes the process for large trackers, then loads the CLI (program.ts).
//
// Compile cache. On Node 22.8 and later, module.enableCompileCache() keeps the V8 code of every module
// this process compiles in the system's temporary directory (node-compile-cache/; NODE_COMPILE_CACHE
// names another), keyed by each file's contents, so the next run of the same build skips parsing and
// compiling it: in A/B runs on Node 24 with a warm cache, 11–43 ms less for a `check` of 80–500 ms (one
// 10k-row run showed no gain). Before 22.8 (Node 20 included) the function does not exist and nothing
// changes. NODE_DISABLE_COMPILE_CACHE=1 turns it off (Node's own switch). It has to run before the
// CLI's modules are compiled, hence this separate entry and the dynamic import below.
// Source: https://nodejs.org/api/module.html#moduleenablecompilecacheoptions
//
// Young generation. V8 doubles the new space (two semi-spaces) each time more bytes survive a
// scavenge than it holds, up to 16 MB a semi-space. Nearly everything the parser makes lives until the
// report is written, so a large tracker grows it to the cap at once: 34 MB committed that held 2–13 MB.
// A growth factor of 1 keeps it at 2 MB (V8 still takes its first step from 1 MB, on Node 20 and 24).
// The survivors go to the old space a little sooner, which they would reach anyway. At 100k rows this lowered the peak
// resident set from 203 to 178 MiB on Node 20 and from 255 to 195 MiB on Node 24, at the same speed
// (docs/benchmarks.md). V8 reads the factor each time it grows the new space
// (SemiSpaceNewSpace::Grow in src/heap/new-spaces.cc); its command-line minimum of 2 is applied only
// when the heap is set up, so this has to be set at run time. A user who sizes the young generation
// themselves (--max-semi-space-size and its kin, on the command line or in NODE_OPTIONS) keeps V8's
// growth. Source: https://nodejs.org/api/v8.html#v8setflagsfromstringflags
import module from 'node:module';
import v8 from 'node:v8';

(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
if (!setsSemiSpace([...process.execArgv, process.env['NODE_OPTIONS'] ?? ''])) v8.setFlagsFromString('--semi-space-growth-factor=1');
await import('./program.js');

/** Whether Node's own flags size the young generation (any `semi-space` or `semi_space` flag). */
function setsSemiSpace(flags: readonly string[]): boolean {
  return flags.some((flag) => /semi[-_]space/.test(flag));
}
