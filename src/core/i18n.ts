// Message language for diagnostics and reports: pick en/zh, interpolate {placeholders}.
// Pure; every rule and reporter keeps its own message table and formats through here.
import type { Lang } from './types.js';

export type Messages = Record<Lang, string>;

/**
 * Templates split at their placeholders, `[text, name, text, name, …, text]`, so a rule reporting
 * thousands of findings fills its template without a regex pass each time. Templates are the
 * message tables' constants; the bound only guards against a caller that builds them on the fly.
 */
const templateParts = new Map<string, string[]>();
const MAX_TEMPLATES = 1000;

function partsOf(template: string): string[] {
  let parts = templateParts.get(template);
  if (parts === undefined) {
    parts = template.split(/\{(\w+)\}/);
    if (templateParts.size < MAX_TEMPLATES) templateParts.set(template, parts);
  }
  return parts;
}

/** Fill `{name}` placeholders in the template for `lang`; a placeholder without a param stays as written. */
export function format(messages: Messages, lang: Lang, params: Record<string, string | number> = {}): string {
  const parts = partsOf(messages[lang]);
  let text = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const key = parts[i]!;
    text += (key in params ? String(params[key]) : `{${key}}`) + parts[i + 1]!;
  }
  return text;
}

/** How much of a document language detection reads: enough for a verdict, bounded for huge files. */
const SAMPLE_CHARS = 200_000;

function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

function isKana(code: number): boolean {
  return code >= 0x3040 && code <= 0x30ff;
}

/**
 * Markup that says nothing about the language, on one line: code spans, images, link
 * destinations, URLs, HTML tags. Every pattern stops at the characters that could start another
 * match, so a crafted line costs linear time.
 */
function withoutNoise(line: string): string {
  return line
    .replace(/`[^`]*`/g, ' ')
    .replace(/!\[[^[\]]*\]\([^()\s]*\)/g, ' ')
    .replace(/\]\([^()\s]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[^<>]*>/g, ' ');
}

/**
 * A Latin word that is a name rather than prose: it holds a digit, a capital after its first
 * letter (ChatGPT, LLaMA, vLLM, GPT) or a hyphen-joined part of one (GPT-4).
 */
function isNameLike(word: string): boolean {
  return /\d/.test(word) || /.[A-Z]/.test(word);
}

/**
 * Detect a document's language: Chinese when Han characters outweigh Latin prose words. Headings
 * and prose lines weigh three times as much as table rows (titles in a table are often names), and
 * URLs, code, HTML and name-like words (GPT-4, LLaMA, PagedAttention) are not counted. A document
 * with kana or Hangul next to its Han characters is not Chinese. Reads at most SAMPLE_CHARS characters.
 */
export function detectLang(source: string): Lang {
  const sample = source.length > SAMPLE_CHARS ? source.slice(0, SAMPLE_CHARS) : source;
  let han = 0;
  let words = 0;
  let kanaOrHangul = 0;
  let fenced = false;
  for (const raw of sample.split('\n')) {
    // Fenced code blocks say nothing about the language either.
    if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
    if (fenced) continue;
    const line = withoutNoise(raw);
    const weight = /^\s*\|/.test(line) ? 1 : 3;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (code < 0x3040) continue;
      if (isHan(code)) han += weight;
      else if (isKana(code) || (code >= 0xac00 && code <= 0xd7af)) kanaOrHangul += weight;
    }
    for (const word of line.match(/[A-Za-z][A-Za-z0-9'-]*/g) ?? []) {
      if (!isNameLike(word)) words += weight;
    }
  }
  if (kanaOrHangul * 4 >= han && kanaOrHangul > 0) return 'en';
  return han >= words * 2 && han > 0 ? 'zh' : 'en';
}
