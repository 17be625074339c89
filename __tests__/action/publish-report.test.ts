// report-from treats the report as untrusted: size cap, strict schema, safe paths.
import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedReport } from '../../src/action/outputs.js';
import { readPublishedReport } from '../../src/action/publish-report.js';
import type { FileReport } from '../../src/report/model.js';
import { makeTempDir } from '../support/action-run.js';

let dir: string;
beforeAll(async () => {
  dir = await makeTempDir('publish');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const file: FileReport = {
  path: 'README.md',
  lang: 'zh',
  diagnostics: [
    { rule: 'date-format', severity: 'warning', message: 'm', line: 3, column: 1, endLine: 3, endColumn: 4, section: 'S', fixable: true },
  ],
  links: [{ url: 'https://x.test/', line: 3, section: 'S', title: 'X', verdict: 'dead', status: 404, reason: { kind: 'http-status', status: 404 }, ms: 5 }],
};
const valid = buildPublishedReport([file], [], true, { lang: 'zh', pullRequest: { number: 7, headSha: 'a'.repeat(40) } });

async function attempt(content: unknown, maxBytes?: number) {
  const path = join(dir, `r-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content));
  return readPublishedReport(path, 'report.json', maxBytes);
}

describe('readPublishedReport', () => {
  it('accepts the report a pull-request run writes', async () => {
    await expect(attempt(valid)).resolves.toMatchObject({ pullRequest: { number: 7 }, files: [{ path: 'README.md' }] });
  });

  it.each([
    ['an unknown top-level key', { ...valid, extra: 1 }, /rejected, \(top level\)/],
    ['a missing pullRequest', { ...valid, pullRequest: undefined }, /rejected, pullRequest/],
    ['a short head SHA', { ...valid, pullRequest: { number: 7, headSha: 'abc' } }, /rejected, pullRequest\.headSha/],
    ['an absolute path', { ...valid, files: [{ ...valid.files[0], path: '/etc/passwd' }] }, /rejected, files\[0\]\.path/],
    ['a parent-directory path', { ...valid, files: [{ ...valid.files[0], path: 'a/../../b.md' }] }, /rejected, files\[0\]\.path/],
    ['an unknown verdict', { ...valid, files: [{ ...valid.files[0], links: [{ ...valid.files[0]!.links[0], verdict: 'pwned' }] }] }, /links\[0\]\.verdict/],
    ['a rule id with markup', { ...valid, files: [{ ...valid.files[0], diagnostics: [{ ...valid.files[0]!.diagnostics[0], rule: '`x`<b>' }] }] }, /diagnostics\[0\]\.rule/],
    ['not JSON', '{"version":1,', /not valid JSON/],
  ])('rejects %s', async (_name, content, message) => {
    await expect(attempt(content)).rejects.toThrow(message);
  });

  it('rejects a file over the size cap before parsing it', async () => {
    await expect(attempt(valid, 100)).rejects.toThrow(/over the 100-byte limit/);
  });
});
