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

/**
 * Markup that says nothing about the language: code spans, images, link destinations, URLs, HTML
 * tags, removed in this order. Every pattern stops at the characters that could start another
 * match, so a crafted line costs linear time, and none crosses a line end, so running them over
 * many lines joined by `\n` removes what running them on each line would.
 */
function withoutNoise(lines: string): string {
  return lines
    .replace(/`[^`\n]*`/g, ' ')
    .replace(/!\[[^[\]\n]*\]\([^()\s]*\)/g, ' ')
    .replace(/\]\([^()\s]*\)/g, ']')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/<[^<>\n]*>/g, ' ');
}

const FENCE = /^\s*(```|~~~)/;
/** A line FENCE matches, anywhere in a text. */
const ANY_FENCE = /^\s*(```|~~~)/m;

/**
 * `text` without the lines of its fenced code blocks (a fence line toggles; the fences themselves
 * go too): they say nothing about the language either. A text with no fence line is returned as
 * it is, without splitting and joining its lines (4.8 of the 11 ms detection took, cold, on every run).
 */
function withoutFencedCode(text: string): string {
  if (!ANY_FENCE.test(text)) return text;
  const kept: string[] = [];
  let fenced = false;
  for (const raw of text.split('\n')) {
    if (FENCE.test(raw)) fenced = !fenced;
    if (!fenced) kept.push(raw);
  }
  return kept.join('\n');
}
const TABLE_ROW = /^\s*\|/;
const NOT_HAN = /[^\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+/g;
const NOT_KANA_OR_HANGUL = /[^\u3040-\u30ff\uac00-\ud7af]+/g;
/**
 * A prose word: a Latin word that is not a name. Words are read as `[A-Za-z][A-Za-z0-9'-]*`, so each
 * maximal run of `[A-Za-z0-9'-]` holding a letter is one word, from its first letter to the run's
 * end. A name holds a digit or a capital after its first letter (ChatGPT, LLaMA, vLLM, GPT-4); a
 * word that is not one is therefore a whole run shaped `[0-9'-]*[A-Za-z][a-z'-]*`, which this
 * pattern matches (the lookarounds pin it to a run's ends).
 */
const PROSE_WORD = /(?<![A-Za-z0-9'-])[0-9'-]*[A-Za-z][a-z'-]*(?![A-Za-z0-9'-])/g;

/** How many code units of `text` are not matched by `others` (runs of everything else). */
function countOf(others: RegExp, text: string): number {
  return text.replace(others, '').length;
}

/** Weighted evidence for detectLang: Han characters, prose words, and kana or Hangul characters. */
export interface LanguageCounts {
  han: number;
  words: number;
  kanaOrHangul: number;
}

/**
 * The weighted counts detectLang decides on. Headings and prose lines weigh three times as much as
 * table rows (titles in a table are often names); fenced code blocks, URLs, code, HTML and name-like
 * words are not counted. Lines are sorted into table rows and the rest, and each kind is counted
 * as one string with native string and regex passes (the per-character and per-word loops over
 * each line cost more than the counting itself, as they ran cold on every run). Reads at most
 * SAMPLE_CHARS characters.
 */
export function languageCounts(source: string): LanguageCounts {
  const sample = source.length > SAMPLE_CHARS ? source.slice(0, SAMPLE_CHARS) : source;
  const rows: string[] = [];
  const prose: string[] = [];
  for (const line of withoutNoise(withoutFencedCode(sample)).split('\n')) (TABLE_ROW.test(line) ? rows : prose).push(line);
  const rowText = rows.join('\n');
  const proseText = prose.join('\n');
  return {
    han: countOf(NOT_HAN, rowText) + 3 * countOf(NOT_HAN, proseText),
    words: (rowText.match(PROSE_WORD)?.length ?? 0) + 3 * (proseText.match(PROSE_WORD)?.length ?? 0),
    kanaOrHangul: countOf(NOT_KANA_OR_HANGUL, rowText) + 3 * countOf(NOT_KANA_OR_HANGUL, proseText),
  };
}

/**
 * Detect a document's language: Chinese when Han characters outweigh Latin prose words (counted by
 * languageCounts). A document with kana or Hangul next to its Han characters is not Chinese.
 */
export function detectLang(source: string): Lang {
  const { han, words, kanaOrHangul } = languageCounts(source);
  if (kanaOrHangul * 4 >= han && kanaOrHangul > 0) return 'en';
  return han >= words * 2 && han > 0 ? 'zh' : 'en';
}
