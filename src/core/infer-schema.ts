// Schema inference, before the rules: reads a tracker's header names, cell contents and legend
// lines (e.g. `整体推荐指数:⭐~⭐⭐⭐⭐⭐`) and proposes one table schema per distinct header shape.
// A known header name (the seed's columns and their aliases) proposes a type and the cells must
// confirm it; otherwise the cells decide. Used at zero config (schema.ts) and by `tracker-bot
// init`, which writes the result as YAML, so both judge a tracker the same way. Pure.
import type { ColumnConfig, DateFormat, DuplicatesConfig, SortKey, TableSchemaConfig } from './options.js';
import { cellPlainText, parseLinkCell, stripInlineMarkup } from './parse/index.js';
import { SourceRow } from './parse/model.js';
import { DEFAULT_PLACEHOLDERS } from './placeholders.js';
import type { Cell, Row, Table, Tracker } from './types.js';
import { compareDateKeys, dateSortKey, parseDateText, readDateShape } from './values/date.js';
import { entryColumns } from './values/columns.js';
import { graphemesOf } from './values/graphemes.js';
import { normalizeHeaderName } from './values/header-name.js';
import { entryTitle, isDecoratedLink, linksInCell, linksOf, type EntryTable } from './values/link.js';
import { urlIdCounts, urlIdsOf } from './values/url-ids.js';

/** One inferred table schema, for the tables sharing one header shape. */
export interface InferredTable extends TableSchemaConfig {
  /** How many tables and body rows of the file have this header shape. */
  tableCount: number;
  rowCount: number;
}

export interface InferredSchema {
  tables: InferredTable[];
  /** Set when the file repeats entries across tables on purpose (rankings, per-category lists). */
  duplicates?: DuplicatesConfig;
  /** Set when the file has its own placeholders besides the defaults. */
  placeholders?: string[];
  /** Human-readable notes on how each column was inferred. */
  notes: string[];
}

/** The seed tracker's columns with their English aliases: the dictionary of known header names. */
export const BUILTIN_COLUMNS: ColumnConfig[] = [
  { name: '资料链接', type: 'link', aliases: ['Link', 'Resource'] },
  { name: '来源', type: 'text', aliases: ['Source', 'Author'] },
  { name: '发布时间点', type: 'date', aliases: ['Date', 'Published'] },
  { name: '内容概述', type: 'text', aliases: ['Summary', 'Description'] },
  { name: '整体推荐指数', type: 'rating', symbol: '⭐', min: 1, max: 5, aliases: ['Rating', 'Stars'] },
  { name: '技术难度指数', type: 'rating', symbol: '❗', min: 1, max: 3, aliases: ['Difficulty', 'Level'] },
  { name: '备注', type: 'text', aliases: ['Notes'] },
];

/** The seed's own order; applied only where a table uses the seed's own column names. */
export const BUILTIN_SORT: SortKey[] = [
  { column: '整体推荐指数', order: 'desc' },
  { column: '发布时间点', order: 'desc' },
];

/** A known type must be confirmed by at least this share of the non-empty cells. */
const CONFIRM = 0.5;
/** Without a known name, the cells alone must agree this much. */
const EVIDENCE = 0.8;
/** A column is required when at least this share of its rows has a value. */
const FILLED = 0.9;
/** Entries repeated across tables, as a share of all entries, that make repetition a pattern. */
const REPEATED_ACROSS_TABLES = 0.02;
/** A sort is inferred when at least this share of adjacent row pairs already follows it. */
const SORTED = 0.95;
const MIN_SORT_PAIRS = 8;

const VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;

function graphemes(text: string): string[] {
  return graphemesOf(text.replace(VARIATION_SELECTORS, '').replace(/\s+/g, ''));
}

/** A rating cell is one non-alphanumeric symbol repeated; returns [symbol, count] or null. */
function ratingOf(text: string): [string, number] | null {
  // Letters, digits and ASCII punctuation never make a rating: decide without segmenting (and
  // without a regex when the first character already is one).
  const first = text.charCodeAt(0);
  if (text === '' || (first >= 0x21 && first <= 0x7e) || (first >= 0x4e00 && first <= 0x9fff) || /[\p{L}\p{N}!-/:-@[-`{-~]/u.test(text)) return null;
  // One code point repeated (⭐⭐⭐, ❗️❗️): counted without segmenting.
  const points = [...text.replace(VARIATION_SELECTORS, '').replace(/\s+/g, '')];
  if (points.length > 0 && points.every((p) => p === points[0]) && !/[\u200d\u20e3\p{M}]/u.test(points[0]!)) return [points[0]!, points.length];
  const parts = graphemes(text);
  if (parts.length === 0 || /[\p{L}\p{N}\p{P}]/u.test(parts[0]!)) return null;
  return parts.every((p) => p === parts[0]) ? [parts[0]!, parts.length] : null;
}

/** Legend lines like `整体推荐指数:⭐~⭐⭐⭐⭐⭐` → name → {symbol, min, max}. */
export function readLegends(source: string): Map<string, { symbol: string; min: number; max: number }> {
  const legends = new Map<string, { symbol: string; min: number; max: number }>();
  const pattern = /^[>\s]*([^\n:：|]+?)\s*[:：]\s*(\S+?)\s*[~～-]\s*(\S+?)\s*$/gmu;
  for (const match of source.matchAll(pattern)) {
    const low = ratingOf(match[2]!);
    const high = ratingOf(match[3]!);
    if (!low || !high || low[0] !== high[0]) continue;
    legends.set(normalizeHeaderName(stripInlineMarkup(match[1]!)), { symbol: low[0], min: low[1], max: high[1] });
  }
  return legends;
}

function share<T>(values: readonly T[], test: (v: T) => boolean): number {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}

function knownColumn(key: string): ColumnConfig | undefined {
  return BUILTIN_COLUMNS.find((c) => [c.name, ...(c.aliases ?? [])].some((n) => normalizeHeaderName(n) === key));
}

const MARKUP = /[[*_`~<]/;
const PLACEHOLDERS = new Set(DEFAULT_PLACEHOLDERS.map((p) => p.toLowerCase()));

/** First characters (UTF-16 code units) of the placeholders and of markup around one: most cells are ruled out by these. */
const PLACEHOLDER_STARTS = new Set(
  [...DEFAULT_PLACEHOLDERS.map((p) => p[0]!.toLowerCase()), ...DEFAULT_PLACEHOLDERS.map((p) => p[0]!.toUpperCase()), '[', '*', '_', '`', '~', '<']
    .filter((c) => c.length === 1)
    .map((c) => c.charCodeAt(0)),
);

function isPlaceholderText(text: string): boolean {
  if (text.length > 24 || !PLACEHOLDER_STARTS.has(text.charCodeAt(0))) return false;
  return PLACEHOLDERS.has(text.toLowerCase()) || (MARKUP.test(text) && PLACEHOLDERS.has(stripInlineMarkup(text).toLowerCase()));
}

/** The header name as a maintainer reads it (markup dropped) when it still matches the header. */
function displayName(cell: Cell): string {
  const plain = stripInlineMarkup(cell.text);
  return normalizeHeaderName(plain) === normalizeHeaderName(cell.text) ? plain : cell.text;
}

interface ColumnEvidence {
  cells: Cell[];
  single: number;
  anyLink: number;
  multi: number;
  date: number;
  dateFormats: DateFormat[];
  rating: number;
  symbol: string | null;
  /** Fewest and most symbols in a cell of the majority symbol. */
  range: [number, number] | null;
}

/** Cells read for a column's type: evenly spaced, so a 100k-row tracker costs no more than a few hundred rows. */
const EVIDENCE_CELLS = 400;

function sample(cells: CellList): Cell[] {
  if (cells.length <= EVIDENCE_CELLS) return cellsOf(cells);
  const step = cells.length / EVIDENCE_CELLS;
  return Array.from({ length: EVIDENCE_CELLS }, (_, i) => cells.at(Math.floor(i * step))!);
}

function cellsOf(cells: CellList): Cell[] {
  return Array.isArray(cells) ? cells : Array.from({ length: cells.length }, (_, i) => cells.at(i)!);
}

/** One link in any form the link parser reads (inline, reference-style, <url>, <a href>), or one inline link with decoration around it. */
function isSingleLink(cell: Cell, links: number, source: string): boolean {
  return (/^[[<]/.test(cell.text) && parseLinkCell(cell, source).ok) || (links === 1 && isDecoratedLink(cell, source));
}

/** A column's cells in order, read by position (a `Cell[]` is one; so is ColumnCells). */
interface CellList {
  readonly length: number;
  at(index: number): Cell | undefined;
}

/**
 * A growable list of cell positions (row numbers in inferTable, indices into a CellList when
 * cells are regrouped) in an Int32Array: a 100k-row column's non-empty cells cost 400 KB and no
 * references for the garbage collector to trace, where a Cell[] held 100k of them.
 */
class PositionList {
  private items: Int32Array;
  length = 0;

  /**
   * `capacity`: positions to make room for at once (the rows of a table, when every cell may be
   * listed); each doubling past it is a copy into fresh memory, which costs page faults.
   */
  constructor(capacity = 16) {
    this.items = new Int32Array(Math.max(capacity, 16));
  }

  push(position: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = position;
  }

  at(index: number): number {
    return this.items[index]!;
  }
}

/** For each of the first `columns` columns, how many of `rows` have a cell there (rows are read by cellCount only). */
function rowsReachingEachColumn(rows: readonly Row[], columns: number): number[] {
  // rowsOfWidth[w]: rows with exactly w of those cells; then a running sum from the widest.
  const rowsOfWidth = new Array<number>(columns + 1).fill(0);
  for (const row of rows) rowsOfWidth[Math.min(row.cellCount, columns)]!++;
  const reaching = new Array<number>(columns).fill(0);
  let wider = rowsOfWidth[columns]!;
  for (let column = columns - 1; column >= 0; column--) {
    reaching[column] = wider;
    wider += rowsOfWidth[column]!;
  }
  return reaching;
}

/** The cells of column `column` at the listed row numbers of `rows`, as a CellList. */
class ColumnCells implements CellList {
  constructor(
    private readonly rows: readonly Row[],
    private readonly column: number,
    private readonly positions: PositionList,
  ) {}

  get length(): number {
    return this.positions.length;
  }

  at(index: number): Cell | undefined {
    return this.rows[this.positions.at(index)]!.cell(this.column);
  }
}

/**
 * A column's cells grouped by text, in order of first appearance: every per-cell reading inference
 * makes (date shape, rating, recurring mark, conformance) depends on the text alone, so it is made
 * once per distinct text and weighed by the count. Ratings, dates and marks repeat a lot.
 */
interface TextGroups {
  texts: string[];
  counts: number[];
  /** The first cell with each text, for readings that take a cell. */
  firstCell(group: number): Cell;
  /**
   * Texts that no per-text reading counts, not grouped (most are distinct: links, summaries): they
   * start with an ASCII character that cannot start a date (a digit or an emphasis mark) or with a CJK
   * ideograph, so they are neither a date shape nor a rating, and they are too long to be a recurring
   * mark (over 40 code units, or over 16 without markup). Only the marks check reads them, and
   * rarely: the cells' positions are kept, not their texts (a text is a fresh slice of the source on
   * every read; keeping 100k of them through inference made them survive into the old generation).
   */
  inert: CellList;
}

function isInertText(text: string): boolean {
  const length = text.length;
  if (length <= 16) return false;
  return startsNoDateOrRating(text.charCodeAt(0)) && (length > 40 || !MARKUP.test(text));
}

/** A text starting with this code unit is neither a date shape nor a rating (see TextGroups.inert). */
function startsNoDateOrRating(first: number): boolean {
  return (first >= 0x21 && first <= 0x7e && (first < 48 || first > 57) && first !== 42 && first !== 95 && first !== 96) || (first >= 0x4e00 && first <= 0x9fff);
}

/** Probes past which a lookup gives up on the hash table (hostile or alike texts) and uses a Map. */
const MAX_PROBES = 16;
/** Code units TextGrouping hashes at each end of a text. */
const HASHED_ENDS = 6;

/**
 * Builds TextGroups one cell at a time (inferTable fills it in the pass that finds the non-empty
 * cells). A cell's text is found among the groups where it lies, as a range of a host string (the
 * tracker's source, or the text itself), without slicing it: an open-addressing table of group
 * numbers (`slots`, half empty at most) is keyed by a hash of the range's ends, and a hit is
 * confirmed by comparing in place (`startsWith` at the range's start, equal lengths). Only a text
 * seen for the first time is sliced. 100k rows of a column repeat a few thousand texts at most, and
 * slicing then hashing each cell's text was most of the pass. Should a table ever need more than
 * MAX_PROBES probes (texts alike at both ends, or crafted to collide), the groups move to a Map of
 * their texts, as before.
 * Exported for its property test (held to a Map of texts).
 */
export class TextGrouping implements TextGroups {
  readonly texts: string[] = [];
  readonly counts: number[] = [];
  /** Position of each group's first cell. */
  private readonly firsts: number[] = [];
  private readonly hashes: number[] = [];
  private readonly inertPositions: PositionList;
  private slots = new Int32Array(64);
  private byText: Map<string, number> | null = null;

  /** `cellAt` finds a cell by the position it was added with; `capacity`, how many cells may be added (PositionList). */
  constructor(
    private readonly cellAt: (position: number) => Cell,
    capacity?: number,
  ) {
    this.inertPositions = new PositionList(capacity);
  }

  firstCell(group: number): Cell {
    return this.cellAt(this.firsts[group]!);
  }

  get inert(): CellList {
    const positions = this.inertPositions;
    const cellAt = this.cellAt;
    return { length: positions.length, at: (index) => cellAt(positions.at(index)) };
  }

  /** Adds a cell known to be inert (over 40 code units, starting like no date or rating), without its text. */
  addInert(position: number): void {
    this.inertPositions.push(position);
  }

  /** Adds the cell at `position`, whose text is host[start, end) (not empty). */
  add(position: number, host: string, start: number, end: number): void {
    const length = end - start;
    // The hash reads the length and at most HASHED_ENDS code units at each end (all of a short
    // text): enough to tell dates, ratings and names apart, and probes confirm every hit anyway.
    let hash = length;
    const headEnd = length > 2 * HASHED_ENDS ? start + HASHED_ENDS : end;
    for (let i = start; i < headEnd; i++) hash = (Math.imul(hash, 31) + host.charCodeAt(i)) | 0;
    for (let i = Math.max(headEnd, end - HASHED_ENDS); i < end; i++) hash = (Math.imul(hash, 31) + host.charCodeAt(i)) | 0;
    let slot = 0;
    if (this.byText === null) {
      const slots = this.slots;
      const mask = slots.length - 1;
      slot = hash & mask;
      for (let probes = 0; ; probes++) {
        const group = slots[slot]! - 1;
        if (group < 0) break;
        const text = this.texts[group]!;
        if (text.length === length && host.startsWith(text, start)) {
          this.counts[group]!++;
          return;
        }
        if (probes === MAX_PROBES) {
          this.byText = new Map(this.texts.map((t, g) => [t, g]));
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    const text = start === 0 && end === host.length ? host : host.slice(start, end);
    if (this.byText !== null) {
      const group = this.byText.get(text);
      if (group !== undefined) {
        this.counts[group]!++;
        return;
      }
    }
    if (isInertText(text)) {
      this.inertPositions.push(position);
      return;
    }
    const group = this.texts.length;
    this.texts.push(text);
    this.counts.push(1);
    this.firsts.push(position);
    this.hashes.push(hash);
    if (this.byText !== null) this.byText.set(text, group);
    else {
      this.slots[slot] = group + 1;
      if (2 * this.texts.length > this.slots.length) this.grow();
    }
  }

  private grow(): void {
    const slots = new Int32Array(this.slots.length * 4);
    const mask = slots.length - 1;
    for (let group = 0; group < this.hashes.length; group++) {
      let slot = this.hashes[group]! & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = group + 1;
    }
    this.slots = slots;
  }
}

function groupTexts(cells: CellList): TextGroups {
  const groups = new TextGrouping((position) => cells.at(position)!);
  for (let position = 0; position < cells.length; position++) {
    const text = cells.at(position)!.text;
    groups.add(position, text, 0, text.length);
  }
  return groups;
}

/**
 * What a column's cells hold. Shares come from an even sample; what would otherwise turn an
 * unsampled cell into a false alarm (a date format, a rating's range, a column of mixed link
 * cells) is read from every cell. A sample of nothing but single links stands for its column.
 */
function gather(all: CellList, source: string, groups: TextGroups = groupTexts(all)): ColumnEvidence {
  let cells = sample(all);
  let links = cells.map((c) => linksInCell(c, source, false).length);
  let single = cells.map((c, i) => isSingleLink(c, links[i]!, source));
  if (all.length > EVIDENCE_CELLS && cells.some((c, i) => (links[i]! > 0 || /^[[<]/.test(c.text)) && !single[i])) {
    cells = cellsOf(all);
    links = cells.map((c) => linksInCell(c, source, false).length);
    single = cells.map((c, i) => isSingleLink(c, links[i]!, source));
  }
  const singles = single.filter(Boolean).length;
  // Counted in one pass, without keeping a value per cell (a 100k-row column stays cheap).
  const formatCounts = new Map<DateFormat, number>();
  let dated = 0;
  const bySymbol = new Map<string, { cells: number; min: number; max: number }>();
  for (let g = 0; g < groups.texts.length; g++) {
    const text = groups.texts[g]!;
    const count = groups.counts[g]!;
    const shape = readDateShape(text);
    if (shape) {
      dated += count;
      formatCounts.set(shape.format, (formatCounts.get(shape.format) ?? 0) + count);
    }
    const rating = ratingOf(text);
    if (rating) {
      const seen = bySymbol.get(rating[0]) ?? { cells: 0, min: Infinity, max: 0 };
      seen.cells += count;
      seen.min = Math.min(seen.min, rating[1]);
      seen.max = Math.max(seen.max, rating[1]);
      bySymbol.set(rating[0], seen);
    }
  }
  // Every format the maintainer uses is accepted: a year among months is less precise, not wrong.
  const dateFormats = [...formatCounts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([format]) => format);
  const top = [...bySymbol.entries()].sort((a, b) => b[1].cells - a[1].cells)[0];
  const symbol = top?.[0] ?? null;
  const total = all.length;
  return {
    cells,
    single: cells.length === 0 ? 0 : singles / cells.length,
    anyLink: cells.length === 0 ? 0 : cells.filter((_, i) => links[i]! > 0 || single[i]).length / cells.length,
    multi: share(links, (n) => n > 1),
    date: total === 0 ? 0 : dated / total,
    dateFormats,
    rating: total === 0 || !top ? 0 : top[1].cells / total,
    symbol,
    range: top ? [top[1].min, top[1].max] : null,
  };
}

type Proposal = Omit<ColumnConfig, 'name'> & { note: string };

function linkType(evidence: ColumnEvidence, threshold: number, known: boolean): Proposal | null {
  if (evidence.multi > (known ? 0.1 : 0) && evidence.anyLink >= threshold) return { type: 'links', note: 'links, several per cell' };
  if (evidence.single >= (known ? threshold : 0.9)) return { type: 'link', note: 'link' };
  if (evidence.anyLink >= threshold) return { type: 'links', note: 'links, with text around them' };
  return null;
}

function dateType(evidence: ColumnEvidence, threshold: number): Proposal | null {
  if (evidence.date < threshold || evidence.dateFormats.length === 0) return null;
  const formats = evidence.dateFormats;
  const format = formats.length === 1 && formats[0] === 'YYYY-MM-DD' ? {} : { format: formats.length === 1 ? formats[0]! : formats };
  return { type: 'date', ...format, note: `date ${formats.join(' / ')}` };
}

function ratingType(evidence: ColumnEvidence, threshold: number, legend: { symbol: string; min: number; max: number } | undefined): Proposal | null {
  if (legend && evidence.cells.length === 0) return { type: 'rating', ...legend, note: `rating ${legend.symbol} ${legend.min}–${legend.max}, from the legend` };
  if (evidence.rating < threshold || evidence.symbol === null) return null;
  if (legend && legend.symbol === evidence.symbol) {
    return { type: 'rating', ...legend, note: `rating ${legend.symbol} ${legend.min}–${legend.max}, from the legend` };
  }
  const [min, max] = evidence.range!;
  // One symbol, never repeated (✔ / ✘, ✅): a mark, not a scale.
  if (max < 2) return null;
  return { type: 'rating', symbol: evidence.symbol, min, max, note: `rating ${evidence.symbol} ${min}–${max}, from its cells` };
}

function proposeColumn(headerCell: Cell, evidence: ColumnEvidence, legends: ReturnType<typeof readLegends>): Proposal {
  const key = normalizeHeaderName(stripInlineMarkup(headerCell.text));
  const known = knownColumn(key);
  const legend = legends.get(key);
  if (evidence.cells.length === 0) {
    if (legend) return ratingType(evidence, 0, legend)!;
    if (known) {
      const { aliases: _aliases, name: _name, ...rest } = known;
      return { ...rest, note: `${known.type}, a known column name (no cells to confirm it)` };
    }
    return { type: 'text', note: 'text (no cells)' };
  }
  if (known || legend) {
    const proposed = legend ? 'rating' : known!.type;
    const confirmed =
      proposed === 'link' || proposed === 'links'
        ? linkType(evidence, CONFIRM, true)
        : proposed === 'date'
          ? dateType(evidence, CONFIRM)
          : proposed === 'rating'
            ? ratingType(evidence, CONFIRM, legend)
            : null;
    if (confirmed) return { ...confirmed, note: `${confirmed.note.replace(/, from its cells$/, '')}, a known column name its cells confirm` };
  }
  const fromCells = linkType(evidence, EVIDENCE, false) ?? dateType(evidence, EVIDENCE) ?? ratingType(evidence, EVIDENCE, undefined);
  if (fromCells) return { ...fromCells, note: fromCells.note.endsWith('from its cells') ? fromCells.note : `${fromCells.note}, from its cells` };
  return { type: 'text', note: known && known.type !== 'text' ? `text: its cells do not hold ${known.type} values` : 'text' };
}

/** The key tables are grouped by: their normalised header names in order. */
export function headerShape(table: Table): string {
  return table.header.cells.map((c) => normalizeHeaderName(c.text)).join('\u0001');
}

type SortValue = number | string | null;

/**
 * The sort value of each cell (null for a blank one). A date's or rating's value depends on its
 * text alone, so it is read once per distinct text (`byText`, shared by the column's tables): such
 * columns repeat a few texts over thousands of rows.
 */
function sortValuesOf(column: ColumnConfig, cells: (Cell | undefined)[], source: string, byText: Map<string, SortValue>): SortValue[] {
  const byTextOnly = column.type === 'date' || column.type === 'rating';
  return cells.map((cell) => {
    if (!cell) return null;
    const text = cell.text;
    if (byTextOnly) {
      let value = byText.get(text);
      if (value === undefined) {
        value = sortValueOfText(column, text);
        byText.set(text, value);
      }
      return value;
    }
    if (text === '' || isPlaceholderText(text)) return null;
    if (column.type === 'link') {
      const link = parseLinkCell(cell, source);
      return link.ok ? link.value.text : cellPlainText(cell);
    }
    return cellPlainText(cell);
  });
}

/** The sort value of a date or rating cell with this text: null when blank or unreadable. */
function sortValueOfText(column: ColumnConfig, text: string): SortValue {
  if (text === '' || isPlaceholderText(text)) return null;
  if (column.type === 'date') {
    const formats = column.format === undefined ? ['YYYY-MM-DD' as const] : Array.isArray(column.format) ? column.format : [column.format];
    return dateSortKey(parseDateText(text, formats));
  }
  const r = ratingOf(text);
  return r && r[0] === column.symbol ? r[1] : null;
}

/** Text order with runs of digits compared as numbers ("R9" before "R10"), otherwise by code unit. */
export function compareNatural(a: string, b: string): number {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i]!;
    const y = right[i]!;
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const [m, n] = [x.replace(/^0+/, ''), y.replace(/^0+/, '')];
      if (m.length !== n.length) return m.length - n.length;
      if (m !== n) return m < n ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}

/** Same comparison as the sort-order rule: nulls last, dates at their shared precision, text in natural order. */
export function compareSortValues(a: SortValue, b: SortValue, direction: 1 | -1, dates: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (dates && typeof a === 'number' && typeof b === 'number') return compareDateKeys(a, b) * direction;
  if (typeof a === 'string' && typeof b === 'string') return compareNatural(a, b) * direction;
  return (a < b ? -1 : a > b ? 1 : 0) * direction;
}

/** A single sort key nearly every adjacent row pair of these tables already follows, or null. */
function inferSort(columns: ColumnConfig[], tables: Table[], source: string): SortKey | null {
  let best: { key: SortKey; inOrder: number; strict: number; typed: boolean } | null = null;
  // The entry's name column, alphabetically; a row-number column (all digits) is never a sort key.
  const rows = tables.flatMap((t) => t.rows);
  const isRowNumber = (index: number) => rows.every((row) => /^\s*\d*\s*$/.test(row.cell(index)?.text ?? ''));
  const firstText = columns.findIndex((c, index) => (c.type === 'link' || c.type === 'text') && !isRowNumber(index));
  columns.forEach((column, index) => {
    if (!column.name) return;
    const orders: SortKey['order'][] = column.type === 'date' || column.type === 'rating' ? ['desc', 'asc'] : index === firstText ? ['asc'] : [];
    if (orders.length === 0) return;
    // Each table's values, read once.
    const byText = new Map<string, SortValue>();
    const valuesOf = tables.map((table) => sortValuesOf(column, table.rows.map((r) => r.cell(index)), source, byText));
    // Adjacent pairs compared once for both orders: with nulls skipped, a descending comparison is
    // the ascending one negated.
    let pairs = 0;
    let ascending = 0;
    let strictlyAscending = 0;
    let descending = 0;
    let strictlyDescending = 0;
    for (const values of valuesOf) {
      for (let i = 1; i < values.length; i++) {
        if (values[i - 1] === null || values[i] === null) continue;
        pairs++;
        const c = compareSortValues(values[i - 1]!, values[i]!, 1, column.type === 'date');
        if (c <= 0) ascending++;
        if (c < 0) strictlyAscending++;
        if (c >= 0) descending++;
        if (c > 0) strictlyDescending++;
      }
    }
    for (const order of orders) {
      const inOrder = order === 'desc' ? descending : ascending;
      const strict = order === 'desc' ? strictlyDescending : strictlyAscending;
      if (pairs < MIN_SORT_PAIRS || inOrder / pairs < SORTED || strict / pairs < 0.5) continue;
      const candidate = { key: { column: column.name, order }, inOrder: inOrder / pairs, strict: strict / pairs };
      // Equal evidence: a date or rating order (what maintainers sort by) wins over an alphabetical one.
      const typed = column.type === 'date' || column.type === 'rating';
      if (!best || candidate.inOrder > best.inOrder || (candidate.inOrder === best.inOrder && (typed ? !best.typed || candidate.strict > best.strict : !best.typed && candidate.strict > best.strict))) {
        best = { ...candidate, typed };
      }
    }
  });
  return best ? (best as { key: SortKey }).key : null;
}

/** True when a cell holds a value of the column's type. */
function conforms(config: Omit<ColumnConfig, 'name'>, cell: Cell, source: string): boolean {
  switch (config.type) {
    case 'link':
      return parseLinkCell(cell, source).ok || isDecoratedLink(cell, source);
    case 'links':
      return linksInCell(cell, source).length > 0;
    case 'date':
      return readDateShape(cell.text) !== null;
    case 'rating':
      return ratingOf(cell.text)?.[0] === config.symbol;
    case 'text':
      return true;
  }
}

/**
 * The file's own "no value" marks in a column (`⚠️`, `Unknown`): short texts that recur at least
 * three times and are not values of `accepts`.
 */
function recurringMarks(groups: TextGroups, accepts: (cell: Cell) => boolean): Set<string> {
  const counts = new Map<string, number>();
  for (let g = 0; g < groups.texts.length; g++) {
    const raw = groups.texts[g]!;
    if (raw.length > 40 || (raw.length > 16 && !MARKUP.test(raw)) || accepts(groups.firstCell(g))) continue;
    const text = stripInlineMarkup(raw);
    if (text.length > 16) continue;
    counts.set(text, (counts.get(text) ?? 0) + groups.counts[g]!);
  }
  return new Set([...counts.entries()].filter(([, n]) => n >= 3).map(([text]) => text));
}

/** The texts of `groups` that read as one of `marks` once their markup is stripped. */
function markedTexts(groups: TextGroups, marks: ReadonlySet<string>): Set<string> {
  const marked = new Set(groups.texts.filter((text) => marks.has(stripInlineMarkup(text))));
  const inert = groups.inert;
  for (let k = 0; k < inert.length; k++) {
    const text = inert.at(k)!.text;
    if (marks.has(stripInlineMarkup(text))) marked.add(text);
  }
  return marked;
}

/** `cells` without those whose text is one of `marks` (markup stripped), in order. */
function withoutMarks(cells: CellList, groups: TextGroups, marks: ReadonlySet<string>): CellList {
  const marked = markedTexts(groups, marks);
  if (marked.size === 0) return cells;
  if (groups.inert.length === 0 && marked.size === groups.texts.length) return [];
  return cellsOf(cells).filter((c) => !marked.has(c.text));
}

/** How many cells of `groups` are not one of `marks` (markup stripped). */
function countWithoutMarks(groups: TextGroups, marks: ReadonlySet<string>): number {
  let count = 0;
  for (let g = 0; g < groups.texts.length; g++) if (!marks.has(stripInlineMarkup(groups.texts[g]!))) count += groups.counts[g]!;
  const inert = groups.inert;
  for (let k = 0; k < inert.length; k++) if (!marks.has(stripInlineMarkup(inert.at(k)!.text))) count++;
  return count;
}

function inferTable(
  tables: Table[],
  tracker: Tracker,
  legends: ReturnType<typeof readLegends>,
  notes: string[],
  learned: Set<string>,
): InferredTable {
  const header = tables[0]!.header.cells;
  const rows = tables.flatMap((t) => t.rows);
  const names = header.map(displayName);
  const seen = new Map<string, number>();
  for (const name of names) seen.set(normalizeHeaderName(name), (seen.get(normalizeHeaderName(name)) ?? 0) + 1);
  // One pass over the rows (a row's cells are read together): each column's cells with a value (as
  // row numbers), grouped by text, and whether any of its cells holds a placeholder. A parser row's
  // cells are read from its offsets (SourceRow: four per cell, consecutive from firstSlot; the third
  // and fourth bound the trimmed text), so that a cell's text is sliced only when it is a placeholder
  // candidate or the first of its group; other rows are read through cell.text.
  // Each column's lists are sized for the rows that reach it, so that the room made is never more
  // than the table's cells (short rows under a wide header make none).
  const reaching = rowsReachingEachColumn(rows, header.length);
  const nonEmptyOf = header.map((_, index) => new PositionList(reaching[index]));
  const groupsOf = header.map((_, index) => new TextGrouping((r) => rows[r]!.cell(index)!, reaching[index]));
  const placeholdersIn = header.map(() => false);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    const width = Math.min(row.cellCount, header.length);
    const offsets = row instanceof SourceRow ? row.offsets : null;
    for (let index = 0; index < width; index++) {
      let host: string;
      let start: number;
      let end: number;
      if (offsets !== null) {
        const slot = (row as SourceRow).firstSlot + 4 * index;
        host = offsets.source;
        start = offsets.at(slot + 2);
        end = offsets.at(slot + 3);
      } else {
        host = row.cell(index)!.text;
        start = 0;
        end = host.length;
      }
      if (start === end) continue;
      const first = host.charCodeAt(start);
      if (end - start > 40 && startsNoDateOrRating(first)) {
        // Inert (isInertText) by its length and first character alone; too long for a placeholder.
        nonEmptyOf[index]!.push(r);
        groupsOf[index]!.addInert(r);
      } else if (end - start <= 24 && PLACEHOLDER_STARTS.has(first) && isPlaceholderText(host.slice(start, end))) {
        // (isPlaceholderText's own first two checks, made before slicing.)
        placeholdersIn[index] = true;
      } else {
        nonEmptyOf[index]!.push(r);
        groupsOf[index]!.add(r, host, start, end);
      }
    }
  }
  const columns: ColumnConfig[] = header.map((headerCell, index) => {
    const name = names[index]!;
    const nonEmpty = new ColumnCells(rows, index, nonEmptyOf[index]!);
    const groups = groupsOf[index]!;
    const placeholderCells = placeholdersIn[index]!;
    let { note, ...proposal } = proposeColumn(headerCell, gather(nonEmpty, tracker.source, groups), legends);
    if (proposal.type === 'text') {
      // Recurring marks (`⚠️`, `Unknown`) may hide a typed column: try again without them.
      const marks = recurringMarks(groups, (c) => /https?:|\]\(/.test(c.text) || readDateShape(c.text) !== null);
      const retry = marks.size > 0 ? proposeColumn(headerCell, gather(withoutMarks(nonEmpty, groups, marks), tracker.source), legends) : null;
      if (retry && retry.type !== 'text') ({ note, ...proposal } = retry);
    }
    const marks = proposal.type === 'text' ? new Set<string>() : recurringMarks(groups, (c) => conforms(proposal, c, tracker.source));
    const filledCount = marks.size === 0 ? nonEmpty.length : countWithoutMarks(groups, marks);
    if (marks.size > 0) {
      for (const mark of marks) learned.add(mark);
      note += `; ${[...marks].map((m) => `"${m}"`).join(', ')} mean no value`;
    }
    // An empty or repeated header name is addressed by position.
    const positional = normalizeHeaderName(name) === '' || seen.get(normalizeHeaderName(name))! > 1;
    const config: ColumnConfig = { name, ...(positional ? { index: index + 1 } : {}), ...proposal };
    const typed = config.type === 'link' || config.type === 'date' || config.type === 'rating';
    const filledShare = rows.length === 0 ? 1 : filledCount / rows.length;
    // A placeholder (`None`, `-`) says "no value" on purpose: the column is optional.
    const placeholders = filledCount < nonEmpty.length || placeholderCells;
    if (typed && (filledShare < FILLED || placeholders)) config.required = false;
    notes.push(`${name || `column ${index + 1}`}: ${note}${config.required === false ? `, optional (${placeholders ? 'placeholders' : 'often empty'})` : ''}`);
    return config;
  });
  const byName = (name: string, type: ColumnConfig['type']) => columns.find((c) => c.name === name && c.type === type);
  let sort: SortKey[] = [];
  if (byName('整体推荐指数', 'rating') || byName('发布时间点', 'date')) {
    sort = BUILTIN_SORT.filter((key) => columns.some((c) => c.name === key.column && c.type !== 'text'));
  } else {
    const key = inferSort(columns, tables, tracker.source);
    if (key) sort = [key];
  }
  if (sort.length > 0) notes.push(`sort: ${sort.map((k) => `${k.column} ${k.order}`).join(', ')}`);
  return { columns, ...(sort.length > 0 ? { sort } : {}), tableCount: tables.length, rowCount: rows.length };
}

const inferred = new WeakMap<Tracker, InferredSchema | null>();

/**
 * One schema per distinct header shape, in document order; null when the tracker has no table.
 * Memoised per tracker: link extraction and the linter read the same inference.
 */
export function inferSchema(tracker: Tracker): InferredSchema | null {
  if (inferred.has(tracker)) return inferred.get(tracker)!;
  const result = inferUncached(tracker);
  inferred.set(tracker, result);
  return result;
}

function inferUncached(tracker: Tracker): InferredSchema | null {
  const groups = new Map<string, Table[]>();
  for (const section of tracker.sections) {
    for (const table of section.tables) {
      const key = headerShape(table);
      const group = groups.get(key);
      if (group) group.push(table);
      else groups.set(key, [table]);
    }
  }
  if (groups.size === 0) return null;
  const legends = readLegends(tracker.source);
  const notes: string[] = [];
  const shapes = [...groups.values()];
  const learned = new Set<string>();
  const tables = shapes.map((group, i) => {
    if (groups.size > 1) notes.push(`tables[${i}]: ${group.length} table(s), ${group.reduce((n, t) => n + t.rows.length, 0)} rows`);
    return inferTable(group, tracker, legends, notes, learned);
  });
  const duplicates = inferDuplicateScope(shapes, tables, tracker);
  if (duplicates) notes.push('duplicates: the same entries appear in several tables on purpose, so duplicates count within a table');
  if (learned.size > 0) notes.push(`placeholders: the defaults and ${[...learned].map((m) => `"${m}"`).join(', ')}, this file's marks for no value`);
  return {
    tables,
    notes,
    ...(duplicates ? { duplicates } : {}),
    ...(learned.size > 0 ? { placeholders: [...DEFAULT_PLACEHOLDERS, ...learned] } : {}),
  };
}

/**
 * Scope `table` when entries (same URL, same title in the entry link column) recur across tables
 * often enough to be the file's pattern, as in rankings or lists that file one entry under several
 * categories; null to keep the default (the whole file).
 */
function inferDuplicateScope(shapes: Table[][], schemas: InferredTable[], tracker: Tracker): DuplicatesConfig | null {
  // Entries can only repeat across tables when some shape has more than one table.
  if (shapes.every((group) => group.length < 2) && shapes.length < 2) return null;
  // The tables whose entries are compared, each with its shape, entry columns, parsed links (the
  // same memoised readings duplicate-link and the URL rules use later) and canonical URL ids. All
  // are interned before any row is compared, so a URL counted once (urlIdCounts) is known not to
  // repeat and its row costs nothing more.
  const listed: (EntryTable & { shape: number; ids: ReturnType<typeof urlIdsOf> })[] = [];
  shapes.forEach((group, s) => {
    const types = schemas[s]!.columns.map((c) => c.type);
    for (const table of group) {
      const entry = entryColumns(types, table.rows);
      if (entry) listed.push({ shape: s, table, entry, links: linksOf(tracker, table, entry.link), ids: urlIdsOf(tracker, table, entry.link) });
    }
  });
  const counts = urlIdCounts(tracker);
  // The first table each entry was seen in, and the entries seen in more than one (no Set per entry).
  const firstTable = new Map<string, Table>();
  const repeatedKeys = new Set<string>();
  const addEntry = (s: number, id: number, title: string, table: Table): void => {
    const key = `${s}\u0000${id}\u0000${title.toLowerCase().replace(/\s+/g, '')}`;
    const first = firstTable.get(key);
    if (first === undefined) firstTable.set(key, table);
    else if (first !== table) repeatedKeys.add(key);
  };
  // An entry's key (shape, URL id, title) can only repeat when its URL does: the title is read, and
  // the key made, only for URLs met twice. `atUrl` holds, per repeated URL id, the first sighting's
  // index in firstListed (its table's number in `listed`) and firstRow, or -1 once keyed: two small
  // integers per URL, not a kept title string.
  const atUrl = new Map<number, number>();
  const firstListed: number[] = [];
  const firstRow: number[] = [];
  let entries = 0;
  listed.forEach((entryTable, t) => {
    const { shape: s, table, ids } = entryTable;
    for (let r = 0; r < ids.length; r++) {
      const id = ids[r]!;
      if (id < 0) continue;
      entries++;
      if (counts[id]! < 2) continue;
      const at = atUrl.get(id);
      if (at === undefined) {
        atUrl.set(id, firstListed.length);
        firstListed.push(t);
        firstRow.push(r);
        continue;
      }
      if (at >= 0) {
        const first = listed[firstListed[at]!]!;
        addEntry(first.shape, id, entryTitle(first, firstRow[at]!), first.table);
        atUrl.set(id, -1);
      }
      addEntry(s, id, entryTitle(entryTable, r), table);
    }
  });
  const repeated = repeatedKeys.size;
  return repeated >= 2 && repeated >= entries * REPEATED_ACROSS_TABLES ? { scope: 'table', exempt: [] } : null;
}
