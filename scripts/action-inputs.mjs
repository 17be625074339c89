// Build step shared by the bundler (scripts/build.mjs) and the test runner (vitest.config.ts): turns
// action.yml's `inputs:` into the virtual module `virtual:action-inputs`, whose default export is
// `{ [inputName]: defaultText }` in action.yml's order. The Action's settings read their defaults from
// it, so each default is written once, in action.yml, and inlined into dist/index.js at build time.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export const ACTION_INPUTS_MODULE = 'virtual:action-inputs';

/**
 * action.yml's input defaults, `{ name: default }` (a missing default is ''). Throws when the file has
 * no `inputs:` mapping or an input's default is not a string (quote `'true'` in YAML).
 */
export function actionInputDefaults(actionYmlPath) {
  const action = parse(readFileSync(actionYmlPath, 'utf8'));
  if (!action || typeof action.inputs !== 'object' || action.inputs === null) throw new Error(`${actionYmlPath}: no inputs mapping`);
  const defaults = {};
  for (const [name, input] of Object.entries(action.inputs)) {
    const value = input?.default ?? '';
    if (typeof value !== 'string') throw new Error(`${actionYmlPath}: input ${name}: default must be a string (quote it)`);
    defaults[name] = value;
  }
  return defaults;
}

/** The module's source text: one JSON object as its default export. */
export function actionInputsModuleSource(actionYmlPath) {
  return `export default ${JSON.stringify(actionInputDefaults(actionYmlPath))};\n`;
}
