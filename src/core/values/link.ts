// Link cell values: the parser's reading of a link cell and the URL analysis of its destination,
// memoised per column so link-cell, duplicate-link and the url-* rules parse each cell once. For
// finding repeated entries (inferDuplicateScope, duplicate-link), canonical URLs are also interned
// per tracker as small integer ids with a count each, so that only URLs listed more than once cost
// those consumers any work.
import { lineColumnAt, stripInlineMarkup, unescapeMarkdown, type LinkCellResult } from '../parse/index.js';
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

  /** True when row r's link is an http(s) URL (at(r) is an analysis, not null or undefined). */
  isHttp(r: number): boolean {
    const kind = this.kinds[r];
    return kind !== NO_CELL && kind !== NOT_HTTP;
  }
}

/** URL analysis of each row's link (UrlColumn.at: null for an invalid link cell or a non-http(s) URL; undefined where the row is too short). */
export function urlsOf(tracker: Tracker, table: Table, cellIndex: number): UrlColumn {
  return wholeColumn(tracker, URL_ANALYSIS, table, cellIndex, () => new UrlColumn(linksOf(tracker, table, cellIndex)));
}

/**
 * A tracker's canonical URLs as small integers: `ids` gives each canonical URL met in an interned
 * column (urlIdsOf) its id, 0, 1, 2… in order of first sight; `counts[id]` is how many cells of
 * those columns carry it.
 */
interface InternedUrls {
  ids: Map<string, number>;
  counts: number[];
}

const internedUrls = new WeakMap<Tracker, InternedUrls>();
const URL_ID = {};

function internedUrlsOf(tracker: Tracker): InternedUrls {
  let interned = internedUrls.get(tracker);
  if (!interned) {
    interned = { ids: new Map(), counts: [] };
    internedUrls.set(tracker, interned);
  }
  return interned;
}

/**
 * The canonical URL id of each body row's link at cellIndex: two cells of the tracker's interned
 * columns have the same id exactly when their links have the same canonical URL (urlsOf); -1 for
 * an invalid link cell, a non-http(s) URL or a row too short to have the cell. Interning a column is
 * one Map pass over its canonical URLs; a consumer then keys its own maps by these ids, and only for
 * URLs that urlIdCounts says repeat.
 */
export function urlIdsOf(tracker: Tracker, table: Table, cellIndex: number): Int32Array {
  return wholeColumn(tracker, URL_ID, table, cellIndex, () => {
    const urls = urlsOf(tracker, table, cellIndex);
    const { ids, counts } = internedUrlsOf(tracker);
    const column = new Int32Array(urls.length).fill(-1);
    for (let r = 0; r < column.length; r++) {
      const canonical = urls.canonicalAt(r);
      if (canonical === undefined || canonical === null) continue;
      let id = ids.get(canonical);
      if (id === undefined) {
        id = counts.push(0) - 1;
        ids.set(canonical, id);
      }
      counts[id]!++;
      column[r] = id;
    }
    return column;
  });
}

/**
 * For each canonical URL id (urlIdsOf), how many cells of the tracker's interned columns carry it
 * (a live array). A count is the total over every column interned so far, by any consumer: intern
 * all the columns you compare first; then a URL counted once is listed once among them and cannot
 * repeat, and a higher count is only an upper bound for a subset of them.
 */
export function urlIdCounts(tracker: Tracker): readonly number[] {
  return internedUrlsOf(tracker).counts;
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
