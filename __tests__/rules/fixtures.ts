// Loads the rule fixtures: __tests__/fixtures/rules/<rule-id>/{valid,invalid}*.md, each invalid
// file with a sibling JSON holding the expected diagnostics of that rule (and an optional config).
// Without a config a fixture is judged by the seed's schema (SEED_CONFIG); `"config": {}` means
// zero config, the schema inferred from the fixture itself.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../src/config/schema.js';
import { parseReasonCode } from '../../src/core/reasons.js';
import type { LinkVerdict, PageFacts } from '../../src/core/types.js';
import { canonicalizeUrl } from '../../src/core/url/canonicalize.js';
import { BUILTIN_COLUMNS, BUILTIN_SORT } from '../../src/core/infer-schema.js';

export const SEED_CONFIG = { columns: BUILTIN_COLUMNS, sort: BUILTIN_SORT };

export const FIXTURE_ROOT = join(import.meta.dirname, '..', 'fixtures', 'rules');
export const NOW = new Date('2026-11-28');

export interface ExpectedDiagnostic {
  line: number;
  column?: number;
  severity?: 'error' | 'warning';
  fixable?: boolean;
  message?: string;
  expectedValue?: string;
}

export interface RuleFixture {
  rule: string;
  name: string;
  kind: 'valid' | 'invalid';
  source: string;
  config: Partial<Pick<Config, 'columns' | 'sort' | 'tables' | 'placeholders' | 'duplicates' | 'rules'>>;
  expected: ExpectedDiagnostic[];
  /** Page facts by canonical URL (the JSON's `pageFacts`, URL → facts), for the page-facts rules. */
  pageFacts?: Map<string, PageFacts>;
  /**
   * Link verdicts by canonical URL (the JSON's `linkVerdicts`: URL → verdict without url/ms/checkedAt,
   * its reason in the string form files hold), for the link-verdict rules.
   */
  linkVerdicts?: Map<string, LinkVerdict>;
}

export function fixtureRuleIds(): string[] {
  return readdirSync(FIXTURE_ROOT).sort();
}

export function loadRuleFixtures(rule: string): RuleFixture[] {
  const dir = join(FIXTURE_ROOT, rule);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.md'.length);
      const jsonPath = join(dir, `${name}.json`);
      const meta = existsSync(jsonPath)
        ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as { config?: RuleFixture['config']; expected?: ExpectedDiagnostic[] })
        : {};
      const pageFacts = (meta as { pageFacts?: Record<string, PageFacts> }).pageFacts;
      const linkVerdicts = (meta as { linkVerdicts?: Record<string, Omit<LinkVerdict, 'url' | 'ms' | 'checkedAt' | 'reason'> & { reason: string }> }).linkVerdicts;
      const kind = name.startsWith('invalid') ? 'invalid' : 'valid';
      return {
        rule,
        name,
        kind,
        source: readFileSync(join(dir, file), 'utf8'),
        config: meta.config ?? SEED_CONFIG,
        expected: meta.expected ?? [],
        ...(pageFacts ? { pageFacts: new Map(Object.entries(pageFacts).map(([url, facts]) => [canonicalizeUrl(url), facts])) } : {}),
        ...(linkVerdicts
          ? { linkVerdicts: new Map(Object.entries(linkVerdicts).map(([url, v]) => [canonicalizeUrl(url), { url, ms: 1, checkedAt: '2026-11-27T00:00:00.000Z', ...v, reason: parseReasonCode(v.reason)! }])) }
          : {}),
      };
    });
}
