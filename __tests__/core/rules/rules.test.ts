import { describe, expect, it } from 'vitest';
import { lintSource } from '../../../src/core/lint.js';
import { fixSource } from '../../../src/core/fix.js';
import { RULE_IDS } from '../../../src/core/rules/index.js';
import { NOW, fixtureRuleIds, loadRuleFixtures, splitExpectations } from './fixtures.js';

describe('rule fixtures', () => {
  it('every rule has valid and invalid fixtures', () => {
    expect(fixtureRuleIds()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      const kinds = new Set(loadRuleFixtures(id).map((f) => f.kind));
      expect([...kinds].sort(), id).toEqual(['invalid', 'valid']);
    }
  });

  for (const id of RULE_IDS) {
    describe(id, () => {
      for (const fixture of loadRuleFixtures(id)) {
        it(`${fixture.name}.md`, () => {
          const { diagnostics } = lintSource(fixture.source, { config: fixture.config, now: NOW, pageFacts: fixture.pageFacts, linkVerdicts: fixture.linkVerdicts });
          const ownExpected = fixture.expected.filter((want) => want.rule === id);
          if (fixture.kind === 'valid') expect(ownExpected, 'a valid fixture expects no finding of its own rule').toEqual([]);
          else expect(ownExpected.length, 'an invalid fixture expects a finding of its own rule').toBeGreaterThan(0);
          // Every finding of every rule is expected on its line, and every expected finding is there.
          const key = (d: { line: number; rule: string }) => `line ${d.line}: ${d.rule}`;
          const found = [...diagnostics].sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule) || a.column - b.column);
          const wanted = [...fixture.expected].sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
          expect(found.map(key), 'findings vs <!-- expect: … --> markers').toEqual(wanted.map(key));
          wanted.forEach((want, i) => {
            const got = found[i]!;
            const at = `${key(want)} (#${i})`;
            if (want.column !== undefined) expect(got.column, `${at} column`).toBe(want.column);
            if (want.severity !== undefined) expect(got.severity, `${at} severity`).toBe(want.severity);
            if (want.fixable !== undefined) expect(got.fixable, `${at} fixable`).toBe(want.fixable);
            if (want.message !== undefined) expect(got.message, `${at} message`).toBe(want.message);
            if (want.expected !== undefined) expect(got.expected, `${at} expected`).toBe(want.expected);
            expect(got.section).not.toBeNull();
          });
        });
      }

      it('leaves no fixable finding after fixSource on its invalid fixtures', () => {
        for (const fixture of loadRuleFixtures(id).filter((f) => f.kind === 'invalid')) {
          const options = { config: fixture.config, now: NOW, pageFacts: fixture.pageFacts, linkVerdicts: fixture.linkVerdicts };
          const { output } = fixSource(fixture.source, options);
          const after = lintSource(output, options).diagnostics.filter((d) => d.rule === id);
          expect(after.filter((d) => d.fixable), fixture.name).toEqual([]);
          expect(fixSource(output, options).output, `${fixture.name} idempotent`).toBe(output);
        }
      });
    });
  }
});

describe('inline expectations in rule fixtures', () => {
  it('cuts the markers off and reads every field, several markers on one line', () => {
    const text = '|a|b| <!-- expect: date-format warning fixable col=4 expected="2023\\\\-01\\\\-02" message="say \\"hi\\"" --> <!-- expect: sort-order -->\n|c|  <!-- expect: cell-count -->\n<!-- expect: table-gap -->\n|d|\n';
    const { source, expected } = splitExpectations(text, 'x.md');
    expect(source).toBe('|a|b|\n|c| \n\n|d|\n');
    expect(expected).toEqual([
      { rule: 'date-format', line: 1, severity: 'warning', fixable: true, column: 4, expected: '2023\\-01\\-02', message: 'say "hi"' },
      { rule: 'sort-order', line: 1 },
      { rule: 'cell-count', line: 2 },
      { rule: 'table-gap', line: 3 },
    ]);
  });

  it('refuses a marker it cannot read, or one that does not end its line', () => {
    expect(() => splitExpectations('|a| <!-- expect: date-format colum=3 -->\n', 'x.md')).toThrow('x.md:1: cannot read "colum=3"');
    expect(() => splitExpectations('|a| <!-- expect: Date -->\n', 'x.md')).toThrow('x.md:1: an expect marker starts with a rule id');
    expect(() => splitExpectations('|a| <!-- expect: date-format --> |b|\n', 'x.md')).toThrow('x.md:1: an expect marker must end its line');
  });
});
