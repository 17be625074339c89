// Import boundaries between src/ folders (issue 11), enforced by eslint.config.js. These tests lint
// small virtual files through the project's real ESLint config, so they fail if the rule stops firing
// on a violation, starts firing on an allowed import, or keeps a temporary exception nobody needs.
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** Ids of the boundary rules that fire on `code` if it were the file at `filePath` (relative to the repo root). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath });
  return (result?.messages ?? [])
    .filter((m) => ['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals'].includes(m.ruleId ?? ''))
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['src/core/lint-probe.ts', "import type { A } from '../config/schema.js';"],
    ['src/core/rules/probe.ts', "import type { A } from '../../report/model.js';"],
    ['src/core/parse/probe.ts', "import type { A } from '../../../package.json';"],
    ['src/report/probe.ts', "import type { A } from '../links/index.js';"],
    ['src/report/probe.ts', "import type { A } from '../action/comment.js';"],
    ['src/links/probe.ts', "import type { A } from '../report/model.js';"],
    ['src/links/checkers/probe.ts', "import type { A } from '../../app/analyze.js';"],
    ['src/cli/probe.ts', "import type { A } from '../action/run.js';"],
    ['src/cli/probe.ts', "export const m = () => import('../action/run.js');"],
    ['src/action/probe.ts', "export type { A } from '../cli/check.js';"],
    ['src/action/scheduled/probe.ts', "import type { A } from '../../cli/check.js';"],
    ['src/action/api/probe.ts', "import type { A } from '../../cli/check.js';"],
    ['src/app/probe.ts', "import type { A } from '../action/settings.js';"],
    ['src/action/probe.ts', "import { request } from 'undici';"],
    ['src/action/scheduled/probe.ts', "import { request } from 'node:https';"],
    ['src/action/probe.ts', "import { Octokit } from '@octokit/core';"],
    ['src/action/scheduled/probe.ts', "export const page = () => fetch('https://web.archive.org/');"],
  ])('%s: %s is an error', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['src/core/rules/probe.ts', "import type { A } from '../schema.js'; import type { B } from './index.js';"],
    ['src/core/probe.ts', "import { remark } from 'remark';"],
    ['src/report/probe.ts', "import type { A } from '../core/types.js'; import type { B } from './model.js';"],
    ['src/links/checkers/probe.ts', "import type { A } from '../../core/types.js'; import type { B } from '../check.js';"],
    ['src/cli/probe.ts', "import type { A } from '../report/model.js'; export const m = () => import('../links/index.js');"],
    ['src/action/probe.ts', "import type { A } from '../links/index.js'; import type { B } from './api/octokit.js';"],
    ['src/action/api/probe.ts', "import { Octokit } from '@octokit/core'; import { request } from 'undici';"],
    ['src/links/probe.ts', "export const page = () => fetch('https://a.example/');"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });

  it('flags a file nested deeper than the config checks', async () => {
    expect(await boundaryErrors('src/core/a/b/c/d/probe.ts', '')).toHaveLength(1);
  });

  // The config lists files that may still break a boundary until other issue-11 work lands. An entry
  // whose file no longer breaks it must be deleted, so this fails as soon as an exception is stale.
  it('keeps temporary exceptions only for files that still need them', async () => {
    const config = (await import(pathToFileURL(`${root}eslint.config.js`).href)) as {
      stillImportingConfig: Record<string, string[]>;
      stillCallingHttp: string[];
    };
    const excepted = [...Object.values(config.stillImportingConfig).flat(), ...config.stillCallingHttp];
    for (const file of excepted) {
      let text: string;
      try {
        text = await readFile(`${root}${file}`, 'utf8');
      } catch {
        throw new Error(`${file} is listed as a temporary import-boundary exception but no longer exists: remove it from eslint.config.js`);
      }
      // The same text at a sibling path without the exception.
      const probe = file.replace(/[^/]+\.ts$/, 'boundary-probe.ts');
      const errors = await boundaryErrors(probe, text);
      expect(errors, `${file} no longer breaks a boundary: remove it from the exceptions in eslint.config.js`).not.toEqual([]);
    }
  });
});
