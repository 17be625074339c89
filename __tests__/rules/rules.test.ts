import { describe, expect, it } from 'vitest';
import { lintSource } from '../../src/core/lint.js';
import { fixSource } from '../../src/core/fix.js';
import { RULE_IDS } from '../../src/core/rules/index.js';
import { NOW, fixtureRuleIds, loadRuleFixtures } from './fixtures.js';

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
          const own = diagnostics.filter((d) => d.rule === id);
          if (fixture.kind === 'valid') {
            expect(own).toEqual([]);
            return;
          }
          expect(own.length, JSON.stringify(own, null, 1)).toBe(fixture.expected.length);
          fixture.expected.forEach((want, i) => {
            const got = own[i]!;
            expect(got.line, `#${i} line`).toBe(want.line);
            if (want.column !== undefined) expect(got.column, `#${i} column`).toBe(want.column);
            if (want.severity !== undefined) expect(got.severity, `#${i} severity`).toBe(want.severity);
            if (want.fixable !== undefined) expect(got.fixable, `#${i} fixable`).toBe(want.fixable);
            if (want.message !== undefined) expect(got.message, `#${i} message`).toBe(want.message);
            if (want.expectedValue !== undefined) expect(got.expected, `#${i} expected`).toBe(want.expectedValue);
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
