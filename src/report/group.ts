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
 * the same section name share a group.
 */
export function groupBySection<T extends Located>(items: readonly T[], sections?: readonly { title: string | null; line: number }[]): SectionGroup<T>[] {
  const sorted = [...items].sort((a, b) => a.line - b.line);
  const headingOf = (item: T): number => {
    if (!sections || sections.length === 0) return -1;
    let found = -1;
    for (const section of sections) {
      if (section.line <= item.line && section.title === item.section) found = section.line;
      if (section.line > item.line) break;
    }
    return found;
  };
  const groups: SectionGroup<T>[] = [];
  for (const item of sorted) {
    const headingLine = headingOf(item);
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
