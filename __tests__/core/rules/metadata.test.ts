// Rule metadata says what the faces need (scope, bot-safe fix, row order, link verdicts), and it is
// held to what each rule really does on its fixtures.
import { describe, expect, it } from 'vitest';
import { lintSource } from '../../../src/core/lint.js';
import { BOT_SAFE_FIX_RULE_IDS, ROW_ORDER_RULE_IDS, RULES, ruleById } from '../../../src/core/rules/index.js';
import { NOW, loadRuleFixtures } from './fixtures.js';

describe('rule metadata', () => {
  it('row-scope rules fix inside the finding\'s own line', () => {
    for (const rule of RULES.filter((r) => r.scope === 'row' && r.fixable)) {
      for (const fixture of loadRuleFixtures(rule.id)) {
        const { tracker, diagnostics } = (() => {
          const result = lintSource(fixture.source, { config: fixture.config, now: NOW, pageFacts: fixture.pageFacts, linkVerdicts: fixture.linkVerdicts });
          return { tracker: result.tracker, diagnostics: result.diagnostics.filter((d) => d.rule === rule.id && d.fix) };
        })();
        for (const d of diagnostics) {
          const start = tracker.lineStarts[d.line - 1]!;
          const end = tracker.lineStarts[d.line] ?? fixture.source.length;
          for (const edit of d.fix!.edits) {
            expect(edit.start >= start && edit.end <= end && !edit.text.includes('\n'), `${rule.id} ${fixture.name} line ${d.line}`).toBe(true);
          }
        }
      }
    }
  });

  it('only fixable rules have bot-safe fixes; the rules that order rows are table-scope', () => {
    for (const id of BOT_SAFE_FIX_RULE_IDS) expect(ruleById(id)!.fixable, id).toBe(true);
    expect(ROW_ORDER_RULE_IDS.length).toBeGreaterThan(0);
    for (const id of ROW_ORDER_RULE_IDS) expect(ruleById(id)!.scope, id).toBe('table');
  });

  it('a rule that owns a verdict judges link verdicts', () => {
    for (const rule of RULES.filter((r) => r.ownsVerdict)) expect(rule.usesLinkVerdicts, rule.id).toBe(true);
  });

  it('link-verdict rules stay silent without verdicts', () => {
    for (const rule of RULES.filter((r) => r.usesLinkVerdicts)) {
      for (const fixture of loadRuleFixtures(rule.id)) {
        const { diagnostics } = lintSource(fixture.source, { config: fixture.config, now: NOW });
        expect(diagnostics.filter((d) => d.rule === rule.id), `${rule.id} ${fixture.name}`).toEqual([]);
      }
    }
  });
});
