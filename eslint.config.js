import tseslint from 'typescript-eslint';

// Import boundaries between the folders of src/ (issue 11). The pipeline runs one way:
// core (parse → model → rules → diagnostics → fixes) is pure and imports nothing outside itself;
// report/ renders core's model and links/ checks core's links, so both import only core; the two
// faces, cli/ and action/, sit on top and never import each other (nor does app/, which both use).
// The Action reaches the network only through action/api/ (GitHub) and links/ (the link engine).
//
// no-restricted-imports sees the import string, not the resolved path, so each folder gets one
// config block per nesting depth: from src/core/rules/x.ts, `../../` is the first prefix that leaves
// core. Depths up to MAX_DEPTH below the folder are covered; a deeper file is an error (see below).
// A dynamic import() is checked by no-restricted-syntax with the same patterns.
const MAX_DEPTH = 3;

/** Folder → the other src/ folders it may import (`allow`) or must not import (`deny`). */
const boundaries = {
  core: { allow: [] },
  report: { allow: ['core'] },
  links: { allow: ['core'] },
  cli: { deny: ['action'] },
  action: { deny: ['cli'] },
  app: { deny: ['cli', 'action'] },
};

// Files allowed to import src/config/ from a folder that may not: none since the option types moved
// into src/core (issue 11). Keep it empty; the test fails on an entry that is no longer needed.
export const stillImportingConfig = {};

/** Bare modules that make HTTP requests; in action/ only api/ may import them (links/ is its own folder). */
const httpModules = ['undici', 'undici/*', 'node:http', 'node:https', 'http', 'https', '@octokit/*', '@actions/github', '@actions/http-client'];
const httpMessage = 'The Action reaches the network only through src/action/api/ (GitHub) and src/links/ (link checks).';

// Files of action/ outside api/ allowed an HTTP client; empty since the archive lookup moved into
// src/links/. Keep it empty.
export const stillCallingHttp = [];

const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The regex matching a relative import that leaves `folder` from a file `depth` folders below it, into a folder it may not import. */
function leavingPattern(folder, depth, extraAllow = []) {
  const up = `^(\\.\\./){${depth + 1}}`;
  const rule = boundaries[folder];
  if (rule.deny) return `${up}(${rule.deny.map(escape).join('|')})(/|$)`;
  const allowed = [...rule.allow, ...extraAllow];
  return allowed.length === 0 ? up : `${up}(?!(${allowed.map(escape).join('|')})/)`;
}

function boundaryRules(folder, depth, { extraAllow = [], http = false } = {}) {
  const rule = boundaries[folder];
  const message = rule.deny
    ? `src/${folder}/ must not import ${rule.deny.map((f) => `src/${f}/`).join(' or ')} (import boundaries, eslint.config.js).`
    : `src/${folder}/ may import only ${rule.allow.length ? rule.allow.map((f) => `src/${f}/`).join(', ') + ' and ' : ''}itself (import boundaries, eslint.config.js).`;
  const regex = leavingPattern(folder, depth, extraAllow);
  const patterns = [{ regex, message }];
  if (http) patterns.push({ group: httpModules, message: httpMessage });
  return {
    'no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': ['error', { selector: `ImportExpression[source.value=/${regex.replace(/\//g, '\\/')}/]`, message }],
    ...(http ? { 'no-restricted-globals': ['error', { name: 'fetch', message: httpMessage }] } : {}),
  };
}

function boundaryBlocks() {
  const blocks = [];
  for (const folder of Object.keys(boundaries)) {
    for (let depth = 0; depth <= MAX_DEPTH; depth++) {
      const files = [`src/${folder}/${'*/'.repeat(depth)}*.ts`];
      if (folder !== 'action') {
        blocks.push({ files, rules: boundaryRules(folder, depth) });
      } else {
        // All of action/ except api/ is also held to the HTTP rule.
        if (depth > 0) blocks.push({ files: [`src/action/api/${'*/'.repeat(depth - 1)}*.ts`], rules: boundaryRules(folder, depth) });
        blocks.push({ files, ignores: ['src/action/api/**'], rules: boundaryRules(folder, depth, { http: true }) });
      }
    }
    blocks.push({
      files: [`src/${folder}/${'*/'.repeat(MAX_DEPTH + 1)}**/*.ts`],
      rules: { 'no-restricted-syntax': ['error', { selector: 'Program', message: `Nested deeper than eslint.config.js checks import boundaries; raise MAX_DEPTH.` }] },
    });
  }
  for (const [folder, files] of Object.entries(stillImportingConfig)) {
    for (const file of files) {
      const depth = file.split('/').length - 3;
      blocks.push({ files: [file], rules: boundaryRules(folder, depth, { extraAllow: ['config'] }) });
    }
  }
  for (const file of stillCallingHttp) {
    const depth = file.split('/').length - 3;
    blocks.push({ files: [file], rules: boundaryRules('action', depth, { http: false }) });
  }
  return blocks;
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench/out/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  ...boundaryBlocks(),
);
