// Link cell values: the parser's reading of a link cell and the URL analysis of its destination,
// memoised per column so link-cell, duplicate-link and the url-* rules parse each cell once (and
// interned as URL ids by url-ids.ts).
import { lineColumnAt, stripInlineMarkup, unescapeMarkdown } from '../parse/index.js';
import { parseLinkCells, type LinkColumn } from '../parse/link-cell.js';
import { cellContentStart } from '../parse/model.js';
import type { TrackerSchema } from '../schema.js';
import type { Cell, LinkValue, Section, Span, Table, Tracker } from '../types.js';
import { columnsOfType, tablesOf } from './columns.js';
import { analyzeUrl, NO_PARAMS, type UrlAnalysis } from '../url/canonicalize.js';
import { columnValues, wholeColumn } from './memo.js';

const LINK = {};
const URL_ANALYSIS = {};

/** The parsed link of each body row's cell at cellIndex (LinkColumn.at: undefined where the row is too short). */
export function linksOf(tracker: Tracker, table: Table, cellIndex: number): LinkColumn {
  return wholeColumn(tracker, LINK, table, cellIndex, () => parseLinkCells(table.rows, cellIndex, tracker.source));
}

/** UrlColumn row kinds. */
const NO_CELL = 0;
/** An invalid link cell or a non-http(s) URL: analysis null. */
const NOT_HTTP = 1;
/** canonical and cleaned are the URL itself, no parameters found. */
const SAME = 2;
/** cleaned is the URL itself, canonical the URL and `/` (an empty path), no parameters found. */
const SAME_WITH_SLASH = 3;
const KEPT = 4;

/**
 * The URL analysis (analyzeUrl) of each body row's link in one link column, in compact form: for most
 * links the analysis says only that the canonical and cleaned forms are the URL itself (or the URL
 * and `/`), so a row keeps one byte and `at` makes the analysis again from the link's URL on each
 * read. Analyses that found parameters or changed the URL otherwise are kept whole. An analysis
 * object per row was about 80 bytes a row kept until the report.
 */
export class UrlColumn {
  private readonly kinds: Uint8Array;
  private readonly kept = new Map<number, UrlAnalysis>();

  constructor(private readonly links: LinkColumn) {
    const kinds = new Uint8Array(links.length);
    for (let r = 0; r < links.length; r++) {
      const url = links.urlAt(r);
      if (url === undefined) continue;
      const analysis = url === null ? null : analyzeUrl(url);
      if (analysis === null) kinds[r] = NOT_HTTP;
      else if (analysis.cleaned !== url || analysis.tracking.length > 0 || analysis.secrets.length > 0) this.keep(kinds, r, analysis);
      else if (analysis.canonical === url) kinds[r] = SAME;
      else if (analysis.canonical.length === url.length + 1 && analysis.canonical.endsWith('/') && analysis.canonical.startsWith(url)) kinds[r] = SAME_WITH_SLASH;
      else this.keep(kinds, r, analysis);
    }
    this.kinds = kinds;
  }

  private keep(kinds: Uint8Array, r: number, analysis: UrlAnalysis): void {
    kinds[r] = KEPT;
    this.kept.set(r, analysis);
  }

  /** How many body rows the column spans. */
  get length(): number {
    return this.kinds.length;
  }

  /** Row r's analysis (a new object on each read of most rows): null for an invalid link cell or a non-http(s) URL, undefined where the row is too short. */
  at(r: number): UrlAnalysis | null | undefined {
    const kind = this.kinds[r];
    if (kind === SAME || kind === SAME_WITH_SLASH) {
      const url = this.links.urlAt(r)!;
      return { canonical: kind === SAME ? url : `${url}/`, cleaned: url, tracking: NO_PARAMS, secrets: NO_PARAMS };
    }
    if (kind === KEPT) return this.kept.get(r)!;
    return kind === NOT_HTTP ? null : undefined;
  }

  /** Row r's canonical URL (at(r).canonical), null or undefined as at(r) is. */
  canonicalAt(r: number): string | null | undefined {
    const kind = this.kinds[r];
    if (kind === SAME) return this.links.urlAt(r)!;
    if (kind === SAME_WITH_SLASH) return `${this.links.urlAt(r)!}/`;
    if (kind === KEPT) return this.kept.get(r)!.canonical;
    return kind === NOT_HTTP ? null : undefined;
  }

  /**
   * hashCodeUnits of row r's canonical URL (canonicalAt(r)), read in place in the source where the
   * canonical URL is the link's own text (and its '/'); 0 where the row has none.
   */
  canonicalHash(r: number): number {
    const kind = this.kinds[r];
    if (kind === SAME || kind === SAME_WITH_SLASH) {
      const links = this.links;
      const start = links.plainUrlStart(r);
      let hash: number;
      if (start >= 0) hash = hashCodeUnits(links.source, start, links.plainUrlEnd(r), HASH_SEED);
      else {
        const url = links.urlAt(r)!;
        hash = hashCodeUnits(url, 0, url.length, HASH_SEED);
      }
      return finishHash(kind === SAME ? hash : hashCodeUnit(hash, 47 /* / */));
    }
    if (kind === KEPT) {
      const canonical = this.kept.get(r)!.canonical;
      return finishHash(hashCodeUnits(canonical, 0, canonical.length, HASH_SEED));
    }
    return 0;
  }

  /** True when row r's link is an http(s) URL (at(r) is an analysis, not null or undefined). */
  isHttp(r: number): boolean {
    const kind = this.kinds[r];
    return kind !== NO_CELL && kind !== NOT_HTTP;
  }
}

/** FNV-1a (32-bit) over UTF-16 code units: its offset basis and prime (IETF draft-eastlake-fnv). */
const HASH_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

function hashCodeUnit(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** FNV-1a of s[start, end)'s code units, continuing from `hash`. */
function hashCodeUnits(s: string, start: number, end: number, hash: number): number {
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ s.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** MurmurHash3's 32-bit finaliser (fmix32): every input bit reaches the low bits a table is indexed by. */
function finishHash(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/** URL analysis of each row's link (UrlColumn.at: null for an invalid link cell or a non-http(s) URL; undefined where the row is too short). */
export function urlsOf(tracker: Tracker, table: Table, cellIndex: number): UrlColumn {
  return wholeColumn(tracker, URL_ANALYSIS, table, cellIndex, () => new UrlColumn(linksOf(tracker, table, cellIndex)));
}

/** A table whose rows are entries: its entry columns (entryColumns) and the parsed links of its link column (linksOf). */
export interface EntryTable {
  table: Table;
  entry: { link: number; title: number };
  links: LinkColumn;
}

/**
 * An entry's title: the name column before the link, inline markup stripped, or the link's text when
 * the link column is the name (or the row has no name cell); '' without a valid link. For telling
 * entries that share a URL apart (inferDuplicateScope, duplicate-link).
 */
export function entryTitle({ table, entry, links }: EntryTable, rowIndex: number): string {
  const titleCell = table.rows[rowIndex]!.cell(entry.title);
  if (entry.title !== entry.link && titleCell) return stripInlineMarkup(titleCell.text);
  const link = links.at(rowIndex);
  return link?.ok ? link.value.text : '';
}

/**
 * Where the destination's URL text sits in the source, when it is written verbatim (plain or in
 * angle brackets); null when escapes or entities make the written form differ from the URL.
 */
export function verbatimUrlRange(source: string, urlStart: number, urlEnd: number, url: string): [number, number] | null {
  // Compared in place: slicing the written form for every reported URL was a measurable cost.
  const length = urlEnd - urlStart;
  if (length === url.length && source.startsWith(url, urlStart)) return [urlStart, urlEnd];
  if (length === url.length + 2 && source[urlStart] === '<' && source[urlEnd - 1] === '>' && source.startsWith(url, urlStart + 1)) return [urlStart + 1, urlEnd - 1];
  return null;
}

const INLINE_LINK =
  /(!?)\[((?:\\.|[^\\[\]]|\[(?:\\.|[^\\[\]])*\](?:\([^)\s]*\))?)*)\]\(\s*(<[^>\n]*>|(?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|<(https?:\/\/[^>\s]+)>|(?<![(<\w])(https?:\/\/[^\s<>|)\]]+)/gi;

/**
 * Every link in a cell of a `links` column, in order: inline links `[text](url)` (images are not
 * links, but a badge inside a link's text is), autolinks `<https://…>` and bare http(s) URLs.
 * Offsets index the whole source. `withText: false` leaves link texts empty (for counting).
 */
export function linksInCell(cell: Cell, source: string, withText = true): LinkValue[] {
  if (!/\]\(|https?:\/\//i.test(cell.text)) return [];
  const base = cellContentStart(cell);
  const text = source.slice(base, base + cell.text.length);
  const found: LinkValue[] = [];
  for (const m of text.matchAll(INLINE_LINK)) {
    const at = base + m.index;
    if (m[3] !== undefined) {
      if (m[1] === '!') continue;
      const destination = m[3];
      const offsetInMatch = m[0].indexOf('](') + 2;
      const lead = m[0].slice(offsetInMatch).length - m[0].slice(offsetInMatch).trimStart().length;
      const start = at + offsetInMatch + lead + (destination.startsWith('<') ? 1 : 0);
      const written = destination.startsWith('<') ? destination.slice(1, -1) : destination;
      found.push({ text: withText ? stripInlineMarkup(m[2] ?? '') : '', url: unescapeMarkdown(written), urlStart: start, urlEnd: start + written.length });
    } else {
      // GFM leaves trailing punctuation out of a bare URL.
      const url = m[4] ?? m[5]!.replace(/[.,;:!?'"*_~]+$/, '');
      const start = at + (m[4] !== undefined ? 1 : 0);
      found.push({ text: url, url, urlStart: start, urlEnd: start + url.length });
    }
  }
  return found;
}

/**
 * True when a cell holds one link and only decoration around it: emphasis (`**[name](url)**`),
 * images and badges, HTML tags such as `<br>`. Such a cell is a single link as GitHub shows it.
 */
export function isDecoratedLink(cell: Cell, source: string): boolean {
  const links = linksInCell(cell, source);
  if (links.length !== 1 || links[0]!.text.trim() === '' || !/^https?:\/\//i.test(links[0]!.url)) return false;
  const rest = cell.text
    .replace(/!\[(?:\\.|[^\\\]])*\]\([^)]*\)/g, '')
    .replace(/\[(?:\\.|[^\\[\]]|\[(?:\\.|[^\\[\]])*\])*\]\((?:\\.|[^\\()]|\([^()]*\))*\)/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/[*_~\s]/g, '');
  return rest === '';
}

const LINKS = {};

/** The links of each body row's cell at cellIndex in a `links` column (undefined where the row is too short). */
export function linkListsOf(tracker: Tracker, table: Table, cellIndex: number): readonly (LinkValue[] | undefined)[] {
  return columnValues(tracker, LINKS, table, cellIndex, (cell) => linksInCell(cell, tracker.source));
}

/**
 * A valid link cell with its URL analysis and where its URL sits (source offsets). The span and
 * the fix range are derived on demand (urlSpan, urlFixRange): most links are never reported, and
 * two line lookups per link are a real cost on a 100k-row tracker.
 */
export interface AnalyzedLink {
  section: Section;
  url: string;
  analysis: UrlAnalysis;
  urlStart: number;
  urlEnd: number;
}

/**
 * Every link cell of every link column whose URL could be analysed (http(s)), in document order;
 * with `wanted`, only the links whose analysis it accepts (the url-* rules ask for the few links
 * they report, so the others cost no object each).
 */
export function* analyzedLinks(tracker: Tracker, schema: TrackerSchema, wanted?: (analysis: UrlAnalysis) => boolean): Generator<AnalyzedLink> {
  for (const { section, table } of tablesOf(tracker)) {
    for (const { cellIndex } of columnsOfType(table, schema, 'links')) {
      for (const [r, list] of linkListsOf(tracker, table, cellIndex).entries()) {
        for (const { url, urlStart, urlEnd } of list ?? []) {
          const analysis = analyzeUrl(url);
          if (!analysis || !table.rows[r] || (wanted && !wanted(analysis))) continue;
          yield { section, url, analysis, urlStart, urlEnd };
        }
      }
    }
    for (const { cellIndex } of columnsOfType(table, schema, 'link')) {
      const links = linksOf(tracker, table, cellIndex);
      const urls = urlsOf(tracker, table, cellIndex);
      for (let r = 0; r < table.rows.length; r++) {
        if (!urls.isHttp(r)) continue;
        const analysis = urls.at(r)!;
        if (wanted && !wanted(analysis)) continue;
        const parsed = links.at(r);
        if (!parsed?.ok) continue;
        const { url, urlStart, urlEnd } = parsed.value;
        yield { section, url, analysis, urlStart, urlEnd };
      }
    }
  }
}

/** The span (1-based line/column) of an analysed link's URL text. */
export function urlSpan(tracker: Tracker, link: AnalyzedLink): Span {
  return { start: lineColumnAt(tracker, link.urlStart), end: lineColumnAt(tracker, link.urlEnd) };
}

/** Source range of the link's verbatim URL text; null when escapes make an exact replacement unsafe. */
export function urlFixRange(tracker: Tracker, link: AnalyzedLink): [number, number] | null {
  return verbatimUrlRange(tracker.source, link.urlStart, link.urlEnd, link.url);
}
