// CLI adapter, process tuning: three V8 settings for a short command-line run, made at run time with
// v8.setFlagsFromString. main.ts limits inlining before any of the CLI's modules is compiled; runCheck
// keeps the young generation small before it reads anything, and turns TurboFan off for a small input
// once the files are read. None of them changes any output.
//
// Inlining. TurboFan, V8's optimizing compiler, works on a background thread and by default inlines
// callees of up to 460 bytes of bytecode. A `check` of 10k rows queued about 85 such jobs of 10–50 ms
// each, so on a 2-core machine much of the run was over, in slower code, before they came back.
// Inlining only functions of up to 30 bytes makes each job smaller and its code arrive sooner. In
// interleaved A/B runs on Node 20 (docs/benchmarks.md): check 10k rows 0.43 → 0.39 s, 100k rows no
// slower; fix 10k rows 1.11 → 0.96 s, 100k rows 3.82 → 3.73 s. On Node 24, whose Maglev tier makes
// optimized code sooner anyway, check 10k rows was 3 % faster and 100k rows the same.
//
// Young generation. V8 doubles the new space (two semi-spaces) each time more bytes survive a scavenge
// than it holds, up to 16 MB a semi-space on Node 20 and 32 MB on Node 24. Nearly everything the parser
// makes lives until the report is written, so a large tracker grew it to that cap at once (32 MB, 64 MB
// on Node 24) while it held 2–13 MB. A growth factor of 1 keeps it at about 2 MB. The survivors go to
// the old space a little sooner, which they would reach anyway. For `check` at 100k rows this lowered
// the peak resident set from 203 to 178 MiB on Node 20 and from 255 to 195 MiB on Node 24, and it was
// no slower. `fix`, which lints three times and keeps every fix, was 8–14 % slower with it on Node 20,
// so only `check` uses it.
//
// TurboFan for a small input. Below about 2M characters of input (11.6k rows of the seed's format), a
// lint-only `check` is over before TurboFan's code pays for compiling it, and its background jobs take
// the second core from the garbage collector's helpers and, when the machine is busy, from the main
// thread. Without it the code runs in V8's baseline tiers (and Maglev, on Node 24 and 26). Where the
// bound lies, from interleaved A/B runs on Node 20 with TurboFan off from the start (docs/benchmarks.md):
// 5k rows 4 % faster, 10k rows 1 %, 12.5k rows the same, 15k rows 6 % and 20k rows 8 % slower. As
// shipped, against the build before it: Node 20, 5k rows 7 % and 10k rows 2 % faster, with 22 % less
// CPU and 6 MB less memory at 10k rows; with one core kept busy by another process, 17 % and 12 %
// faster. Node 24, 5k and 10k rows 10–11 % faster (with TurboFan off from the start, 20k rows 9 % and
// 40k rows 2 % faster still: its bound would lie higher). With --links the link engine runs too, and TurboFan stays on.
//
// Why run time works: TurboFan reads its inlining limits for each job it starts; V8 reads the growth
// factor each time it grows the new space (SemiSpaceNewSpace::Grow in src/heap/new-spaces.cc); and no
// TurboFan compilation follows --no-turbofan in V8's trace (--trace-opt), on every major below. Given on
// the command line, a growth factor below 2 is raised to 2 (at heap set-up on Node 20, by a flag
// implication on Node 24); v8.setFlagsFromString does not re-apply that minimum. --max-opt=1 would turn
// TurboFan off too on Node 20 and 22, but Node 24 and 26 ignore it when it is set at run time. Node warns
// that flags changed after start-up may do nothing, and a V8 that no longer knew a flag would print an
// error on every run: so each is set only on the Node majors where it was checked. A user who sets such a
// flag themselves (on the command line or in NODE_OPTIONS) keeps it, and this leaves that part of V8 alone.
// Source: https://nodejs.org/api/v8.html#v8setflagsfromstringflags
import v8 from 'node:v8';

/** Node majors on which every flag here was checked to take effect at run time, silently. */
const CHECKED_NODE_MAJORS = [20, 22, 24, 26];

/** Largest callee (bytes of bytecode) TurboFan inlines in a CLI run; V8's default is 460. */
export const MAX_INLINED_BYTECODE_SIZE = 30;

/**
 * Characters (UTF-16 code units) of input below which a lint-only `check` runs without TurboFan: the
 * point, on Node 20, where its optimized code starts to pay, between 10k rows (1.7M characters) and
 * 12.5k rows (2.2M characters) of the seed's format (see the header).
 */
export const SMALL_INPUT_CHARS = 2_000_000;

/** Node flags that size the young generation: any semi-space flag, or --max-heap-size, in either spelling. */
const SIZES_YOUNG_GENERATION = /semi[-_]space|max[-_]heap[-_]size/;
/**
 * V8 flags that set TurboFan's inlining, in any spelling V8 reads (`--` or `-`, `-` or `_`, `no-`,
 * `no_` or `no`): --turbo-inlining, --max-inlined-bytecode-size…, --min-inlining-frequency,
 * --stress-inline, --polymorphic-inlining, --reserve-inline-budget-scale-factor. Tracing
 * (--trace-turbo-inlining) is not one. Node takes these on the command line only, not in NODE_OPTIONS.
 */
const SETS_INLINING = /(?:^|\s)--?(?:no[-_]?)?(?:turbo[-_]inlining|max[-_]inlined|min[-_]inlining|stress[-_]inline|polymorphic[-_]inlining|reserve[-_]inline)/;

/**
 * V8 flags that choose or tune the tiers: any flag naming TurboFan or optimization (--turbofan,
 * --always-turbofan, --invocation-count-for-turbofan, --ticks-before-optimization,
 * --max-optimized-bytecode-size…), and --opt, --max-opt, --always-opt, --maglev, --sparkplug,
 * --always-sparkplug, --jitless; with `-` or `--`, `-` or `_`, and any `no` prefix. Tracing and printing
 * flags (--trace-opt, --print-opt-code…) are not.
 */
const SETS_TIERS =
  /(?:^|\s)--?(?!(?:no[-_]?)?(?:trace|print)[-_])(?:no[-_]?)?(?:[-_a-z]*(?:turbofan|optimiz)|opt(?![-_a-z])|max[-_]opt|always[-_](?:opt|sparkplug)|maglev(?![-_a-z])|sparkplug(?![-_a-z])|jitless)/;

/** Shared gate: a checked Node major, and none of the user's own flags (`execArgv`, `nodeOptions`: NODE_OPTIONS) matches `userFlag`. */
function mayTune(userFlag: RegExp, execArgv: readonly string[], nodeOptions: string, nodeVersion: string): boolean {
  if (!CHECKED_NODE_MAJORS.includes(Number(nodeVersion.split('.')[0]))) return false;
  return ![...execArgv, nodeOptions].some((flag) => userFlag.test(flag));
}

/**
 * Limits TurboFan's inlining to callees of at most MAX_INLINED_BYTECODE_SIZE bytes for the rest of
 * the process, unless this Node major was not checked or the user's own flags set inlining. Returns
 * whether it did. Call it before the modules whose speed matters are compiled.
 */
export function inlineOnlySmallFunctions(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env['NODE_OPTIONS'] ?? '',
  nodeVersion: string = process.versions.node,
): boolean {
  if (!mayTune(SETS_INLINING, execArgv, nodeOptions, nodeVersion)) return false;
  v8.setFlagsFromString(`--max-inlined-bytecode-size=${MAX_INLINED_BYTECODE_SIZE}`);
  return true;
}

/**
 * Sets V8's semi-space growth factor to 1 for the rest of the process, unless this Node major was not
 * checked or the user's own flags size the young generation. Returns whether it did.
 */
export function keepYoungGenerationSmall(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env['NODE_OPTIONS'] ?? '',
  nodeVersion: string = process.versions.node,
): boolean {
  if (!mayTune(SIZES_YOUNG_GENERATION, execArgv, nodeOptions, nodeVersion)) return false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}

/**
 * Turns TurboFan off for the rest of the process when a lint-only `check` reads fewer than
 * SMALL_INPUT_CHARS characters (`inputChars`, UTF-16 code units of every file), unless this Node major
 * was not checked or the user's own flags choose the tiers. Returns whether it did. Call it after the
 * files are read and before they are parsed.
 */
export function skipOptimizingCompilerForSmallInput(
  inputChars: number,
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env['NODE_OPTIONS'] ?? '',
  nodeVersion: string = process.versions.node,
): boolean {
  if (inputChars >= SMALL_INPUT_CHARS || !mayTune(SETS_TIERS, execArgv, nodeOptions, nodeVersion)) return false;
  v8.setFlagsFromString('--no-turbofan');
  return true;
}
