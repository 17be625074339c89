// Message language for diagnostics and reports: pick en/zh, interpolate {placeholders}.
// Pure; every rule and reporter keeps its own message table and formats through here.
import type { Lang } from './types.js';

export type Messages = Record<Lang, string>;

/** Fill `{name}` placeholders in the template for `lang`. */
export function format(messages: Messages, lang: Lang, params: Record<string, string | number> = {}): string {
  return messages[lang].replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** How much of a document language detection reads: enough for a verdict, bounded for huge files. */
const SAMPLE_CHARS = 200_000;

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

/**
 * Detect a document's language from its script: Chinese when Han characters outnumber Latin
 * letters (one Han character weighs about as much as a short word) outside URLs, which are long
 * and Latin. Reads at most the first SAMPLE_CHARS characters.
 */
export function detectLang(source: string): Lang {
  const sample = source.length > SAMPLE_CHARS ? source.slice(0, SAMPLE_CHARS) : source;
  const withoutUrls = sample.replace(/\]\([^()\s]*\)/g, ']').replace(/https?:\/\/\S+/g, '');
  let han = 0;
  let latin = 0;
  for (let i = 0; i < withoutUrls.length; i++) {
    const code = withoutUrls.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
    else if (code >= 0x3400 && isHan(code)) han++;
  }
  return han * 3 >= latin ? 'zh' : 'en';
}
