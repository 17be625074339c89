// Bundles the CLI (dist/cli.js) and the Action (dist/index.js) with esbuild.
// The output is committed; .ci/run rebuilds and fails when it differs.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

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

await build({ ...shared, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node\n' + shared.banner.js } });
if (existsSync('src/action/main.ts')) {
  await build({ ...shared, entryPoints: ['src/action/main.ts'], outfile: 'dist/index.js' });
}
