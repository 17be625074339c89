// Header names as the schema compares them: one normalisation shared by schema binding
// (src/core/schema.ts) and schema inference (src/core/infer-schema.ts).

/** Normalise a header cell for comparison: unescape, drop markup, fold case and spaces. */
export function normalizeHeaderName(text: string): string {
  return text
    .replace(/\\(.)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
