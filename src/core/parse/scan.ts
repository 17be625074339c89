// Parse stage, step 2: the line scanner. One pass over the lines runs the CommonMark block
// algorithm as micromark (remark-gfm 4, and so GitHub) does it: a stack of open containers (block
// quotes, list items, GFM footnote definitions) matched at the start of each line, lazy
// continuation of an open paragraph, then the innermost leaf block (paragraph, fenced or indented
// code, HTML block, GFM table). It records the top-level ATX/setext headings as sections and every
// GFM table, top-level or nested in containers, with exact offsets; it builds no other nodes.
// Where micromark and the GFM spec disagree, micromark wins (see the notes at each quirk).
import type { Row, Section, Table, Tracker } from '../types.js';
import {
  atxHeadingContent,
  atxHeadingDepth,
  fenceOpening,
  htmlBlockEnds,
  htmlBlockKind,
  htmlEndSearchStart,
  isFenceClosing,
  footnoteDefinitionPrefixEnd,
  linkDefinitionStep,
  isThematicBreak,
  listItemStart,
  setextUnderlineDepth,
  type Fence,
} from './blocks.js';
import { splitLines } from './lines.js';
import { CellOffsets, SourceRow } from './model.js';
import { headerCellCount, parseDelimiterRow, splitRowCells } from './table-row.js';
import { stripInlineMarkup } from './inline-text.js';

const GT = 62;
const SPACE = 32;
const TAB = 9;
const PIPE = 124;

/** A position inside a line: `column` is the visual column (tabs to multiples of 4) and may sit inside a tab. */
interface Cursor {
  offset: number;
  column: number;
}

type Container =
  | { kind: 'quote' }
  | {
      kind: 'item';
      /** Columns from the container's content start to the item's content (micromark `size`). */
      size: number;
      ordered: boolean;
      /** `-`, `*`, `+`, or the ordered delimiter `.` / `)`; a sibling item must use the same one. */
      marker: number;
      initialBlankLine: boolean;
      furtherBlankLines: boolean;
    }
  | { kind: 'footnote' };

/** The innermost open leaf block. Only a paragraph takes lazy lines. */
type Leaf =
  | { kind: 'none' }
  | {
      kind: 'paragraph';
      /** Line index where the paragraph's text starts after leading link reference definitions, or -1. */
      textStart: number;
      /** While only definitions were seen: what the next line may add to them (see linkDefinitionStep). */
      definition: 'start' | 'destination' | 'title';
      /** Line of a `[label]:` still waiting for its destination. */
      definitionLine: number;
      /** The last line: index, where its container content starts, its first non-blank offset. */
      lastLine: number;
      lastContent: number;
      lastFirst: number;
      /** Whether the last line may be a table header (indented less than 4 columns, not blocked). */
      lastCanHead: boolean;
    }
  | { kind: 'fence'; fence: Fence }
  | { kind: 'html'; html: number }
  | { kind: 'code' }
  | { kind: 'table'; table: Table };

export function scanTracker(source: string): Tracker {
  const lines = splitLines(source);
  const { starts, ends } = lines;
  const lineCount = starts.length;
  const sections: Section[] = [];
  let section: Section = { title: null, depth: 0, line: 0, tables: [] };
  sections.push(section);

  const offsets = new CellOffsets(source);
  const stack: Container[] = [];
  let leaf: Leaf = { kind: 'none' };

  const openSection = (title: string, depth: number, line: number): void => {
    section = { title, depth, line, tables: [] };
    sections.push(section);
  };

  for (let index = 0; index < lineCount; index++) {
    const end = ends[index]!;
    let cursor: Cursor = { offset: starts[index]!, column: 0 };

    // 1. Open containers that continue on this line; a new sibling list item closes what was inside the old one.
    let matched = 0;
    let restarted = false;
    for (; matched < stack.length; matched++) {
      const result = continueContainer(stack[matched]!, source, cursor, end);
      if (result === null) break;
      cursor = result.cursor;
      if (result.sibling) {
        matched++;
        stack.length = matched;
        leaf = { kind: 'none' };
        restarted = true;
        break;
      }
    }
    const allMatched = matched === stack.length;
    const concrete = allMatched && (leaf.kind === 'fence' || leaf.kind === 'html');

    // 2. New containers. micromark judges them as interrupting when every container continued and
    // a flow construct is still in progress at the line start: an open paragraph, or indented code
    // (which looks ahead across blank lines for more). Every other construct has ended by then.
    let tableBlocked = false;
    let closedLazily = false;
    if (!concrete) {
      const interrupt = allMatched && !restarted && (leaf.kind === 'paragraph' || leaf.kind === 'code');
      const opened = openContainer(source, cursor, end, interrupt);
      if (opened) {
        stack.length = matched;
        leaf = { kind: 'none' };
        stack.push(opened.container);
        cursor = opened.cursor;
        for (;;) {
          const next = openContainer(source, cursor, end, interrupt);
          if (!next) break;
          stack.push(next.container);
          cursor = next.cursor;
        }
      } else if (!allMatched) {
        // 3. Lazy continuation: only an open paragraph takes a line its containers do not claim.
        const lazy = lazyContinuation(leaf, source, cursor, end);
        if (lazy === 'paragraph' && leaf.kind === 'paragraph') {
          const indent = measureFrom(source, cursor, end);
          leaf.lastLine = index;
          leaf.lastContent = cursor.offset;
          leaf.lastFirst = indent.first;
          leaf.lastCanHead = indent.columns < 4;
          continue;
        }
        if (lazy === 'html') {
          // micromark lets a lazy line open a complete-tag HTML block (kind 7) inside the
          // containers; it takes no lazy lines, so they close on the next line that is not theirs.
          leaf = { kind: 'html', html: 7 };
          continue;
        }
        // micromark tries the line that closes a container holding a table as a body row of that
        // table, which fails on a lazy line; so that line cannot head a table either.
        tableBlocked = leaf.kind === 'table';
        closedLazily = true;
        stack.length = matched;
        leaf = { kind: 'none' };
      }
    }

    // 4. The leaf block, on the rest of the line.
    const indent = measureFrom(source, cursor, end);
    const first = indent.first;
    const blank = first === end;
    const columns = indent.columns;
    const topLevel = stack.length === 0;

    if (leaf.kind === 'fence') {
      if (!blank && columns < 4 && isFenceClosing(source, first, end, leaf.fence)) leaf = { kind: 'none' };
      continue;
    }
    if (leaf.kind === 'html') {
      if (leaf.html >= 6 ? blank : htmlBlockEnds(source, leaf.html, cursor.offset, end)) leaf = { kind: 'none' };
      continue;
    }
    if (leaf.kind === 'code') {
      if (blank || columns >= 4) continue;
      leaf = { kind: 'none' };
    }
    if (leaf.kind === 'table') {
      if (!blank && columns < 4 && !interruptsTable(source, first, end)) {
        leaf.table.rows.push(buildRow(offsets, starts, ends, index, cursor.offset, first));
        continue;
      }
      leaf = { kind: 'none' };
    }
    if (blank) {
      if (leaf.kind === 'paragraph') leaf = { kind: 'none' };
      continue;
    }

    let interrupting = false;
    if (leaf.kind === 'paragraph') {
      if (columns >= 4) {
        leaf.lastLine = index;
        leaf.lastContent = cursor.offset;
        leaf.lastFirst = first;
        leaf.lastCanHead = false;
        continue;
      }
      // The table construct started on the previous line (micromark tries it before the paragraph
      // continues), so a delimiter row here wins over a setext underline.
      if (leaf.lastCanHead) {
        const headerEnd = ends[leaf.lastLine]!;
        const align = parseDelimiterRow(source, first, end);
        if (align && align.length === headerCellCount(source, leaf.lastFirst, headerEnd)) {
          const header = buildRow(offsets, starts, ends, leaf.lastLine, leaf.lastContent, leaf.lastFirst);
          const delimiter = buildRow(offsets, starts, ends, index, cursor.offset, first);
          const table: Table = { span: { start: header.span.start, end: delimiter.span.end }, header, delimiter, rows: [], align };
          section.tables.push(table);
          leaf = { kind: 'table', table };
          continue;
        }
      }
      const underline = setextUnderlineDepth(source, first, end);
      // A paragraph of link reference definitions only is no paragraph: `===` under it is text, `---` a break.
      if (underline > 0 && leaf.textStart !== -1) {
        if (topLevel) openSection(setextTitle(source, starts, ends, leaf.textStart, index), underline, leaf.textStart + 1);
        leaf = { kind: 'none' };
        continue;
      }
      interrupting = true;
    }

    if (columns >= 4) {
      // Indented code checks at its line ending whether that line was lazy, and ends there if so:
      // code opened on the line that closed the containers does not make the next line "interrupting".
      leaf = closedLazily ? { kind: 'none' } : { kind: 'code' };
      continue;
    }
    const depth = atxHeadingDepth(source, first, end);
    if (depth > 0) {
      if (topLevel) openSection(stripInlineMarkup(atxHeadingContent(source, first, end, depth)), depth, index + 1);
      leaf = { kind: 'none' };
      continue;
    }
    const opening = fenceOpening(source, first, end);
    if (opening) {
      leaf = { kind: 'fence', fence: opening };
      continue;
    }
    const html = htmlBlockKind(source, first, end, interrupting);
    if (html !== 0) {
      const endsHere = html < 6 && htmlBlockEnds(source, html, htmlEndSearchStart(html, first), end);
      leaf = endsHere ? { kind: 'none' } : { kind: 'html', html };
      continue;
    }
    if (isThematicBreak(source, first, end)) {
      leaf = { kind: 'none' };
      continue;
    }
    if (leaf.kind === 'paragraph') {
      if (leaf.textStart === -1) continueDefinitions(leaf, source, first, end, index);
      leaf.lastLine = index;
      leaf.lastContent = cursor.offset;
      leaf.lastFirst = first;
      leaf.lastCanHead = true;
      continue;
    }
    const step = linkDefinitionStep(source, first, end, 'start');
    leaf = {
      kind: 'paragraph',
      textStart: step === null ? index : -1,
      definition: step === 'destination' ? 'destination' : step === 'title' ? 'title' : 'start',
      definitionLine: index,
      lastLine: index,
      lastContent: cursor.offset,
      lastFirst: first,
      lastCanHead: !tableBlocked,
    };
  }

  closeTableSpans(sections);
  return {
    source,
    hasBom: lines.hasBom,
    eol: lines.eol,
    sections: sections.filter((s) => s.tables.length > 0),
    lineStarts: starts,
  };
}

/**
 * A paragraph line while only link reference definitions were seen: it may continue a definition
 * (a destination or title on the next line) or start another; otherwise the paragraph's text starts.
 */
function continueDefinitions(leaf: Extract<Leaf, { kind: 'paragraph' }>, source: string, first: number, end: number, index: number): void {
  let step = linkDefinitionStep(source, first, end, leaf.definition === 'title' ? 'title' : leaf.definition);
  if (step === null && leaf.definition === 'title') step = linkDefinitionStep(source, first, end, 'start');
  if (step === null) {
    leaf.textStart = leaf.definition === 'destination' ? leaf.definitionLine : index;
    return;
  }
  leaf.definition = step === 'complete' ? 'start' : step;
  if (step === 'destination') leaf.definitionLine = index;
}

// ---------------------------------------------------------------- containers

interface Indent {
  /** Columns of spaces and tabs from the cursor. */
  columns: number;
  /** Offset of the first character that is not a space or tab. */
  first: number;
  /** Visual column of `first`. */
  firstColumn: number;
}

function measureFrom(source: string, cursor: Cursor, end: number): Indent {
  let column = cursor.column;
  let i = cursor.offset;
  for (; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === SPACE) column++;
    else if (code === TAB) column = nextTabStop(column);
    else break;
  }
  return { columns: column - cursor.column, first: i, firstColumn: column };
}

function nextTabStop(column: number): number {
  return (Math.floor(column / 4) + 1) * 4;
}

/** Consume `columns` columns of spaces and tabs; a tab may be consumed partly (CommonMark 2.2). */
function advance(source: string, cursor: Cursor, end: number, columns: number): Cursor {
  let { offset, column } = cursor;
  let left = columns;
  while (left > 0 && offset < end) {
    const code = source.charCodeAt(offset);
    if (code === SPACE) {
      offset++;
      column++;
      left--;
    } else if (code === TAB) {
      const stop = nextTabStop(column);
      if (stop - column <= left) {
        left -= stop - column;
        offset++;
        column = stop;
      } else {
        column += left;
        left = 0;
      }
    } else {
      break;
    }
  }
  return { offset, column };
}

/** Past one character (a marker) and then at most one column of space or tab. */
function pastMarker(source: string, at: number, column: number, end: number): Cursor {
  const cursor = { offset: at + 1, column: column + 1 };
  const next = source.charCodeAt(cursor.offset);
  return cursor.offset < end && (next === SPACE || next === TAB) ? advance(source, cursor, end, 1) : cursor;
}

/** Whether `container` continues on this line, and where its content starts (micromark `continuation`). */
function continueContainer(container: Container, source: string, cursor: Cursor, end: number): { cursor: Cursor; sibling: boolean } | null {
  const indent = measureFrom(source, cursor, end);
  const blank = indent.first === end;
  if (container.kind === 'quote') {
    if (indent.columns < 4 && source.charCodeAt(indent.first) === GT) {
      return { cursor: pastMarker(source, indent.first, indent.firstColumn, end), sibling: false };
    }
    return null;
  }
  if (container.kind === 'footnote') {
    if (blank) return { cursor, sibling: false };
    return indent.columns >= 4 ? { cursor: advance(source, cursor, end, 4), sibling: false } : null;
  }
  if (blank) {
    // A list item can begin with at most one blank line: a second one ends it at the next text.
    container.furtherBlankLines = container.furtherBlankLines || container.initialBlankLine;
    return { cursor: advance(source, cursor, end, Math.min(indent.columns, container.size)), sibling: false };
  }
  const further = container.furtherBlankLines;
  container.furtherBlankLines = false;
  container.initialBlankLine = false;
  if (!further && indent.columns >= container.size) {
    return { cursor: advance(source, cursor, end, container.size), sibling: false };
  }
  // Not in the current item: a new item of the same list keeps the list open (never "interrupting").
  const item = listItemAt(source, cursor, end, false, container);
  if (!item) return null;
  container.size = item.size;
  container.initialBlankLine = item.blank;
  return { cursor: item.cursor, sibling: true };
}

/** A container that starts at the cursor (block quote, list item, footnote definition), or null. */
function openContainer(source: string, cursor: Cursor, end: number, interrupt: boolean): { container: Container; cursor: Cursor } | null {
  const indent = measureFrom(source, cursor, end);
  if (indent.columns >= 4 || indent.first === end) return null;
  const first = indent.first;
  const code = source.charCodeAt(first);
  if (code === GT) return { container: { kind: 'quote' }, cursor: pastMarker(source, first, indent.firstColumn, end) };
  if (code === 91 /* [ */) {
    const after = footnoteDefinitionPrefixEnd(source, first, end);
    if (after === -1) return null;
    return { container: { kind: 'footnote' }, cursor: measureCursor(source, after, indent.firstColumn + (after - first), end) };
  }
  // Only `-`, `*`, `+` and digits start list items.
  if (code !== 45 && code !== 42 && code !== 43 && (code < 48 || code > 57)) return null;
  const item = listItemAt(source, cursor, end, interrupt, null);
  if (!item) return null;
  return {
    container: { kind: 'item', size: item.size, ordered: item.ordered, marker: item.marker, initialBlankLine: item.blank, furtherBlankLines: false },
    cursor: item.cursor,
  };
}

/** Cursor after every space and tab from `offset` (whose visual column is `column`). */
function measureCursor(source: string, offset: number, column: number, end: number): Cursor {
  const indent = measureFrom(source, { offset, column }, end);
  return { offset: indent.first, column: indent.firstColumn };
}

interface ListItemAt {
  size: number;
  ordered: boolean;
  marker: number;
  blank: boolean;
  cursor: Cursor;
}

/**
 * A list item marker at the cursor (after up to 3 columns of indentation), as micromark's
 * `tokenizeListStart` reads it: when interrupting, an ordered item must be `1` and no item may be
 * empty; a sibling must use its list's marker (or ordered delimiter).
 */
function listItemAt(
  source: string,
  cursor: Cursor,
  end: number,
  interrupt: boolean,
  list: { ordered: boolean; marker: number } | null,
): ListItemAt | null {
  const indent = measureFrom(source, cursor, end);
  if (indent.columns >= 4 || indent.first === end) return null;
  const p = indent.first;
  const item = listItemStart(source, p, end);
  if (!item) return null;
  const code = source.charCodeAt(p);
  const markerWidth = item.markerEnd - p;
  const marker = item.ordered ? source.charCodeAt(item.markerEnd - 1) : code;
  if (list && (list.ordered !== item.ordered || list.marker !== marker)) return null;
  if (!item.ordered && isThematicBreak(source, p, end)) return null;
  if (interrupt && (item.blank || (item.ordered && !item.startsAtOne))) return null;
  const afterMarker: Cursor = { offset: item.markerEnd, column: indent.firstColumn + markerWidth };
  let prefix: number;
  if (item.blank) {
    prefix = 1;
  } else {
    const spaces = measureFrom(source, afterMarker, end).columns;
    prefix = spaces > 4 ? 1 : spaces;
  }
  const size = indent.columns + markerWidth + prefix;
  const contentCursor = item.blank ? { offset: end, column: afterMarker.column } : advance(source, afterMarker, end, prefix);
  return { size, ordered: item.ordered, marker, blank: item.blank, cursor: contentCursor };
}

/** What a line its containers do not claim does to an open paragraph. */
function lazyContinuation(leaf: Leaf, source: string, cursor: Cursor, end: number): 'paragraph' | 'html' | null {
  if (leaf.kind !== 'paragraph') return null;
  const indent = measureFrom(source, cursor, end);
  const first = indent.first;
  if (first === end) return null;
  if (indent.columns >= 4) return 'paragraph';
  if (atxHeadingDepth(source, first, end) > 0 || fenceOpening(source, first, end) || isThematicBreak(source, first, end)) return null;
  const html = htmlBlockKind(source, first, end, false);
  if (html === 7) return 'html';
  return html === 0 ? 'paragraph' : null;
}

// ---------------------------------------------------------------- tables

function buildRow(offsets: CellOffsets, starts: number[], ends: number[], index: number, contentStart: number, first: number): Row {
  const end = ends[index]!;
  const endWithEol = index + 1 < starts.length ? starts[index + 1]! : offsets.source.length;
  const row = new SourceRow(index + 1, starts[index]!, contentStart, end, endWithEol, offsets);
  splitRowCells(row, first, end);
  return row;
}

/** A table's span ends where its last row (or its delimiter row) ends; set once the table is complete. */
function closeTableSpans(sections: Section[]): void {
  for (const section of sections) {
    for (const table of section.tables) table.span.end = (table.rows[table.rows.length - 1] ?? table.delimiter).span.end;
  }
}

/** A line that starts another leaf block ends a table (containers were handled before). */
function interruptsTable(source: string, first: number, end: number): boolean {
  if (source.charCodeAt(first) === PIPE) return false;
  return (
    atxHeadingDepth(source, first, end) > 0 ||
    fenceOpening(source, first, end) !== null ||
    htmlBlockKind(source, first, end, false) !== 0 ||
    isThematicBreak(source, first, end)
  );
}

function setextTitle(source: string, starts: number[], ends: number[], from: number, to: number): string {
  const parts: string[] = [];
  for (let i = from; i < to; i++) parts.push(source.slice(starts[i]!, ends[i]!).trim());
  return stripInlineMarkup(parts.join(' '));
}

