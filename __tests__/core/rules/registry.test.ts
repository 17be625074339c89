import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintSource, RULE_IDS } from '../../../src/core/lint.js';
import { RULES } from '../../../src/core/rules/index.js';
import { NOW, loadRuleFixtures } from './fixtures.js';

const RULES_DIR = join(import.meta.dirname, '..', '..', '..', 'src', 'core', 'rules');

describe('rule registry', () => {
  it('has the eighteen public ids, each once', () => {
    expect([...RULE_IDS]).toEqual([
      'table-header',
      'cell-count',
      'table-gap',
      'required-cell',
      'link-cell',
      'duplicate-link',
      'link-redirected',
      'repo-archived',
      'url-tracking-params',
      'url-secret-params',
      'date-format',
      'date-range',
      'rating-symbol',
      'rating-normalize',
      'sort-order',
      'date-mismatch',
      'title-mismatch',
      'source-mismatch',
    ]);
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
  });

  it('has one file per rule, named after its id and default-exporting it', async () => {
    const files = readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    expect(files.map((f) => f.slice(0, -3)).sort()).toEqual([...RULE_IDS].sort());
    for (const file of files) {
      const mod = (await import(join(RULES_DIR, file))) as { default: { id: string } };
      expect(mod.default.id).toBe(file.slice(0, -3));
      expect(readFileSync(join(RULES_DIR, file), 'utf8')).toMatch(/^\/\/ Rule /);
    }
  });

  it('describes every rule in both languages', () => {
    for (const rule of RULES) {
      expect(rule.description.en.length, rule.id).toBeGreaterThan(10);
      expect(rule.description.zh, rule.id).toMatch(/\p{Script=Han}/u);
      expect(['error', 'warning']).toContain(rule.defaultSeverity);
    }
  });

  it('declares fixable exactly when the rule emits fixes on its fixtures', () => {
    for (const rule of RULES) {
      const emitsFix = loadRuleFixtures(rule.id).some((fixture) =>
        lintSource(fixture.source, { config: fixture.config, now: NOW, pageFacts: fixture.pageFacts, linkVerdicts: fixture.linkVerdicts }).diagnostics.some(
          (d) => d.rule === rule.id && d.fix !== undefined,
        ),
      );
      expect(emitsFix, rule.id).toBe(rule.fixable);
    }
  });

  it('formats every message in both languages without leftover placeholders', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const rule of RULES) {
        for (const fixture of loadRuleFixtures(rule.id)) {
          const { diagnostics } = lintSource(fixture.source, { config: fixture.config, now: NOW, lang, pageFacts: fixture.pageFacts, linkVerdicts: fixture.linkVerdicts });
          for (const d of diagnostics.filter((x) => x.rule === rule.id)) {
            expect(d.message, `${rule.id} ${lang}`).not.toMatch(/\{\w+\}/);
            if (lang === 'zh') expect(d.message).toMatch(/\p{Script=Han}/u);
            else expect(d.message).toMatch(/^(Unexpected|Missing) /);
          }
        }
      }
    }
  });
});
