import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/cli/v8-tuning.ts
import v8 from "node:v8";
var CHECKED_NODE_MAJORS = [20, 22, 24, 26];
var MAX_INLINED_BYTECODE_SIZE = 30;
var SMALL_INPUT_CHARS = 2e6;
var SIZES_YOUNG_GENERATION = /semi[-_]space|max[-_]heap[-_]size/;
var SETS_INLINING = /(?:^|\s)--?(?:no[-_]?)?(?:turbo[-_]inlining|max[-_]inlined|min[-_]inlining|stress[-_]inline|polymorphic[-_]inlining|reserve[-_]inline)/;
var SETS_TIERS = /(?:^|\s)--?(?!(?:no[-_]?)?(?:trace|print)[-_])(?:no[-_]?)?(?:[-_a-z]*(?:turbofan|optimiz)|opt(?![-_a-z])|max[-_]opt|always[-_](?:opt|sparkplug)|maglev(?![-_a-z])|sparkplug(?![-_a-z])|jitless)/;
function mayTune(userFlag, execArgv, nodeOptions, nodeVersion) {
  if (!CHECKED_NODE_MAJORS.includes(Number(nodeVersion.split(".")[0]))) return false;
  return ![...execArgv, nodeOptions].some((flag) => userFlag.test(flag));
}
function inlineOnlySmallFunctions(execArgv = process.execArgv, nodeOptions = process.env["NODE_OPTIONS"] ?? "", nodeVersion = process.versions.node) {
  if (!mayTune(SETS_INLINING, execArgv, nodeOptions, nodeVersion)) return false;
  v8.setFlagsFromString(`--max-inlined-bytecode-size=${MAX_INLINED_BYTECODE_SIZE}`);
  return true;
}
function keepYoungGenerationSmall(execArgv = process.execArgv, nodeOptions = process.env["NODE_OPTIONS"] ?? "", nodeVersion = process.versions.node) {
  if (!mayTune(SIZES_YOUNG_GENERATION, execArgv, nodeOptions, nodeVersion)) return false;
  v8.setFlagsFromString("--semi-space-growth-factor=1");
  return true;
}
function skipOptimizingCompilerForSmallInput(inputChars, execArgv = process.execArgv, nodeOptions = process.env["NODE_OPTIONS"] ?? "", nodeVersion = process.versions.node) {
  if (inputChars >= SMALL_INPUT_CHARS || !mayTune(SETS_TIERS, execArgv, nodeOptions, nodeVersion)) return false;
  v8.setFlagsFromString("--no-turbofan");
  return true;
}

export {
  inlineOnlySmallFunctions,
  keepYoungGenerationSmall,
  skipOptimizingCompilerForSmallInput
};
