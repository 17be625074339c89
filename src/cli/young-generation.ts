// CLI adapter, process tuning for `check`: keeps V8's young generation small while a tracker is read,
// linted and reported. Called by runCheck before it reads anything; other commands keep V8's default.
//
// V8 doubles the new space (two semi-spaces) each time more bytes survive a scavenge than it holds, up
// to 16 MB a semi-space on Node 20 and 32 MB on Node 24. Nearly everything the parser makes lives until
// the report is written, so a large tracker grew it to that cap at once (32 MB, 64 MB on Node 24) while
// it held 2–13 MB. A growth factor of 1 keeps it at about 2 MB. The survivors go to the old space a
// little sooner, which they would reach anyway. For `check` at 100k rows this lowered the peak
// resident set from 203 to 178 MiB on Node 20 and from 255 to 195 MiB on Node 24, and it was no slower
// (docs/benchmarks.md). `fix`, which lints three times and keeps every fix, was 8–14 % slower with it
// on Node 20, so it is not used there.
//
// V8 reads the factor each time it grows the new space (SemiSpaceNewSpace::Grow in
// src/heap/new-spaces.cc). Given on the command line, a factor below 2 is raised to 2 (at heap set-up on
// Node 20, by a flag implication on Node 24); v8.setFlagsFromString does not re-apply that minimum,
// which is why this works at run time. Node warns that flags changed after start-up may do nothing, and
// a V8 that no longer knew the flag would print an error on every run: so it is set only on the Node
// majors where it was checked. A user who sizes the young generation themselves (a semi-space flag or
// --max-heap-size, on the command line or in NODE_OPTIONS) keeps V8's growth.
// Source: https://nodejs.org/api/v8.html#v8setflagsfromstringflags
import v8 from 'node:v8';

/** Node majors on which setting --semi-space-growth-factor at run time was checked to work, silently. */
const CHECKED_NODE_MAJORS = [20, 22, 24, 26];

/**
 * Sets V8's semi-space growth factor to 1 for the rest of the process, unless this Node major was not
 * checked or the user's own flags (`execArgv`, `nodeOptions`: NODE_OPTIONS) size the young generation.
 * Returns whether it did.
 */
export function keepYoungGenerationSmall(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env['NODE_OPTIONS'] ?? '',
  nodeVersion: string = process.versions.node,
): boolean {
  if (!CHECKED_NODE_MAJORS.includes(Number(nodeVersion.split('.')[0]))) return false;
  if ([...execArgv, nodeOptions].some((flag) => SIZES_YOUNG_GENERATION.test(flag))) return false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}

/** Node flags that size the young generation: any semi-space flag, or --max-heap-size, in either spelling. */
const SIZES_YOUNG_GENERATION = /semi[-_]space|max[-_]heap[-_]size/;
