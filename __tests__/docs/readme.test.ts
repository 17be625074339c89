// The README's rule table and Action input/output tables are generated from the rules' own
// metadata and action.yml, and its example comment is docs/examples/pull-request-comment.md (which
// __tests__/docs/examples.test.ts renders from a real scenario), so none can drift. `npm run docs`
// rewrites them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/core/rules/index.js';

const root = resolve(__dirname, '../..');
const readmePath = join(root, 'README.md');

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function rulesTable(): string {
  const rows = RULES.map(
    (r) => `| \`${r.id}\` | ${r.offByDefault ? `off (${r.defaultSeverity})` : r.defaultSeverity} | ${r.fixable ? 'yes' : '–'} | ${cell(r.description.en)} | ${cell(r.description.zh)} |`,
  );
  return ['| id | default | fixable | checks | 说明 |', '|---|---|---|---|---|', ...rows].join('\n');
}

export function actionTables(): string {
  const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { description: string }>;
  };
  const inputs = Object.entries(action.inputs).map(
    ([name, spec]) => `| \`${name}\` | ${spec.default === undefined || spec.default === '' ? '–' : `\`${cell(String(spec.default))}\``} | ${cell(spec.description)} |`,
  );
  const outputs = Object.entries(action.outputs).map(([name, spec]) => `| \`${name}\` | ${cell(spec.description)} |`);
  return [
    '**Inputs**',
    '',
    '| input | default | meaning |',
    '|---|---|---|',
    ...inputs,
    '',
    '**Outputs**',
    '',
    '| output | meaning |',
    '|---|---|',
    ...outputs,
  ].join('\n');
}

function replaceBetween(text: string, name: string, body: string): string {
  const start = `<!-- generated:${name}:start -->`;
  const end = `<!-- generated:${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) throw new Error(`README.md lacks the ${name} markers`);
  return text.slice(0, from + start.length) + '\n' + body + '\n' + text.slice(to);
}

describe('README generated sections', () => {
  it('match the rules and action.yml (run `npm run docs` to update)', () => {
    const current = readFileSync(readmePath, 'utf8');
    const example = readFileSync(join(root, 'docs', 'examples', 'pull-request-comment.md'), 'utf8').trimEnd();
    const expected = replaceBetween(replaceBetween(replaceBetween(current, 'rules', rulesTable()), 'action', actionTables()), 'example-comment', example);
    if (process.env.UPDATE_DOCS === '1') {
      writeFileSync(readmePath, expected);
      return;
    }
    expect(current).toBe(expected);
  });

  it('document every rule id and config key', () => {
    const current = readFileSync(readmePath, 'utf8');
    for (const rule of RULES) expect(current).toContain(`\`${rule.id}\``);
    for (const key of ['files', 'lang', 'tables', 'columns', 'sort', 'placeholders', 'duplicates.scope', 'duplicates.exempt', 'rules', 'links']) expect(current).toContain(`\`${key}\``);
    for (const key of ['concurrency', 'perHost', 'interval', 'timeout', 'retries', 'deadline', 'budget', 'allowPrivateHosts', 'resolve', 'exclude', 'include', 'headers', 'accept', 'signatures', 'cache', 'cacheTtl', 'archiveApi']) {
      expect(current, key).toContain(`\`links.${key}\``);
    }
  });
});
