// Bundles the CLI (dist/cli.js) and the Action (dist/index.js) with esbuild.
// The output is committed; .ci/run rebuilds and fails when it differs.
import { build } from 'esbuild';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { ACTION_INPUTS_MODULE, actionInputsModuleSource } from './action-inputs.mjs';

/**
 * An esbuild plugin that swaps a module for a build shim (scripts/shims/) that loads the real thing on
 * first use, so runs that never need it never load it. `filter` and `applies(args)` pick the imports to
 * swap; `real` names the specifier the shim imports to reach the real module (resolved to `realPath`).
 */
function shimPlugin({ name, filter, applies, shim, real, realPath }) {
  return {
    name,
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter }, (args) => (applies(args) ? { path: resolve(shim) } : undefined));
      if (real) pluginBuild.onResolve({ filter: new RegExp(`^${real}$`) }, () => ({ path: realPath }));
    },
  };
}

// @actions/core imports its OIDC client (and with it @actions/http-client and undici) at load time,
// though only core.getIDToken() uses it: an Action run that makes no request does not load undici.
const coreLib = dirname(fileURLToPath(import.meta.resolve('@actions/core')));
const lazyOidc = shimPlugin({
  name: 'lazy-actions-core-oidc',
  filter: /^\.\/oidc-utils\.js$/,
  applies: (args) => resolve(args.resolveDir) === coreLib,
  shim: 'scripts/shims/actions-core-oidc.mjs',
  real: 'tracker-bot-build:actions-core-oidc',
  realPath: join(coreLib, 'oidc-utils.js'),
});

// @actions/core's file-command module imports node:crypto at load time for one randomUUID() call
// (core.setOutput's delimiter, which tracker-bot does not use): the shim loads it on first call.
const lazyCoreCrypto = shimPlugin({
  name: 'lazy-actions-core-crypto',
  filter: /^(node:)?crypto$/,
  applies: (args) => resolve(args.resolveDir) === coreLib && args.importer.endsWith('file-command.js'),
  shim: 'scripts/shims/actions-core-crypto.mjs',
});

// remark (with remark-gfm) is the parser's fallback for link cells its own scan cannot decide, and
// picomatch is needed only for glob patterns; both are called synchronously, so each ships as a
// separate CommonJS file (COMMONJS_CHUNKS below) that its shim requires on first use.
const lazyRemark = shimPlugin({
  name: 'lazy-remark',
  filter: /^remark(-gfm)?$/,
  applies: (args) => resolve(args.resolveDir) === resolve('src/core/parse'),
  shim: 'scripts/shims/remark.mjs',
});
const lazyPicomatch = shimPlugin({
  name: 'lazy-picomatch',
  filter: /^picomatch$/,
  applies: (args) => args.importer.startsWith(resolve('src')),
  shim: 'scripts/shims/picomatch.mjs',
});

// undici's HTTP/2 client (and node:http2) loads only if a connection negotiates HTTP/2, which the link
// engine never asks for.
const undiciDispatcher = join(dirname(fileURLToPath(import.meta.resolve('undici'))), 'lib', 'dispatcher');
const lazyUndiciH2 = shimPlugin({
  name: 'lazy-undici-client-h2',
  filter: /^\.\/client-h2\.js$/,
  applies: (args) => resolve(args.resolveDir) === undiciDispatcher,
  shim: 'scripts/shims/undici-client-h2.cjs',
  real: 'tracker-bot-build:undici-client-h2',
  realPath: join(undiciDispatcher, 'client-h2.js'),
});

// commander requires node:child_process at load time, only for executable subcommands (unused here).
const commanderLib = join(dirname(fileURLToPath(import.meta.resolve('commander'))), 'lib');
const lazyCommanderChildProcess = shimPlugin({
  name: 'lazy-commander-child-process',
  filter: /^(node:)?child_process$/,
  applies: (args) => resolve(args.resolveDir) === commanderLib,
  shim: 'scripts/shims/commander-child-process.cjs',
});

/** The CommonJS files the shims require on first use: entry → file in dist/chunks/. */
const COMMONJS_CHUNKS = [
  { entry: 'scripts/shims/remark-entry.mjs', outfile: 'dist/chunks/remark-fallback.cjs' },
  { entry: fileURLToPath(import.meta.resolve('picomatch')), outfile: 'dist/chunks/picomatch.cjs' },
];

// The Action's input defaults come from action.yml itself (scripts/action-inputs.mjs), never a copy.
const actionInputs = {
  name: 'action-inputs',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^virtual:action-inputs$/ }, () => ({ path: ACTION_INPUTS_MODULE, namespace: 'action-inputs' }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'action-inputs' }, () => ({
      contents: actionInputsModuleSource(resolve('action.yml')),
      loader: 'js',
      watchFiles: [resolve('action.yml')],
    }));
  },
};

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Some CommonJS dependencies call require() on Node built-ins; give the ESM bundle a real require.
  banner: { js: "import { createRequire as __trackerBotCreateRequire } from 'node:module';\nconst require = __trackerBotCreateRequire(import.meta.url);" },
};

// One build per entry point, each with code splitting: a start-up path loads only the core and the
// reporters, and the link engine, diff and progress bar are separate chunks loaded on demand
// (dist/chunks/). Separate builds, because chunks shared by both entry points split each one's
// start-up code over more files: the CLI loaded 21 modules instead of 14, each resolved and compiled
// on its own (about 5–8 ms of a 95 ms `check` of a small file).
await rm('dist', { recursive: true, force: true });
for (const entryPoints of [{ cli: 'src/cli/main.ts' }, { index: 'src/action/main.ts' }]) {
  await build({
    ...shared,
    entryPoints,
    outdir: 'dist',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    plugins: [lazyOidc, lazyCoreCrypto, lazyRemark, lazyPicomatch, lazyUndiciH2, lazyCommanderChildProcess, actionInputs],
  });
}
for (const { entry, outfile } of COMMONJS_CHUNKS) {
  await build({ ...shared, banner: {}, format: 'cjs', entryPoints: [entry], outfile });
}
const cli = 'dist/cli.js';
await writeFile(cli, '#!/usr/bin/env node\n' + (await readFile(cli, 'utf8')));
await chmod(cli, 0o755);
