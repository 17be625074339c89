// Bundles the CLI (dist/cli.js) and the Action (dist/index.js) with esbuild.
// The output is committed; .ci/run rebuilds and fails when it differs.
import { build } from 'esbuild';
import { chmod, readFile, rm, writeFile } from 'node:fs/promises';

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
});
const cli = 'dist/cli.js';
await writeFile(cli, '#!/usr/bin/env node\n' + (await readFile(cli, 'utf8')));
await chmod(cli, 0o755);
