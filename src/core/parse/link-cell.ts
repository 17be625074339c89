// Parse stage, cell values: a link cell must hold exactly one inline link `[text](http(s) URL)`
// (other forms — references, autolinks, `<a href>` — are read by link-forms.ts and flagged by the rule).
// One native regex decides the plain shape nearly every cell has (scanPlainLink), a hand-written
// scan the other common shapes (scanSimpleLink), both reading a parser cell in place in the source;
// anything they cannot decide (markup in the text, titles, entities, angle-bracket destinations,
// text around the link) goes to remark + remark-gfm, which parses only that cell's content, placed
// in a one-cell table so it is read as a cell is.
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import type { Link, Nodes, Root, Table, TableCell } from 'mdast';
import type { Cell, LinkValue, Row } from '../types.js';
import { definitionLines, definitionsOf, findOtherForm, inlineLink, type LinkForm } from './link-forms.js';
import { cellContentStart, SourceCell, SourceRow } from './model.js';

export type LinkCellFailure = 'empty' | 'no-link' | 'multiple-links' | 'empty-text' | 'extra-text' | 'bad-scheme' | 'too-complex';
/** Shared by every reader of the cell (see remember): read-only, which the compiler enforces. */
export type LinkCellResult =
  | {
      readonly ok: true;
      readonly value: Readonly<LinkValue>;
      /** How the link is written; 'inline' is the `[text](url)` trackers use. */
      readonly form: LinkForm;
      /** For the other forms: the same link written inline, `[text](url)`, to replace the cell's content. */
      readonly inline?: string;
    }
  | { readonly ok: false; readonly reason: LinkCellFailure; readonly url?: string };

const BACKSLASH = 92;
/**
 * Longest cell (UTF-16 units) handed to the remark fallback. remark's inline parser is super-linear on crafted
 * brackets (a 100 KB cell of nested brackets took 38 s); a link cell this long that the fast scan cannot read
 * is reported as too complex instead.
 */
export const MAX_REMARK_CELL_LENGTH = 1_000;
/**
 * Most Markdown punctuation characters (brackets, backticks, angle brackets, emphasis, `&`, `!`, `\`) a cell
 * handed to remark may hold. A real link cell has a handful (a few in its title, some `_` or `&` in its URL);
 * hundreds are what make remark's label and emphasis matching slow (64 KB of such cells took 4 s).
 */
export const MAX_REMARK_CELL_MARKUP = 40;

function tooComplexForRemark(text: string): boolean {
  if (text.length > MAX_REMARK_CELL_LENGTH) return true;
  let markup = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // [ ] ` < > * _ ~ & ! \ : the characters remark's inline constructs start or end with.
    const isMarkup = code === 91 || code === 93 || code === 96 || code === 60 || code === 62 || code === 42 || code === 95 || code === 126 || code === 38 || code === 33 || code === 92;
    if (isMarkup && ++markup > MAX_REMARK_CELL_MARKUP) return true;
  }
  return false;
}
const HTTP_URL = /^https?:\/\//i;
const ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/g;
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;

/**
 * What remark decided about a cell is remembered, since remark costs about as much per call as per
 * kilobyte: for a parser cell, by its row's offsets (SourceRow.linkCellAt), in a WeakMap for any other
 * Cell. The fast scans' verdicts are made again on each read, which costs less than keeping them (a
 * verdict kept per link cell, with its label and URL strings, was about 200 bytes a row). Verdicts are
 * read-only by type, not frozen: Object.freeze cost about 0.2 µs a cell, a fifth of reading it.
 */
const memo = new WeakMap<Cell, { source: string; result: LinkCellResult }>();

function remembered(cell: Cell, source: string): LinkCellResult | undefined {
  if (cell instanceof SourceCell) return source === cell.row.offsets.source ? cell.linkCell : undefined;
  const known = memo.get(cell);
  return known && known.source === source ? known.result : undefined;
}

function remember(cell: Cell, source: string, result: LinkCellResult): LinkCellResult {
  if (cell instanceof SourceCell && source === cell.row.offsets.source) cell.linkCell = result;
  else memo.set(cell, { source, result });
  return result;
}

export function parseLinkCell(cell: Cell, source: string): LinkCellResult {
  const known = remembered(cell, source);
  if (known) return known;
  return fastVerdict(cell, source) ?? remember(cell, source, slowVerdict(cell, cell.text, source));
}

/** Shared verdicts that carry nothing but their reason (read-only, like every verdict). */
const EMPTY: LinkCellResult = { ok: false, reason: 'empty' };
const NO_LINK: LinkCellResult = { ok: false, reason: 'no-link' };
const EXTRA_TEXT: LinkCellResult = { ok: false, reason: 'extra-text' };

/**
 * The verdict of the fast scans (scanPlainLink, else scanSimpleLink), or undefined when they cannot decide. A parser
 * cell of this source is scanned in the source itself, between its content offsets, so that a
 * link cell costs no slice of its whole text; any other cell is scanned in its text.
 */
function fastVerdict(cell: Cell, source: string): LinkCellResult | undefined {
  if (cell instanceof SourceCell && source === cell.row.offsets.source) {
    const start = cell.contentStart;
    const end = cell.contentEnd;
    return start === end ? EMPTY : (scanPlainLink(source, start, end, 0) ?? scanSimpleLink(source, start, end, 0));
  }
  const text = cell.text;
  if (text === '') return EMPTY;
  const shift = cellContentStart(cell);
  return scanPlainLink(text, 0, text.length, shift) ?? scanSimpleLink(text, 0, text.length, shift);
}

/**
 * The plain shape of nearly every link cell, matched at the cell's start: `[label](destination)`
 * with a label of plain characters and backslash escapes, and a destination with no backslash,
 * parenthesis, space, `<`, `|` or control character. Neither part crosses a `|` or a line end,
 * so a match never reads past its row (the source is matched in place). The label is written as an
 * unrolled loop (plain run, then escape and plain run, repeated) rather than `(?:plain|escape)*`,
 * which would leave a backtracking point per character.
 */
const PLAIN_LINK = /\[[^\\\][`<*_~!&|\n]*(?:\\[^\n][^\\\][`<*_~!&|\n]*)*\]\([^\\()\s<|\x00-\x1f\x7f]*\)/y;

/**
 * scanSimpleLink's verdict for a cell of the plain shape (PLAIN_LINK), read with one native regex
 * test instead of its character loops (which a cold, not yet optimised run pays for per
 * character); null for any other cell, which scanSimpleLink then reads. A fixed-seed property
 * test holds the two to the same verdicts.
 */
export function scanPlainLink(s: string, start: number, end: number, shift: number): LinkCellResult | null {
  PLAIN_LINK.lastIndex = start;
  if (!PLAIN_LINK.test(s)) return null;
  const linkEnd = PLAIN_LINK.lastIndex;
  if (linkEnd > end) return null;
  // The destination holds no `(`: the last `](` before the end is where the label ends (an
  // escaped `\](` inside the label comes before it).
  const labelEnd = s.lastIndexOf('](', linkEnd - 2);
  const urlStart = labelEnd + 2;
  const urlEnd = linkEnd - 1;
  const url = s.slice(urlStart, urlEnd);
  if (linkEnd < end || (url.indexOf('&') !== -1 && url.indexOf(';') !== -1)) return null;
  return plainLinkVerdict(s, start, labelEnd, linkEnd, shift, url);
}

/**
 * The verdict on s[start, linkEnd), a link PLAIN_LINK matched whose label ends at labelEnd (its `]`):
 * the label unescaped only when it holds a backslash, then classify. `url` is the destination,
 * s[labelEnd + 2, linkEnd - 1); offsets in the verdict are s's plus `shift`.
 */
function plainLinkVerdict(s: string, start: number, labelEnd: number, linkEnd: number, shift: number, url = s.slice(labelEnd + 2, linkEnd - 1)): LinkCellResult {
  const label = s.slice(start + 1, labelEnd);
  return classify(label.indexOf('\\') === -1 ? label : unescape(label), url, shift + labelEnd + 2, shift + linkEnd - 1);
}

/** The verdict on a non-empty cell the fast scan left undecided: remark's, unless the cell is too complex for it. */
function slowVerdict(cell: Cell, text: string, source: string): LinkCellResult {
  return tooComplexForRemark(text) ? { ok: false, reason: 'too-complex' } : parseWithRemark(text, cellContentStart(cell), source);
}

function classify(text: string, url: string, urlStart: number, urlEnd: number, form: LinkForm = 'inline', inline?: string): LinkCellResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'empty-text', url };
  if (!HTTP_URL.test(url)) return { ok: false, reason: 'bad-scheme', url };
  const value = { text: trimmed, url, urlStart, urlEnd };
  return inline === undefined ? { ok: true, value, form } : { ok: true, value, form, inline };
}

/** Text that may hold a link remark would find (a bracket, an autolink, a bare or www URL, an email). */
const MAY_HOLD_LINK = /[[<@]|https?:|www\./i;

/**
 * The verdict when `s[start, end)` (a cell's non-empty content) is exactly `[plain label](plain-destination)`
 * or plainly holds no link or extra text; undefined when undecided (remark decides). Offsets in
 * the verdict are s's plus `shift` (s is the source itself for a parser cell, else the cell's text).
 * The label and URL are unescaped only when the scan met a backslash in them.
 */
export function scanSimpleLink(s: string, start: number, end: number, shift: number): LinkCellResult | undefined {
  if (s.charCodeAt(start) !== 91 /* [ */) {
    return MAY_HOLD_LINK.test(s.slice(start, end)) ? undefined : NO_LINK;
  }
  let i = start + 1;
  let labelEscapes = false;
  for (; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code === BACKSLASH) {
      labelEscapes = true;
      i++;
      continue;
    }
    if (code === 93 /* ] */) break;
    // Nested brackets, code spans, HTML, emphasis, images, entities: leave to remark.
    if (code === 91 || code === 96 || code === 60 || code === 42 || code === 95 || code === 126 || code === 33 || code === 38) {
      return undefined;
    }
  }
  if (i + 1 >= end || s.charCodeAt(i + 1) !== 40 /* ( */) return undefined;
  const labelEnd = i;
  let j = i + 2;
  while (j < end && isSpaceOrTab(s.charCodeAt(j))) j++;
  if (j < end && s.charCodeAt(j) === 60 /* < */) return undefined;
  const urlStart = j;
  let depth = 0;
  let urlEscapes = false;
  for (; j < end; j++) {
    const code = s.charCodeAt(j);
    if (code === BACKSLASH && j + 1 < end && isAsciiPunctuation(s.charCodeAt(j + 1))) {
      urlEscapes = true;
      j++;
      continue;
    }
    if (code === 40) depth++;
    else if (code === 41) {
      if (depth === 0) break;
      depth--;
    } else if (isSpaceOrTab(code)) break;
    else if (code < 32 || code === 127) return undefined;
  }
  const urlEnd = j;
  const destination = s.slice(urlStart, urlEnd);
  // Character references (`&amp;`: `&`, a name or number, `;`) are decoded by remark; a bare `&`
  // (query strings) is not one.
  if (destination.indexOf('&') !== -1 && destination.indexOf(';') !== -1 && CHARACTER_REFERENCE.test(destination)) return undefined;
  while (j < end && isSpaceOrTab(s.charCodeAt(j))) j++;
  if (depth !== 0 || j >= end || s.charCodeAt(j) !== 41) return undefined;
  if (j + 1 < end) {
    const rest = s.slice(j + 1, end);
    if (rest.trim() !== '') return MAY_HOLD_LINK.test(rest) ? undefined : EXTRA_TEXT;
  }
  const label = s.slice(start + 1, labelEnd);
  return classify(labelEscapes ? unescape(label) : label, urlEscapes ? unescape(destination) : destination, shift + urlStart, shift + urlEnd);
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9;
}

/** ASCII punctuation (CommonMark §2.1): `!`–`/`, `:`–`@`, `[`–`` ` ``, `{`–`~`. */
function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

function unescape(value: string): string {
  return value.replace(ESCAPED_PUNCTUATION, '$1');
}

const CELL_PREFIX = '| x |\n| - |\n| ';
let processor: ReturnType<typeof createProcessor> | undefined;

function createProcessor() {
  return remark().use(remarkGfm);
}

function parseWithRemark(text: string, base: number, source: string): LinkCellResult {
  processor ??= createProcessor();
  // Reference-style links resolve only against definitions: give remark the document's.
  const definitions = text.includes('[') ? definitionsOf(source) : new Map<string, never>();
  const wrapped = CELL_PREFIX + text + ' |' + (definitions.size > 0 ? `\n\n${definitionLines(definitions)}\n` : '');
  const tree = processor.parse(wrapped) as Root;
  const table = tree.children[0] as Table | undefined;
  const cell = table?.type === 'table' ? table.children[1]?.children[0] : undefined;
  return fromRemarkCell(cell, wrapped, base - CELL_PREFIX.length, definitions);
}

/**
 * parseLinkCell of each row's cell at cellIndex, in one pass over the column, as a LinkColumn. Every
 * cell that needs the remark fallback is read in one remark call (one row per cell of a one-column
 * table), and its verdict is remembered, so parseLinkCell finds it. remark costs about as much per
 * call as per kilobyte; a column of many short crafted cells would otherwise pay that per cell.
 */
export function parseLinkCells(rows: readonly Row[], cellIndex: number, source: string): LinkColumn {
  const column = new LinkColumn(source, rows.length);
  const pending: number[] = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    // A parser row's cell is read in place, without a cell object, when it is a plain inline link.
    if (row instanceof SourceRow && row.offsets.source === source && cellIndex >= 0 && cellIndex < row.cellCount) {
      const start = row.contentStartOf(cellIndex);
      const end = row.contentEndOf(cellIndex);
      if (start !== end && column.readInline(r, start, end)) continue;
    }
    const cell = row.cell(cellIndex);
    if (!cell) continue;
    let result = remembered(cell, source);
    if (result === undefined) {
      result = fastVerdict(cell, source);
      if (result === undefined && tooComplexForRemark(cell.text)) result = remember(cell, source, { ok: false, reason: 'too-complex' });
    }
    if (result !== undefined) column.keep(r, result);
    else pending.push(r);
  }
  if (pending.length >= 2) readWithRemark(pending.map((r) => rows[r]!.cell(cellIndex)!), source);
  // Cells the batch did not settle (one alone, or a batch remark read otherwise) are read one by one.
  for (const r of pending) column.keep(r, parseLinkCell(rows[r]!.cell(cellIndex)!, source));
  return column;
}

/** LinkColumn row kinds: a row too short to have the cell, a plain inline link kept as offsets, any other verdict kept whole. */
const NO_CELL = 0;
const PLAIN_INLINE = 1;
const KEPT = 2;

/**
 * The link-cell verdicts of one column (parseLinkCells), one per body row (undefined where the row is
 * too short), in compact form. Nearly every link cell is `[label](url)` as PLAIN_LINK reads it; for
 * such a cell only three source offsets are kept (the cell's start, the label's end, the cell's end),
 * and `at` makes its verdict again on each read, with scanPlainLink's plainLinkVerdict. Any other verdict
 * is kept whole. A verdict object per row, with its label and URL strings, was about 200 bytes a row
 * that lived until the report: 20 MB at 100k rows, about 5 % of the run in page faults and copying.
 */
export class LinkColumn {
  private readonly kinds: Uint8Array;
  /** Per plain row r: [3r] the cell's content start (its `[`), [3r+1] the label's end (its `]`), [3r+2] the content end. */
  private readonly offsets: Int32Array;
  private readonly kept = new Map<number, LinkCellResult>();

  constructor(
    /** The source the cells were read from; a plain row's offsets index it. */
    readonly source: string,
    /** How many body rows the column spans. */
    readonly length: number,
  ) {
    this.kinds = new Uint8Array(length);
    this.offsets = new Int32Array(3 * length);
  }

  /**
   * Reads source[start, end) (a cell's non-empty content) for row r when it is a plain inline link to
   * an http(s) URL with a non-blank label, which scanPlainLink would accept as valid: true when it is
   * (and the row is kept as offsets), false to leave the cell to the other readers.
   */
  readInline(r: number, start: number, end: number): boolean {
    const s = this.source;
    PLAIN_LINK.lastIndex = start;
    if (!PLAIN_LINK.test(s) || PLAIN_LINK.lastIndex !== end) return false;
    const labelEnd = s.lastIndexOf('](', end - 2);
    const urlStart = labelEnd + 2;
    // scanPlainLink leaves a URL that may hold a character reference to the slower readers.
    if (holdsBeforeParenthesis(AMPERSAND_BEFORE_PARENTHESIS, s, urlStart) && holdsBeforeParenthesis(SEMICOLON_BEFORE_PARENTHESIS, s, urlStart)) return false;
    if (!startsWithHttpScheme(s, urlStart, end - 1) || isBlankText(s, start + 1, labelEnd)) return false;
    this.kinds[r] = PLAIN_INLINE;
    this.offsets[3 * r] = start;
    this.offsets[3 * r + 1] = labelEnd;
    this.offsets[3 * r + 2] = end;
    return true;
  }

  /** Keeps row r's verdict whole. */
  keep(r: number, result: LinkCellResult): void {
    this.kinds[r] = KEPT;
    this.kept.set(r, result);
  }

  /** Row r's verdict (a new object on each read of a plain row); undefined where the row is too short. */
  at(r: number): LinkCellResult | undefined {
    const kind = this.kinds[r];
    if (kind === PLAIN_INLINE) return plainLinkVerdict(this.source, this.offsets[3 * r]!, this.offsets[3 * r + 1]!, this.offsets[3 * r + 2]!, 0);
    return kind === KEPT ? this.kept.get(r) : undefined;
  }

  /**
   * Row r's link URL (its verdict's value.url) when the cell is a valid link, null when it is not,
   * undefined where the row is too short; read without making the verdict.
   */
  urlAt(r: number): string | null | undefined {
    const kind = this.kinds[r];
    if (kind === PLAIN_INLINE) return this.source.slice(this.offsets[3 * r + 1]! + 2, this.offsets[3 * r + 2]! - 1);
    if (kind === NO_CELL) return undefined;
    const result = this.kept.get(r)!;
    return result.ok ? result.value.url : null;
  }

  /**
   * Where row r's URL sits in `source` when the row is kept as offsets (its URL is that text, verbatim):
   * the URL's start offset, and its end at plainUrlEnd(r); -1 for any other row.
   */
  plainUrlStart(r: number): number {
    return this.kinds[r] === PLAIN_INLINE ? this.offsets[3 * r + 1]! + 2 : -1;
  }

  /** The end offset in `source` of a plain row's URL (see plainUrlStart). */
  plainUrlEnd(r: number): number {
    return this.offsets[3 * r + 2]! - 1;
  }

  /** True when row r's cell is a valid link written inline, `[text](url)` (verdict ok, form 'inline'); read without making the verdict. */
  isInline(r: number): boolean {
    const kind = this.kinds[r];
    if (kind === PLAIN_INLINE) return true;
    const result = kind === KEPT ? this.kept.get(r)! : undefined;
    return result !== undefined && result.ok && result.form === 'inline';
  }

  /** Every row's verdict, in order (a new array of new objects: for tests and small tables). */
  toArray(): (LinkCellResult | undefined)[] {
    return Array.from({ length: this.length }, (_, r) => this.at(r));
  }
}

/**
 * True when `pattern` (one of the two below) matches at `start`: when the destination that starts
 * there holds its character before the `)` that closes it (a PLAIN_LINK destination holds no other
 * parenthesis). Sticky regexes bounded by that `)`, not indexOf, which has no end bound and would
 * read on through the rest of a large source when the URL does not hold the character.
 */
function holdsBeforeParenthesis(pattern: RegExp, s: string, start: number): boolean {
  pattern.lastIndex = start;
  return pattern.test(s);
}
const AMPERSAND_BEFORE_PARENTHESIS = /[^&)]*&/y;
const SEMICOLON_BEFORE_PARENTHESIS = /[^;)]*;/y;

/** True when s[start, end) starts with `http://` or `https://`, in any case (HTTP_URL, read in place). */
function startsWithHttpScheme(s: string, start: number, end: number): boolean {
  HTTP_URL_AT.lastIndex = start;
  return HTTP_URL_AT.test(s) && HTTP_URL_AT.lastIndex <= end;
}
const HTTP_URL_AT = /https?:\/\//iy;

/**
 * True when s[start, end) is empty or all white space as String.prototype.trim removes it (which
 * RegExp `\s` matches too). An unescaped label is blank exactly when its written form is: an escape
 * leaves a punctuation character.
 */
function isBlankText(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code > 32 && code < 127) return false;
    if (!WHITE_SPACE.test(s[i]!)) return false;
  }
  return true;
}
const WHITE_SPACE = /\s/;

/** Reads `pending` (cells the fast scan left undecided) in one remark call and remembers their verdicts. */
function readWithRemark(pending: readonly Cell[], source: string): void {
  processor ??= createProcessor();
  const header = '| x |\n| - |\n';
  const rowStarts: number[] = [];
  const parts = [header];
  let length = header.length;
  for (const cell of pending) {
    rowStarts.push(length + 2);
    const row = `| ${cell.text} |\n`;
    parts.push(row);
    length += row.length;
  }
  // Reference-style links resolve only against definitions: give remark the document's, after the table.
  const definitions = pending.some((cell) => cell.text.includes('[')) ? definitionsOf(source) : new Map<string, never>();
  if (definitions.size > 0) parts.push(`\n${definitionLines(definitions)}\n`);
  const wrapped = parts.join('');
  const table = (processor.parse(wrapped) as Root).children[0] as Table | undefined;
  if (table?.type !== 'table' || table.children.length !== pending.length + 1) return;
  pending.forEach((cell, i) => {
    remember(cell, source, fromRemarkCell(table.children[i + 1]?.children[0], wrapped, cellContentStart(cell) - rowStarts[i]!, definitions));
  });
}

/** The verdict on one table cell remark parsed out of `wrapped`; `offset` maps wrapped offsets to the source. */
function fromRemarkCell(cell: TableCell | undefined, wrapped: string, offset: number, definitions: ReturnType<typeof definitionsOf>): LinkCellResult {
  const children = cell?.children ?? [];
  const other = findOtherForm(
    wrapped,
    children.filter((node) => !(node.type === 'text' && node.value.trim() === '')),
    definitions,
    plainText,
  );
  if (other) {
    const urlShift = other.urlIn === 'wrapped' ? offset : 0;
    const inline = inlineLink(wrapped.slice(other.textStart, other.textEnd), other.url);
    return classify(other.text, other.url, other.urlStart + urlShift, other.urlEnd + urlShift, other.form, inline);
  }
  const links = children.filter((node): node is Link => node.type === 'link');
  const anchors = children.filter((node) => node.type === 'html' && /^<a\s[^>]*\bhref\s*=/i.test(node.value)).length;
  if (anchors + links.length > 1 && anchors > 0) return { ok: false, reason: 'multiple-links' };
  const first = links[0];
  if (!first) return { ok: false, reason: 'no-link' };
  if (links.length > 1) return { ok: false, reason: 'multiple-links', url: first.url };
  const others = children.some((node) => node !== first && !(node.type === 'text' && node.value.trim() === ''));
  if (others) return { ok: false, reason: 'extra-text', url: first.url };
  // A bare URL that remark-gfm finds inside a text node (after a Unicode space, say) is a link node
  // with no position; like any link not written `[text](url)`, it is no link cell.
  const linkStart = first.position?.start.offset;
  if (linkStart === undefined || wrapped.charCodeAt(linkStart) !== 91 /* [ */) return { ok: false, reason: 'no-link', url: first.url };
  const destination = locateDestination(wrapped, first);
  return classify(plainText(first), first.url, offset + destination.start, offset + destination.end);
}

/** Offsets (in `wrapped`) of the raw destination of an inline link node. */
function locateDestination(wrapped: string, link: Link): { start: number; end: number } {
  const last = link.children[link.children.length - 1];
  let i = last ? last.position!.end.offset! : link.position!.start.offset! + 1;
  const linkEnd = link.position!.end.offset!;
  while (i < linkEnd && wrapped.charCodeAt(i) !== 93 /* ] */) i++;
  i += 2; // `](`
  while (i < linkEnd && /\s/.test(wrapped[i]!)) i++;
  if (wrapped.charCodeAt(i) === 60 /* < */) {
    // `<…>` ends at the first `>` that is not backslash-escaped (CommonMark 6.3: `\>` is part of the URL).
    let close = i + 1;
    while (close < linkEnd && wrapped.charCodeAt(close) !== 62 /* > */) close += wrapped.charCodeAt(close) === BACKSLASH ? 2 : 1;
    return { start: i + 1, end: close >= linkEnd ? i + 1 : close };
  }
  const start = i;
  let depth = 0;
  for (; i < linkEnd; i++) {
    const code = wrapped.charCodeAt(i);
    if (code === BACKSLASH) {
      i++;
      continue;
    }
    if (code === 40) depth++;
    else if (code === 41) {
      if (depth === 0) break;
      depth--;
    } else if (code <= 32) break;
  }
  return { start, end: Math.min(i, linkEnd) };
}

function plainText(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string' && node.type !== 'html') return node.value;
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node.children as Nodes[]).map(plainText).join('');
  return '';
}
