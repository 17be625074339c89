// Title text shared by the link engine's page facts and the title/source rules: the suffixes
// sites append to a piece's title, and the normal form two titles are compared in. Pure.

/**
 * Site suffixes appended to page titles (and often copied into trackers with them). The host
 * quirks in src/links/host-quirks.ts name which apply where; the title rule strips them all.
 */
export const SITE_TITLE_SUFFIXES: readonly RegExp[] = [
  /\s*[_-]\s*哔哩哔哩\s*_\s*bilibili\s*$/i,
  /\s*[_-]\s*哔哩哔哩\s*$/,
  /\s*[-|_]\s*知乎\s*$/,
  /\s*[-_|]\s*CSDN\s*博客\s*$/i,
  /\s*[-|]\s*掘金\s*$/,
  /\s*[-|]\s*简书\s*$/,
  /\s*[|-]\s*机器之心\s*$/,
  /\s*[|–—-]\s*Medium\s*$/i,
];

/** `title` without the site suffixes in `suffixes` and without ` - siteName` / ` | siteName`. */
export function stripSiteSuffix(title: string, siteName?: string, suffixes: readonly RegExp[] = SITE_TITLE_SUFFIXES): string {
  let out = title.trim();
  for (const suffix of suffixes) out = out.replace(suffix, '');
  if (siteName && siteName.trim() !== '' && siteName.trim() !== out) {
    const name = siteName.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`\\s*[-|–—_·:：]\\s*${name}\\s*$`, 'iu'), '');
  }
  return out.trim();
}

/**
 * The comparable form of a title: site suffixes removed, case folded (NFKC, so full-width forms
 * match), and every run of punctuation, symbols and spaces collapsed to one space.
 */
export function normalizeTitle(title: string): string {
  return stripSiteSuffix(title)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}
