// Cell values, shared by the per-column readings (dates, ratings): a reading that
// depends on a cell's text alone is made once per distinct text and shared by the cells that
// repeat it. Ratings, dates and marks repeat a handful of texts over thousands of rows.

/**
 * `read` of a cell's text, made once per distinct text and shared by every cell that repeats it
 * (readings are never modified), for at most `limit` distinct texts; past that bound, a new text
 * is read each time.
 */
export function byDistinctText<V>(read: (text: string) => V, limit: number): (text: string) => V {
  const byText = new Map<string, V>();
  return (text) => {
    const known = byText.get(text);
    if (known !== undefined || byText.has(text)) return known as V;
    const reading = read(text);
    if (byText.size < limit) byText.set(text, reading);
    return reading;
  };
}
