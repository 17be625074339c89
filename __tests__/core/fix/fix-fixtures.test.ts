import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixSource } from '../../../src/core/fix.js';
import { lintSource } from '../../../src/core/lint.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'fix');
const NOW = new Date('2026-11-28');
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

describe('fix fixtures (input → output)', () => {
  const names = readdirSync(DIR)
    .filter((f) => f.endsWith('.in.md'))
    .map((f) => f.slice(0, -'.in.md'.length));

  it('has fixtures', () => expect(names.length).toBeGreaterThanOrEqual(6));

  for (const name of names) {
    it(name, () => {
      const input = read(`${name}.in.md`);
      const expected = read(`${name}.out.md`);
      const result = fixSource(input, { now: NOW });
      expect(result.output).toBe(expected);
      expect(result.applied).toBeGreaterThan(0);
      expect(result.diagnostics.filter((d) => d.fixable)).toEqual([]);
      // The expected output is itself stable.
      expect(fixSource(expected, { now: NOW }).output).toBe(expected);
      expect(lintSource(expected, { now: NOW }).diagnostics.filter((d) => d.fixable)).toEqual([]);
    });
  }
});
