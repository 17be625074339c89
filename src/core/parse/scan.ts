// Parse stage, step 2: the line scanner. One pass over the lines tracks the block context
// (paragraph, fenced code, HTML block, indented code, block quote, list) just far enough to find
// the top-level ATX/setext headings and GFM tables exactly where remark-gfm finds them.
// Tables inside block quotes and list items are not modelled (their lines are skipped), but the
// container boundaries, lazy continuation lines included, are, so top-level tables still agree.
import type { Row, Section, Table, Tracker } from '../types.js';
import {
  atxHeadingContent,
  atxHeadingDepth,
  fenceOpening,
  htmlBlockEnds,
  htmlBlockKind,
  isBlankFrom,
  isFenceClosing,
  isFootnoteDefinitionStart,
  isThematicBreak,
  listItemStart,
  measureIndent,
  setextUnderlineDepth,
  type Fence,
} from './blocks.js';
import { splitLines } from './lines.js';
import { pointAt } from './model.js';
import { headerCellCount, parseDelimiterRow, splitRowCells } from './table-row.js';
import { stripInlineMarkup } from './inline-text.js';

const GT = 62;

interface ContainerState {
  /** The last inner line was paragraph text, so the next line may continue it lazily. */
  lazy: boolean;
  /** A table is open inside the container: it takes no lazy lines, and the line that closes the
   * container cannot start a table either (micromark tries it as a body row, which fails). */
  innerTable: boolean;
  innerPrevious: [number, number] | null;
}
type Container =
  | ({ kind: 'quote' } & ContainerState)
  | ({ kind: 'list'; contentIndent: number; sawBlank: boolean; emptyItem: boolean } & ContainerState);

export function scanTracker(source: string): Tracker {
  const lines = splitLines(source);
  const { starts, ends } = lines;
  const lineCount = starts.length;
  const sections: Section[] = [];
  let section: Section = { title: null, depth: 0, line: 0, tables: [] };
  sections.push(section);

  let paragraphStart = -1;
  let fence: Fence | null = null;
  let htmlKind = 0;
  let container: Container | null = null;
  // micromark keeps an indented code block open across blank lines, so the next container start
  // is judged as interrupting (an ordered list must start at 1, an item cannot be empty).
  let afterIndentedCode = false;

  const openSection = (title: string, depth: number, line: number): void => {
    section = { title, depth, line, tables: [] };
    sections.push(section);
  };

  for (let index = 0; index < lineCount; index++) {
    const start = starts[index]!;
    const end = ends[index]!;
    const { columns, first } = measureIndent(source, start, end);
    const blank = first === end;

    if (fence) {
      if (columns < 4 && isFenceClosing(source, first, end, fence)) fence = null;
      continue;
    }
    if (htmlKind !== 0) {
      if (htmlKind >= 6) {
        if (blank) htmlKind = 0;
      } else if (htmlBlockEnds(source, htmlKind, start, end)) {
        htmlKind = 0;
      }
      continue;
    }
    let tableAllowed = true;
    if (container) {
      if (continuesContainer(container, source, start, end, columns, first, blank)) continue;
      tableAllowed = !container.innerTable;
      container = null;
    }

    if (blank) {
      paragraphStart = -1;
      continue;
    }
    const inParagraph = paragraphStart !== -1;
    if (columns >= 4) {
      if (!inParagraph) afterIndentedCode = true;
      continue;
    }
    const interruptingContainer = inParagraph || afterIndentedCode;
    afterIndentedCode = false;

    const code = source.charCodeAt(first);
    const depth = atxHeadingDepth(source, first, end);
    if (depth > 0) {
      openSection(stripInlineMarkup(atxHeadingContent(source, first, end, depth)), depth, index + 1);
      paragraphStart = -1;
      continue;
    }
    const opening = fenceOpening(source, first, end);
    if (opening) {
      fence = opening;
      paragraphStart = -1;
      continue;
    }
    if (inParagraph) {
      const underline = setextUnderlineDepth(source, first, end);
      if (underline > 0) {
        openSection(setextTitle(source, starts, ends, paragraphStart, index), underline, paragraphStart + 1);
        paragraphStart = -1;
        continue;
      }
    }
    if (code === GT) {
      container = { kind: 'quote', lazy: false, innerTable: false, innerPrevious: null };
      noteInnerLine(container, source, quoteContentStart(source, first, end), end);
      paragraphStart = -1;
      continue;
    }
    if (isThematicBreak(source, first, end)) {
      paragraphStart = -1;
      continue;
    }
    const item = listItemStart(source, first, end);
    if (item && (!interruptingContainer || (!item.blank && (!item.ordered || item.startsAtOne)))) {
      container = {
        kind: 'list',
        contentIndent: columns + item.contentOffset,
        sawBlank: false,
        emptyItem: item.blank,
        lazy: false,
        innerTable: false,
        innerPrevious: null,
      };
      noteInnerLine(container, source, listContentStart(source, first, end), end);
      paragraphStart = -1;
      continue;
    }
    if (isFootnoteDefinitionStart(source, first, end)) {
      container = { kind: 'list', contentIndent: 4, sawBlank: false, emptyItem: false, lazy: true, innerTable: false, innerPrevious: null };
      paragraphStart = -1;
      continue;
    }
    const html = htmlBlockKind(source, first, end, inParagraph);
    if (html !== 0) {
      paragraphStart = -1;
      const openerLength = html === 2 ? 4 : html === 5 ? 9 : html === 1 ? 1 : 2;
      if (html >= 6 || !htmlBlockEnds(source, html, first + openerLength, end)) htmlKind = html;
      continue;
    }

    const table = tableAllowed && index + 1 < lineCount ? tableAt(source, starts, ends, index) : null;
    if (table) {
      section.tables.push(table);
      index = table.rows.length > 0 ? table.rows[table.rows.length - 1]!.line - 1 : table.delimiter.line - 1;
      paragraphStart = -1;
      continue;
    }
    if (!inParagraph) paragraphStart = index;
  }

  return {
    source,
    hasBom: lines.hasBom,
    eol: lines.eol,
    sections: sections.filter((s) => s.tables.length > 0),
    lineStarts: starts,
  };
}

function tableAt(source: string, starts: number[], ends: number[], index: number): Table | null {
  const headStart = starts[index]!;
  const headEnd = ends[index]!;
  const head = measureIndent(source, headStart, headEnd);
  const size = headerCellCount(source, head.first, headEnd);
  if (size < 1) return null;
  const delimiterStart = starts[index + 1]!;
  const delimiterEnd = ends[index + 1]!;
  const delimiterIndent = measureIndent(source, delimiterStart, delimiterEnd);
  if (delimiterIndent.columns >= 4 || delimiterIndent.first === delimiterEnd) return null;
  // A list item opens a container before the table tokenizer sees the line (`- | -`).
  if (listItemStart(source, delimiterIndent.first, delimiterEnd)?.blank === false) return null;
  const align = parseDelimiterRow(source, delimiterIndent.first, delimiterEnd);
  if (!align || align.length !== size) return null;

  const header = buildRow(source, starts, ends, index, head.first);
  const delimiter = buildRow(source, starts, ends, index + 1, delimiterIndent.first);
  const rows: Row[] = [];
  for (let i = index + 2; i < starts.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    const { columns, first } = measureIndent(source, start, end);
    if (first === end || columns >= 4 || interruptsTable(source, first, end)) break;
    rows.push(buildRow(source, starts, ends, i, first));
  }
  const last = rows.length > 0 ? rows[rows.length - 1]! : delimiter;
  return { span: { start: header.span.start, end: last.span.end }, header, delimiter, rows, align };
}

function buildRow(source: string, starts: number[], ends: number[], index: number, first: number): Row {
  const line = index + 1;
  const start = starts[index]!;
  const end = ends[index]!;
  return {
    line,
    span: { start: pointAt(line, start, start), end: pointAt(line, start, end) },
    endWithEol: index + 1 < starts.length ? starts[index + 1]! : source.length,
    cells: splitRowCells(source, first, end, line, start),
  };
}

/** A line that starts another block ends a table (no paragraph is open, so nothing is "interrupting"). */
function interruptsTable(source: string, first: number, end: number): boolean {
  const code = source.charCodeAt(first);
  if (code === 124 /* | */) return false;
  return (
    code === GT ||
    atxHeadingDepth(source, first, end) > 0 ||
    fenceOpening(source, first, end) !== null ||
    htmlBlockKind(source, first, end, false) !== 0 ||
    isThematicBreak(source, first, end) ||
    listItemStart(source, first, end) !== null ||
    isFootnoteDefinitionStart(source, first, end)
  );
}

/** A line that would close an open paragraph (used for lazy continuation inside containers). */
function interruptsParagraph(source: string, first: number, end: number, columns: number): boolean {
  if (columns >= 4) return false;
  const code = source.charCodeAt(first);
  if (code === GT || atxHeadingDepth(source, first, end) > 0 || fenceOpening(source, first, end)) return true;
  if (isThematicBreak(source, first, end) || htmlBlockKind(source, first, end, true) !== 0) return true;
  if (isFootnoteDefinitionStart(source, first, end)) return true;
  const item = listItemStart(source, first, end);
  return item !== null && !item.blank && (!item.ordered || item.startsAtOne);
}

function continuesContainer(
  container: Container,
  source: string,
  start: number,
  end: number,
  columns: number,
  first: number,
  blank: boolean,
): boolean {
  if (container.kind === 'quote') {
    if (columns < 4 && source.charCodeAt(first) === GT) {
      noteInnerLine(container, source, quoteContentStart(source, first, end), end);
      return true;
    }
    return continuesLazily(container, source, first, end, columns, blank);
  }
  if (blank) {
    // A list item can begin with at most one blank line.
    if (container.emptyItem) return false;
    container.sawBlank = true;
    container.lazy = false;
    container.innerTable = false;
    container.innerPrevious = null;
    return true;
  }
  if (columns >= container.contentIndent) {
    container.sawBlank = false;
    container.emptyItem = false;
    noteInnerLine(container, source, measureIndent(source, start, end).first, end);
    return true;
  }
  if (columns < 4) {
    const item = listItemStart(source, first, end);
    if (item && !isThematicBreak(source, first, end)) {
      container.contentIndent = columns + item.contentOffset;
      container.sawBlank = false;
      container.emptyItem = item.blank;
      container.innerTable = false;
      container.innerPrevious = null;
      noteInnerLine(container, source, listContentStart(source, first, end), end);
      return true;
    }
  }
  return !container.sawBlank && continuesLazily(container, source, first, end, columns, blank);
}

/** A lazy line continues the container's open paragraph (and may head a table inside it). */
function continuesLazily(
  container: ContainerState,
  source: string,
  first: number,
  end: number,
  columns: number,
  blank: boolean,
): boolean {
  if (!container.lazy || blank || interruptsParagraph(source, first, end, columns)) return false;
  if (htmlBlockKind(source, first, end, false) === 7) {
    // micromark lets a lazy line open a complete-tag HTML block inside the container; it takes no
    // further lazy lines, so the container closes on the next line that is not its own.
    container.lazy = false;
    container.innerPrevious = null;
    return true;
  }
  container.innerPrevious = [first, end];
  return true;
}

/** Track what the container's inner line is: paragraph text (lazy continuation possible) or a table row. */
function noteInnerLine(container: ContainerState, source: string, first: number, end: number): void {
  const previous = container.innerPrevious;
  const blank = first >= end;
  if (blank) {
    container.innerTable = false;
  } else if (container.innerTable) {
    container.innerTable = !interruptsTable(source, first, end);
  } else if (previous && container.lazy) {
    const align = parseDelimiterRow(source, first, end);
    container.innerTable = align !== null && align.length === headerCellCount(source, previous[0], previous[1]);
  }
  container.lazy = !blank && !container.innerTable && !startsNonParagraphBlock(source, first, end);
  container.innerPrevious = blank ? null : [first, end];
}

function quoteContentStart(source: string, first: number, end: number): number {
  let p = first;
  while (p < end && source.charCodeAt(p) === GT) {
    p++;
    p = measureIndent(source, p, end).first;
  }
  return p;
}

function listContentStart(source: string, first: number, end: number): number {
  let p = first;
  while (p < end && !isSpaceOrTabCode(source.charCodeAt(p))) p++;
  return measureIndent(source, p, end).first;
}

function isSpaceOrTabCode(code: number): boolean {
  return code === 32 || code === 9;
}

function startsNonParagraphBlock(source: string, p: number, end: number): boolean {
  return (
    atxHeadingDepth(source, p, end) > 0 ||
    fenceOpening(source, p, end) !== null ||
    isThematicBreak(source, p, end) ||
    htmlBlockKind(source, p, end, false) !== 0 ||
    isBlankFrom(source, p, end)
  );
}

function setextTitle(source: string, starts: number[], ends: number[], from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(source.slice(starts[i]!, ends[i]!).trim());
  return stripInlineMarkup(parts.join(' '));
}
