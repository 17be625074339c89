// groupBySection (reporters' grouping) against the plain reading of its contract: an item's heading
// is the last section at or above its line with the item's section name (fixed-seed property).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupBySection, type Located, type SectionGroup } from '../../src/report/group.js';
import { runs } from '../support/properties.js';

/** The contract read literally: scan every section for every item. */
function reference<T extends Located>(items: readonly T[], sections?: readonly { title: string | null; line: number }[]): SectionGroup<T>[] {
  const sorted = [...items].sort((a, b) => a.line - b.line);
  const groups: SectionGroup<T>[] = [];
  for (const item of sorted) {
    let headingLine = -1;
    for (const section of sections ?? []) if (section.line <= item.line && section.title === item.section) headingLine = section.line;
    let group = groups[groups.length - 1];
    if (!group || group.section !== item.section || group.headingLine !== headingLine) {
      group = { section: item.section, headingLine, rows: [] };
      groups.push(group);
    }
    const row = group.rows[group.rows.length - 1];
    if (row && row.line === item.line) row.items.push(item);
    else group.rows.push({ line: item.line, items: [item] });
  }
  return groups;
}

describe('groupBySection', () => {
  it('keeps same-named sections apart and matches the plain reading (fixed seed)', () => {
    const title = fc.constantFrom<string | null>(null, 'A', 'B', '工具');
    const sectionsArb = fc.array(fc.record({ title, gap: fc.integer({ min: 1, max: 4 }) }), { maxLength: 12 }).map((list) => {
      let line = 0;
      return list.map(({ title, gap }) => ({ title, line: (line += gap) }));
    });
    const itemsArb = fc.array(fc.record({ line: fc.integer({ min: 1, max: 50 }), section: title, id: fc.nat() }), { maxLength: 30 });
    fc.assert(
      fc.property(sectionsArb, itemsArb, fc.boolean(), (sections, items, withSections) => {
        const given = withSections ? sections : undefined;
        expect(groupBySection(items, given)).toEqual(reference(items, given));
      }),
      runs(300),
    );
  });
});
