// Our own tracker with every quirk of the seed (escaped dates, one unpadded date, ⭐️ ratings, a short
// row, WeChat session and share parameters, Bilibili share parameters, header-only sections).
// Unlike the seed test it always runs; its fixed output is checked in __tests__/fix.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { lintSource } from '../../../src/core/lint.js';

const source = readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'fix', 'example-tracker.in.md'), 'utf8');

it('finds exactly the quirks of the example tracker', () => {
  const { diagnostics } = lintSource(source, { now: new Date('2026-11-28') });
  expect(diagnostics.map((d) => `${d.line} ${d.rule} ${d.severity}`)).toEqual([
    '18 url-tracking-params warning',
    '18 date-format warning',
    '19 url-tracking-params warning',
    '20 sort-order warning',
    '20 url-secret-params error',
    '20 url-tracking-params warning',
    '21 rating-normalize warning',
    '22 cell-count warning',
    '23 url-tracking-params warning',
    '23 rating-normalize warning',
    '24 rating-normalize warning',
    '32 url-tracking-params warning',
    '33 url-secret-params error',
    '33 url-tracking-params warning',
    '34 sort-order warning',
  ]);
  expect(diagnostics.every((d) => d.fixable)).toBe(true);
  expect(new Set(diagnostics.map((d) => d.section))).toEqual(new Set(['推理加速原理', '工程实践与追踪']));
});
