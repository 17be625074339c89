// Bundles the CLI (dist/cli.js) and the Action (dist/index.js) with esbuild.
// The output is committed; .ci/run rebuilds and fails when it differs.
import { build } from 'esbuild';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { ACTION_INPUTS_MODULE, actionInputsModuleSource } from './action-inputs.mjs';

// @actions/core imports its OIDC client (and with it @actions/http-client and undici) at load time,
// though only core.getIDToken() uses it. Swap in a shim that loads the real module on first use, so
// an Action run that makes no request does not load undici (scripts/shims/actions-core-oidc.mjs).
const coreLib = dirname(fileURLToPath(import.meta.resolve('@actions/core')));
const lazyOidc = {
  name: 'lazy-actions-core-oidc',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      resolve(args.resolveDir) === coreLib ? { path: resolve('scripts/shims/actions-core-oidc.mjs') } : undefined,
    );
    pluginBuild.onResolve({ filter: /^tracker-bot-build:actions-core-oidc$/ }, () => ({ path: join(coreLib, 'oidc-utils.js') }));
  },
};

// remark (with remark-gfm) is the parser's fallback for link cells its own scan cannot decide, called
// synchronously; it ships as a separate CommonJS file that the shim requires on first use
// (scripts/shims/remark.mjs), instead of loading with every run.
const remarkDir = resolve('src/core/parse');
const lazyRemark = {
  name: 'lazy-remark',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^remark(-gfm)?$/ }, (args) =>
      resolve(args.resolveDir) === remarkDir ? { path: resolve('scripts/shims/remark.mjs') } : undefined,
    );
  },
};

// picomatch is needed only for glob patterns, by synchronous callers: like remark, it ships as a
// separate CommonJS file that the shim requires on first use (scripts/shims/picomatch.mjs).
const lazyPicomatch = {
  name: 'lazy-picomatch',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^picomatch$/ }, (args) => (args.importer.startsWith(resolve('src')) ? { path: resolve('scripts/shims/picomatch.mjs') } : undefined));
  },
};

// undici's HTTP/2 client (and node:http2) loads only if a connection negotiates HTTP/2, which the link
// engine never asks for (scripts/shims/undici-client-h2.cjs).
const undiciDispatcher = join(dirname(fileURLToPath(import.meta.resolve('undici'))), 'lib', 'dispatcher');
const lazyUndiciH2 = {
  name: 'lazy-undici-client-h2',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/client-h2\.js$/ }, (args) =>
      resolve(args.resolveDir) === undiciDispatcher ? { path: resolve('scripts/shims/undici-client-h2.cjs') } : undefined,
    );
    pluginBuild.onResolve({ filter: /^tracker-bot-build:undici-client-h2$/ }, () => ({ path: join(undiciDispatcher, 'client-h2.js') }));
  },
};

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

// One build with code splitting: the CLI's startup path loads only the core and the reporters;
// the link engine, diff and progress bar are separate chunks loaded on demand (dist/chunks/).
await rm('dist', { recursive: true, force: true });
await build({
  ...shared,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/action/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyOidc, lazyRemark, lazyPicomatch, lazyUndiciH2, actionInputs],
});
await build({
  ...shared,
  banner: {},
  format: 'cjs',
  entryPoints: ['scripts/shims/remark-entry.mjs'],
  outfile: 'dist/chunks/remark-fallback.cjs',
});
await build({
  ...shared,
  banner: {},
  format: 'cjs',
  entryPoints: [fileURLToPath(import.meta.resolve('picomatch'))],
  outfile: 'dist/chunks/picomatch.cjs',
});
const cli = 'dist/cli.js';
await writeFile(cli, '#!/usr/bin/env node\n' + (await readFile(cli, 'utf8')));
await chmod(cli, 0o755);
