// Adding a row (`tracker-bot add`): builds a row in a table's own schema and style from a page's
// facts and the user's `--set` values, and inserts it at its sorted place. Pure string work on a
// parsed tracker: bytes outside the inserted line never change (line endings and BOM kept).
import { format, type Messages } from './i18n.js';
import { linkCells } from './extract-links.js';
import { parseTracker } from './parse/index.js';
import { rowComparator } from './rules/sort-order.js';
import { normalizeHeaderName, type ResolvedColumn, type TrackerSchema } from './schema.js';
import type { Lang, PageFacts, Section, Table, Tracker } from './types.js';
import { canonicalizeUrl } from './url/canonicalize.js';
import { tableColumns } from './values/columns.js';
import { sourceCellIndex } from './values/row-facts.js';

export class AddRowError extends Error {
  override name = 'AddRowError';
}

export interface AddRowInput {
  /** The URL to list (already cleaned of tracking and secret parameters). */
  url: string;
  facts: PageFacts;
  /** Header name (or schema name/alias) → cell value, from `--set`. */
  sets: Record<string, string>;
  /** Section heading to add to; default: the first section with a table that has a link column. */
  section?: string;
  lang: Lang;
}

export interface AddRowResult {
  output: string;
  /** 1-based line of the new row in `output`. */
  line: number;
  section: string | null;
  /** One line per fact the page did not state (the cell was left empty, or the URL used as title). */
  missing: string[];
}

export interface ListedRow {
  line: number;
  title: string;
}

const messages: Record<string, Messages> = {
  noSection: { en: 'no section "{name}" with a table (sections with tables: {list})', zh: '没有带表格的章节“{name}”（带表格的章节：{list}）' },
  noTable: { en: 'no table with a link column to add to', zh: '没有带链接列的表格可供添加' },
  unknownColumn: { en: '--set {column}: the table has no such column (columns: {list})', zh: '--set {column}：表格没有这一列（列：{list}）' },
  noTitle: { en: 'title: not found on the page; the link text is the URL, edit it', zh: '标题：页面未提供，链接文字暂用 URL，请修改' },
  noFact: { en: '{column}: not found on the page; cell left empty', zh: '{column}：页面未提供，单元格留空' },
};

/** The row already listing `url` (compared canonically), or null. */
export function findListed(tracker: Tracker, schema: TrackerSchema, url: string): ListedRow | null {
  const wanted = canonicalizeUrl(url.trim());
  for (const { row, link } of linkCells(tracker, schema)) {
    if (canonicalizeUrl(link.url.trim()) === wanted) return { line: row.line, title: link.text };
  }
  return null;
}

function linkColumnIndex(table: Table, schema: TrackerSchema): number {
  return tableColumns(table, schema).byCell.findIndex((c) => c?.type === 'link');
}

function targetTable(tracker: Tracker, schema: TrackerSchema, name: string | undefined, lang: Lang): { section: Section; table: Table; tableIndex: number; sectionIndex: number } {
  const candidates = tracker.sections.flatMap((section, sectionIndex) =>
    section.tables.map((table, tableIndex) => ({ section, table, tableIndex, sectionIndex })).filter(({ table }) => linkColumnIndex(table, schema) >= 0),
  );
  if (name === undefined) {
    const first = candidates[0];
    if (!first) throw new AddRowError(format(messages.noTable!, lang));
    return first;
  }
  const wanted = normalizeHeaderName(name);
  const found = candidates.find((c) => c.section.title === name) ?? candidates.find((c) => c.section.title !== null && normalizeHeaderName(c.section.title) === wanted);
  if (!found) {
    const list = [...new Set(candidates.map((c) => c.section.title ?? '(top)'))].join(', ') || '–';
    throw new AddRowError(format(messages.noSection!, lang, { name, list }));
  }
  return found;
}

/** Escapes text for a GFM table cell: pipes always, brackets in link text. */
function cellText(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/\|/g, '\\|');
}

function linkText(value: string): string {
  return cellText(value.replace(/\\/g, '\\\\')).replace(/([[\]])/g, '\\$1');
}

function linkDestination(url: string): string {
  return /[\s<>]/.test(url) || /\((?![^()]*\))/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}

interface RowStyle {
  /** A space inside each pipe (`| a | b |`) or none (`|a|b|`). */
  padded: boolean;
  leadingPipe: boolean;
  trailingPipe: boolean;
  /** Dates written with Markdown-escaped hyphens (`2023\-03\-03`). */
  escapedDates: boolean;
}

function rowStyle(tracker: Tracker, table: Table, schema: TrackerSchema): RowStyle {
  const sample = table.rows[0] ?? table.header;
  const line = tracker.source.slice(sample.span.start.offset, sample.span.end.offset).trim();
  const dateIndex = tableColumns(table, schema).byCell.findIndex((c) => c?.type === 'date');
  const dates = dateIndex < 0 ? [] : table.rows.map((r) => r.cell(dateIndex)?.text ?? '').filter((t) => t !== '');
  return {
    // The majority of rows decides (trackers that grew by hand mix both).
    padded: (table.rows.length > 0 ? table.rows : [table.header]).filter((r) => r.cell(0)?.raw.startsWith(' ')).length * 2 > Math.max(1, table.rows.length),
    leadingPipe: line.startsWith('|'),
    trailingPipe: line.endsWith('|') && !line.endsWith('\\|'),
    escapedDates: dates.filter((t) => t.includes('\\-')).length * 2 > dates.length,
  };
}

function setValue(sets: Record<string, string>, column: ResolvedColumn | null, header: string): string | undefined {
  const names = [header, ...(column?.names ?? [])].map(normalizeHeaderName);
  const key = Object.keys(sets).find((k) => names.includes(normalizeHeaderName(k)));
  return key === undefined ? undefined : sets[key];
}

/**
 * `source` with a new row for `input.url` at its sorted place in the target table.
 * Throws AddRowError (one line, in `input.lang`) for a missing section or an unknown `--set` column.
 */
export function addRow(source: string, schema: TrackerSchema, input: AddRowInput): AddRowResult {
  const tracker = parseTracker(source);
  const { section, table, sectionIndex, tableIndex } = targetTable(tracker, schema, input.section, input.lang);
  const { byCell } = tableColumns(table, schema);
  const headers = table.header.cells.map((c) => c.text);
  for (const key of Object.keys(input.sets)) {
    const known = headers.some((h, i) => [h, ...(byCell[i]?.names ?? [])].some((n) => normalizeHeaderName(n) === normalizeHeaderName(key)));
    if (!known) throw new AddRowError(format(messages.unknownColumn!, input.lang, { column: key, list: headers.join(', ') }));
  }
  const style = rowStyle(tracker, table, schema);
  const linkIndex = linkColumnIndex(table, schema);
  const sourceIndex = sourceCellIndex(table, { schema });
  const dateIndex = byCell.findIndex((c) => c?.type === 'date');
  const missing: string[] = [];
  const cells = headers.map((header, i) => {
    const set = setValue(input.sets, byCell[i] ?? null, header);
    if (set !== undefined) return i === linkIndex ? `[${linkText(set)}](${linkDestination(input.url)})` : cellText(set);
    if (i === linkIndex) {
      if (!input.facts.title) missing.push(format(messages.noTitle!, input.lang));
      return `[${linkText(input.facts.title ?? input.url)}](${linkDestination(input.url)})`;
    }
    if (i === sourceIndex) {
      const name = input.facts.publisher ?? input.facts.author;
      if (!name) missing.push(format(messages.noFact!, input.lang, { column: header }));
      return name ? cellText(name) : '';
    }
    if (i === dateIndex) {
      if (!input.facts.published) missing.push(format(messages.noFact!, input.lang, { column: header }));
      const day = input.facts.published ?? '';
      return style.escapedDates ? day.replace(/-/g, '\\-') : day;
    }
    return '';
  });
  const inner = cells.map((c) => (style.padded ? ` ${c} ` : c)).join('|');
  const rowText = `${style.leadingPipe ? '|' : ''}${inner}${style.trailingPipe ? '|' : ''}`;

  // Append at the table's end, then move before the first row the new one sorts ahead of.
  const last = table.rows[table.rows.length - 1] ?? table.delimiter;
  const appended = insertLine(source, tracker, last.endWithEol, rowText);
  const reparsed = parseTracker(appended);
  const newTable = reparsed.sections[sectionIndex]!.tables[tableIndex]!;
  const newIndex = newTable.rows.length - 1;
  const compare = rowComparator(reparsed, newTable, schema);
  const before = compare ? newTable.rows.findIndex((_, i) => i < newIndex && compare(newIndex, i) < 0) : -1;
  if (before < 0) return { output: appended, line: newTable.rows[newIndex]!.line, section: section.title, missing };
  const target = table.rows[before]!;
  const output = insertLine(source, tracker, tracker.lineStarts[target.line - 1]!, rowText);
  return { output, line: target.line, section: section.title, missing };
}

/** Inserts `text` as a whole line at offset `at` (a line start, or the end of a final line without a line ending). */
function insertLine(source: string, tracker: Tracker, at: number, text: string): string {
  const atLineStart = at === 0 || source[at - 1] === '\n';
  return atLineStart ? source.slice(0, at) + text + tracker.eol + source.slice(at) : source.slice(0, at) + tracker.eol + text + source.slice(at);
}
