// Loads the rule fixtures: __tests__/fixtures/rules/<rule-id>/{valid,invalid}*.md. A fixture keeps its
// expected findings inline: each line that must produce a finding ends with one marker per finding,
//   <!-- expect: RULE [error|warning] [fixable|unfixable] [col=N] [expected="…"] [message="…"] -->
// (strings in JSON syntax), and any line without a marker must produce none, of any rule. The markers
// (with the one space before each) are cut off before linting, so line and column numbers are those of
// the file as shown. A sibling <name>.json may hold a `config` and `pageFacts` (canonical URL → facts);
// without a config the fixture is judged by the seed's schema (SEED_CONFIG), and `"config": {}` means
// zero config, the schema inferred from the fixture itself. See CONTRIBUTING.md ("Rule fixtures").
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../../../src/config/schema.js';
import type { LinkVerdict, PageFacts } from '../../../src/core/types.js';
import { parseReasonCode } from '../../../src/core/reasons.js';
import { canonicalizeUrl } from '../../../src/core/url/canonicalize.js';
import { BUILTIN_COLUMNS, BUILTIN_SORT } from '../../../src/core/infer-schema.js';

export const SEED_CONFIG = { columns: BUILTIN_COLUMNS, sort: BUILTIN_SORT };

export const FIXTURE_ROOT = join(import.meta.dirname, '..', '..', 'fixtures', 'rules');
export const NOW = new Date('2026-11-28');

/** One finding a fixture line expects; the fields left out are not checked. */
export interface ExpectedFinding {
  rule: string;
  /** 1-based line of the fixture. */
  line: number;
  /** 1-based column (UTF-16 code units), as Diagnostic.column. */
  column?: number;
  severity?: 'error' | 'warning';
  fixable?: boolean;
  message?: string;
  /** Diagnostic.expected: the value the rule asks for. */
  expected?: string;
}

export interface RuleFixture {
  rule: string;
  name: string;
  kind: 'valid' | 'invalid';
  /** The Markdown with the expectation markers cut off. */
  source: string;
  config: Partial<Pick<Config, 'columns' | 'sort' | 'tables' | 'placeholders' | 'duplicates' | 'rules'>>;
  /** Every finding of every rule the source must produce, in line order. */
  expected: ExpectedFinding[];
  /** Page facts by canonical URL (the JSON's `pageFacts`, URL → facts), for the page-facts rules. */
  pageFacts?: Map<string, PageFacts>;
  /** Link verdicts by canonical URL (the JSON's `linkVerdicts`: URL → verdict without url/ms/checkedAt, its reason in the string form files hold), for the link-verdict rules. */
  linkVerdicts?: Map<string, LinkVerdict>;
}

const MARKER = / ?<!-- expect: ((?:(?!-->).)*) -->$/;
const FIELD = /^(?:(error|warning)|(fixable|unfixable)|col=(\d+)|(expected|message)=("(?:[^"\\]|\\.)*"))(?: |$)/;

/** Parses the inside of one marker (`RULE [fields…]`); throws on anything it does not know. */
export function parseMarker(body: string, line: number, where: string): ExpectedFinding {
  const ruleMatch = /^([a-z][a-z0-9-]*)(?: |$)/.exec(body);
  if (!ruleMatch) throw new Error(`${where}:${line}: an expect marker starts with a rule id: "${body}"`);
  const finding: ExpectedFinding = { rule: ruleMatch[1]!, line };
  let rest = body.slice(ruleMatch[0].length);
  while (rest !== '') {
    const m = FIELD.exec(rest);
    if (!m) throw new Error(`${where}:${line}: cannot read "${rest}" in an expect marker`);
    if (m[1]) finding.severity = m[1] as 'error' | 'warning';
    else if (m[2]) finding.fixable = m[2] === 'fixable';
    else if (m[3]) finding.column = Number(m[3]);
    else finding[m[4] as 'expected' | 'message'] = JSON.parse(m[5]!) as string;
    rest = rest.slice(m[0].length);
  }
  return finding;
}

/** Cuts the expect markers off each line of `text`: the Markdown to lint, and what it must produce. */
export function splitExpectations(text: string, where: string): { source: string; expected: ExpectedFinding[] } {
  const expected: ExpectedFinding[] = [];
  const lines = text.split('\n').map((line, index) => {
    const found: ExpectedFinding[] = [];
    for (let m = MARKER.exec(line); m; m = MARKER.exec(line)) {
      found.unshift(parseMarker(m[1]!, index + 1, where));
      line = line.slice(0, m.index);
    }
    if (line.includes('<!-- expect')) throw new Error(`${where}:${index + 1}: an expect marker must end its line`);
    expected.push(...found);
    return line;
  });
  return { source: lines.join('\n'), expected };
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
        ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as {
            config?: RuleFixture['config'];
            pageFacts?: Record<string, PageFacts>;
            linkVerdicts?: Record<string, Omit<LinkVerdict, 'url' | 'ms' | 'checkedAt' | 'reason'> & { reason: string }>;
            expected?: unknown;
          })
        : {};
      if ('expected' in meta) throw new Error(`${rule}/${name}.json: expected findings belong inline in ${name}.md (<!-- expect: … -->), not in the JSON`);
      const kind = name.startsWith('invalid') ? 'invalid' : 'valid';
      const { source, expected } = splitExpectations(readFileSync(join(dir, file), 'utf8'), `${rule}/${file}`);
      return {
        rule,
        name,
        kind,
        source,
        config: meta.config ?? SEED_CONFIG,
        expected,
        ...(meta.pageFacts ? { pageFacts: new Map(Object.entries(meta.pageFacts).map(([url, facts]) => [canonicalizeUrl(url), facts])) } : {}),
        ...(meta.linkVerdicts
          ? { linkVerdicts: new Map(Object.entries(meta.linkVerdicts).map(([url, v]) => [canonicalizeUrl(url), { url, ms: 1, checkedAt: '2026-11-27T00:00:00.000Z', ...v, reason: parseReasonCode(v.reason)! }])) }
          : {}),
      };
    });
}
