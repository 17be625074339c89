// Layering: the Action makes no HTTP call of its own. GitHub calls go through src/action/api/ (one operation
// per file) and link checks through the link engine (src/links/); every other Action module only calls those.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/action-run.js';

const ACTION = join(REPO_ROOT, 'src/action');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const HTTP_CLIENT = /from '(?:undici|node:https?|https?|axios|node-fetch)'|\bfetch\(/;
const GITHUB_CALL = /\boctokit\.(?:rest|request|graphql|paginate)\b/;

describe('the Action calls HTTP only through api/ and the link engine', () => {
  const files = sources(ACTION).map((file) => ({ path: relative(ACTION, file).split('\\').join('/'), text: readFileSync(file, 'utf8') }));

  it('has no HTTP client outside the link engine', () => {
    const offenders = files.filter((f) => HTTP_CLIENT.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });

  it('calls the GitHub API only from src/action/api/', () => {
    const offenders = files.filter((f) => !f.path.startsWith('api/') && GITHUB_CALL.test(f.text)).map((f) => f.path);
    expect(offenders).toEqual([]);
  });
});
