// Placeholder cell texts: what maintainers write for "no value". Shared by the config defaults and
// the schema (cells holding one count as empty). Pure data.

/** Cell texts that mean "no value" and count as empty (compared case-insensitively). */
export const DEFAULT_PLACEHOLDERS: readonly string[] = ['None', '-', '—', '–', 'N/A', 'NA', 'TBD', 'TBA', 'Coming soon', '无', '暂无', '/'];
