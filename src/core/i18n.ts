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

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

/**
 * Detect a document's language from its script: Chinese when Han characters outnumber
 * Latin letters outside link URLs. URLs are excluded because they are long and Latin.
 */
export function detectLang(source: string): Lang {
  const withoutUrls = source.replace(/\]\([^)\s]*\)/g, ']').replace(/https?:\/\/\S+/g, '');
  const han = withoutUrls.match(HAN)?.length ?? 0;
  const latin = withoutUrls.match(LATIN)?.length ?? 0;
  // One Han character carries about as much as a short word; weigh accordingly.
  return han * 3 >= latin ? 'zh' : 'en';
}
