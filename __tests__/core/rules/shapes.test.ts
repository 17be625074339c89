// Tracker shapes seen on real public lists, one fact per fixture (our own minimal Markdown in
// __tests__/fixtures/shapes/<name>.md; the sibling JSON lists every expected finding as
// "line rule severity", and may give a config). For each fixture:
// - zero config reports exactly the expected findings;
// - `init` succeeds, and checking with the config it writes reports the same errors;
// - `fix` never makes any rule report more errors.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderInferredConfig } from '../../../src/cli/init.js';
import { parse as parseYaml } from 'yaml';
import { parseConfig } from '../../../src/config/load.js';
import { validateConfig } from '../../../src/config/validate.js';
import type { Config } from '../../../src/config/schema.js';
import { fixSource } from '../../../src/core/fix.js';
import { lintSource } from '../../../src/core/lint.js';
import type { Diagnostic } from '../../../src/core/types.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'shapes');
const NOW = new Date('2026-11-28');

interface ShapeFixture {
  name: string;
  source: string;
  /** Config text (YAML) to check with instead of zero config. */
  config?: string;
  expected: string[];
  /** Expected message of the finding at the same index, where the fixture is about wording. */
  messages?: Record<string, string>;
}

function load(): ShapeFixture[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -3);
      const jsonPath = join(DIR, `${name}.json`);
      const meta = existsSync(jsonPath) ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as Omit<ShapeFixture, 'name' | 'source'>) : { expected: [] };
      return { name, source: readFileSync(join(DIR, file), 'utf8'), ...meta };
    });
}

const describeFindings = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.line} ${d.rule} ${d.severity}`);
const errorsByRule = (diagnostics: Diagnostic[]) => {
  const counts: Record<string, number> = {};
  for (const d of diagnostics) if (d.severity === 'error') counts[d.rule] = (counts[d.rule] ?? 0) + 1;
  return counts;
};

describe('tracker shapes', () => {
  const fixtures = load();
  it('has fixtures', () => expect(fixtures.length).toBeGreaterThanOrEqual(10));

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      const config: Partial<Config> = fixture.config ? validateConfig(parseYaml(fixture.config), `${fixture.name}.json`) : {};
      const options = { config, now: NOW };
      const { diagnostics } = lintSource(fixture.source, options);

      it('reports exactly the expected findings', () => {
        expect(describeFindings(diagnostics)).toEqual(fixture.expected);
        for (const [index, message] of Object.entries(fixture.messages ?? {})) expect(diagnostics[Number(index)]?.message).toBe(message);
      });

      it('init writes a config that reports the same errors', async () => {
        const inferred = await parseConfig(await renderInferredConfig('README.md', fixture.source), 'inferred');
        const withInit = lintSource(fixture.source, { config: inferred, now: NOW }).diagnostics;
        const zero = fixture.config ? lintSource(fixture.source, { now: NOW }).diagnostics : diagnostics;
        expect(describeFindings(withInit.filter((d) => d.severity === 'error'))).toEqual(describeFindings(zero.filter((d) => d.severity === 'error')));
      });

      it('fix never trades one error for another', () => {
        const { output } = fixSource(fixture.source, options);
        const before = errorsByRule(diagnostics);
        for (const [rule, count] of Object.entries(errorsByRule(lintSource(output, options).diagnostics))) {
          expect(count, rule).toBeLessThanOrEqual(before[rule] ?? 0);
        }
      });
    });
  }
});
