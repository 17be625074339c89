// Values, text units: a string's grapheme clusters (UAX #29, via Intl.Segmenter). The segmenter is
// made on first use: constructing one costs about 9 ms (ICU start-up), which every run paid at
// module load although most trackers' ratings are counted without segmenting.

let segmenter: Intl.Segmenter | undefined;

/** The grapheme clusters of `text`, in order (e.g. '⭐️⭐️' → ['⭐️', '⭐️']). */
export function graphemesOf(text: string): string[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  const parts: string[] = [];
  for (const { segment } of segmenter.segment(text)) parts.push(segment);
  return parts;
}
