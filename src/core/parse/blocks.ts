// Parse stage, step 2 helpers: CommonMark/GFM block-start tests on a single line, used by the
// scanner to decide where headings, fences, HTML blocks, containers and tables begin and end.
// Each test receives the source, the offset of the line's first non-blank character and the
// offset where the line's content ends.

const TAB = 9;
const SPACE = 32;

export function isSpaceOrTab(code: number): boolean {
  return code === SPACE || code === TAB;
}

export interface Indent {
  /** Indentation width in columns (tabs to the next multiple of 4). */
  columns: number;
  /** Offset of the first character that is not a space or tab. */
  first: number;
}

export function measureIndent(source: string, start: number, end: number, startColumn = 0): Indent {
  let columns = startColumn;
  let i = start;
  for (; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === SPACE) columns++;
    else if (code === TAB) columns += 4 - (columns % 4);
    else break;
  }
  return { columns: columns - startColumn, first: i };
}

export function isBlankFrom(source: string, position: number, end: number): boolean {
  for (let i = position; i < end; i++) if (!isSpaceOrTab(source.charCodeAt(i))) return false;
  return true;
}

/** Depth of an ATX heading starting at `p`, or 0. */
export function atxHeadingDepth(source: string, p: number, end: number): number {
  let depth = 0;
  while (p + depth < end && source.charCodeAt(p + depth) === 35 /* # */) depth++;
  if (depth === 0 || depth > 6) return 0;
  return p + depth === end || isSpaceOrTab(source.charCodeAt(p + depth)) ? depth : 0;
}

/** Raw content of an ATX heading (opening and closing sequences removed, trimmed). */
export function atxHeadingContent(source: string, p: number, end: number, depth: number): string {
  let content = source.slice(p + depth, end).replace(/^[ \t]+|[ \t]+$/g, '');
  const closing = /(^|[ \t])#+$/.exec(content);
  if (closing) content = content.slice(0, closing.index).replace(/[ \t]+$/, '');
  return content;
}

export interface Fence {
  marker: number;
  length: number;
}

export function fenceOpening(source: string, p: number, end: number): Fence | null {
  const marker = source.charCodeAt(p);
  if (marker !== 96 /* ` */ && marker !== 126 /* ~ */) return null;
  let length = 0;
  while (p + length < end && source.charCodeAt(p + length) === marker) length++;
  if (length < 3) return null;
  if (marker === 96 && source.indexOf('`', p + length) !== -1 && source.indexOf('`', p + length) < end) return null;
  return { marker, length };
}

export function isFenceClosing(source: string, p: number, end: number, fence: Fence): boolean {
  let length = 0;
  while (p + length < end && source.charCodeAt(p + length) === fence.marker) length++;
  return length >= fence.length && isBlankFrom(source, p + length, end);
}

export function isThematicBreak(source: string, p: number, end: number): boolean {
  const marker = source.charCodeAt(p);
  if (marker !== 42 /* * */ && marker !== 45 /* - */ && marker !== 95 /* _ */) return false;
  let count = 0;
  for (let i = p; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === marker) count++;
    else if (!isSpaceOrTab(code)) return false;
  }
  return count >= 3;
}

/** `=` or `-` setext underline: 1 for `=`, 2 for `-`, 0 when the line is not an underline. */
export function setextUnderlineDepth(source: string, p: number, end: number): number {
  const marker = source.charCodeAt(p);
  if (marker !== 61 /* = */ && marker !== 45 /* - */) return 0;
  let i = p;
  while (i < end && source.charCodeAt(i) === marker) i++;
  if (!isBlankFrom(source, i, end)) return 0;
  return marker === 61 ? 1 : 2;
}

export interface ListItemStart {
  /** Columns from the marker's first character to where the item's content starts. */
  contentOffset: number;
  blank: boolean;
  ordered: boolean;
  startsAtOne: boolean;
}

export function listItemStart(source: string, p: number, end: number): ListItemStart | null {
  const code = source.charCodeAt(p);
  let markerEnd: number;
  let ordered = false;
  let startsAtOne = false;
  if (code === 45 || code === 42 || code === 43) {
    markerEnd = p + 1;
  } else if (code >= 48 && code <= 57) {
    let i = p;
    while (i < end && i - p < 10 && source.charCodeAt(i) >= 48 && source.charCodeAt(i) <= 57) i++;
    if (i - p > 9) return null;
    const delimiter = source.charCodeAt(i);
    if (delimiter !== 46 && delimiter !== 41) return null;
    ordered = true;
    startsAtOne = i - p === 1 && code === 49;
    markerEnd = i + 1;
  } else {
    return null;
  }
  if (markerEnd < end && !isSpaceOrTab(source.charCodeAt(markerEnd))) return null;
  const blank = isBlankFrom(source, markerEnd, end);
  const after = measureIndent(source, markerEnd, end, markerEnd - p);
  const spaces = blank || after.columns > 4 ? 1 : after.columns;
  return { contentOffset: markerEnd - p + spaces, blank, ordered, startsAtOne };
}

const HTML_RAW = /^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i;
const HTML_BLOCK =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
const HTML_COMPLETE_TAG =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

/** HTML block kind (CommonMark 1–7) starting at `p`, or 0. Kind 7 cannot interrupt a paragraph. */
export function htmlBlockKind(source: string, p: number, end: number, interrupting: boolean): number {
  if (source.charCodeAt(p) !== 60 /* < */) return 0;
  const rest = source.slice(p, end);
  if (HTML_RAW.test(rest)) return 1;
  if (rest.startsWith('<!--')) return 2;
  if (rest.startsWith('<?')) return 3;
  if (rest.startsWith('<![CDATA[')) return 5;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  if (HTML_BLOCK.test(rest)) return 6;
  if (!interrupting && HTML_COMPLETE_TAG.test(rest) && !/^<\/?(?:pre|script|style|textarea)\b/i.test(rest)) return 7;
  return 0;
}

/** Whether the line `[from, end)` contains the end condition of an HTML block of kind 1–5. */
export function htmlBlockEnds(source: string, kind: number, from: number, end: number): boolean {
  const line = source.slice(from, end);
  switch (kind) {
    case 1:
      return /<\/(?:pre|script|style|textarea)>/i.test(line);
    case 2:
      return line.includes('-->');
    case 3:
      return line.includes('?>');
    case 4:
      return line.includes('>');
    case 5:
      return line.includes(']]>');
    default:
      return false;
  }
}

export function isFootnoteDefinitionStart(source: string, p: number, end: number): boolean {
  if (source.charCodeAt(p) !== 91 /* [ */ || source.charCodeAt(p + 1) !== 94 /* ^ */) return false;
  return /^\[\^(?:\\.|[^\]\[\s\\])+\]:/.test(source.slice(p, Math.min(end, p + 1010)));
}
