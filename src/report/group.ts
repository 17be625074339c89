// Reporter helpers › grouping and folding: puts findings under the section they sit in and, within it,
// under their row, in line order. Sections are told apart by their heading line, so two sections with the
// same name stay two groups. Shared by the Markdown, text and tracking-issue renderers, as is the one
// <details> fold they use.

export interface Located {
  line: number;
  section: string | null;
}

export interface SectionGroup<T> {
  section: string | null;
  /** Line of the section's heading; -1 when unknown (then groups split on a change of name). */
  headingLine: number;
  rows: { line: number; items: T[] }[];
}

/**
 * Groups items by section, then by row, both in line order. `sections` (heading title and 1-based
 * line, in document order) lets same-named sections stay apart; without it, consecutive items with
 * the same section name share a group. An item's heading is the last section at or above its line
 * with the item's section name. O(items log items + sections): the sections are walked once,
 * alongside the items in line order.
 */
export function groupBySection<T extends Located>(items: readonly T[], sections?: readonly { title: string | null; line: number }[]): SectionGroup<T>[] {
  const sorted = [...items].sort((a, b) => a.line - b.line);
  const known = sections !== undefined && sections.length > 0;
  // Heading line of the last section passed so far, by title.
  const lastHeading = new Map<string | null, number>();
  let next = 0;
  const groups: SectionGroup<T>[] = [];
  for (const item of sorted) {
    let headingLine = -1;
    if (known) {
      while (next < sections.length && sections[next]!.line <= item.line) {
        lastHeading.set(sections[next]!.title, sections[next]!.line);
        next++;
      }
      headingLine = lastHeading.get(item.section) ?? -1;
    }
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

/** A collapsed block: `<details><summary>…</summary>` around Markdown lines (blank lines kept so GitHub renders them). */
export function fold(summary: string, lines: readonly string[]): string[] {
  return ['', `<details><summary>${summary}</summary>`, '', ...lines, '', '</details>'];
}
