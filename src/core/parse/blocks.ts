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
  /** Offset just past the marker (`-`, `*`, `+`, or the digits and `.` / `)`). */
  markerEnd: number;
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
  return { contentOffset: markerEnd - p + spaces, markerEnd, blank, ordered, startsAtOne };
}

const HTML_RAW = /^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i;
const HTML_BLOCK =
  /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
const HTML_COMPLETE_TAG =
  /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;

/**
 * HTML block kind (CommonMark 1–7) starting at `p`, or 0. Kind 7 cannot interrupt a paragraph.
 * As in micromark (and cmark-gfm), a closing tag of `pre`, `script`, `style` or `textarea` alone on
 * its line is kind 7: only their opening tags start kind 1.
 */
export function htmlBlockKind(source: string, p: number, end: number, interrupting: boolean): number {
  if (source.charCodeAt(p) !== 60 /* < */) return 0;
  const rest = source.slice(p, end);
  if (HTML_RAW.test(rest)) return 1;
  if (rest.startsWith('<!--')) return 2;
  if (rest.startsWith('<?')) return 3;
  if (rest.startsWith('<![CDATA[')) return 5;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  if (HTML_BLOCK.test(rest)) return 6;
  if (!interrupting && HTML_COMPLETE_TAG.test(rest)) return 7;
  return 0;
}

/**
 * Where to look for the end condition on an HTML block's opening line (`first` is its `<`).
 * micromark checks it right after `<!-` for comments and `<?` for instructions, so `<!-->`,
 * `<!--->` and `<?>` open and close on the same line (CommonMark 0.31 agrees for comments).
 */
export function htmlEndSearchStart(kind: number, first: number): number {
  switch (kind) {
    case 1:
    case 3:
      return first + 1;
    case 5:
      return first + 9;
    default:
      return first + 2;
  }
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

const FOOTNOTE_LABEL = /^\[\^(?:\\.|[^\]\[\s\\])+\]:/;

/** Offset just past the `]:` of a GFM footnote definition label starting at `p`, or -1. */
export function footnoteDefinitionPrefixEnd(source: string, p: number, end: number): number {
  if (source.charCodeAt(p) !== 91 /* [ */ || source.charCodeAt(p + 1) !== 94 /* ^ */) return -1;
  const match = FOOTNOTE_LABEL.exec(source.slice(p, Math.min(end, p + 1010)));
  return match ? p + match[0].length : -1;
}

/**
 * Where a link reference definition (CommonMark 4.7) stands after the line `[p, end)`:
 * `expecting` says what the line must hold: a definition's start (`[label]:`), the destination of a
 * label on the previous line, or the title of a definition on the previous line.
 * Returns 'complete' (the line ends a definition), 'destination' (`[label]:` alone, its destination
 * comes on the next line), 'title' (a full definition that may still take a title on the next
 * line), or null when the line does not continue a definition. Labels spanning lines are not recognised.
 */
export function linkDefinitionStep(
  source: string,
  p: number,
  end: number,
  expecting: 'start' | 'destination' | 'title',
): 'complete' | 'destination' | 'title' | null {
  let i = p;
  if (expecting === 'title') {
    const close = titleEnd(source, i, end);
    return close !== -1 && isBlankFrom(source, close, end) ? 'complete' : null;
  }
  if (expecting === 'start') {
    if (source.charCodeAt(i) !== 91 /* [ */ || source.charCodeAt(i + 1) === 94 /* ^, a footnote */) return null;
    i++;
    let label = false;
    for (; i < end && i - p <= 1000; i++) {
      const code = source.charCodeAt(i);
      if (code === 92 /* backslash */) {
        i++;
        label = true;
        continue;
      }
      if (code === 93 /* ] */) break;
      if (code === 91 /* [ */) return null;
      if (!isSpaceOrTab(code)) label = true;
    }
    if (!label || source.charCodeAt(i) !== 93 || source.charCodeAt(i + 1) !== 58 /* : */) return null;
    i += 2;
    while (i < end && isSpaceOrTab(source.charCodeAt(i))) i++;
    if (i === end) return 'destination';
  }
  if (source.charCodeAt(i) === 60 /* < */) {
    for (i++; i < end; i++) {
      const code = source.charCodeAt(i);
      if (code === 92) i++;
      else if (code === 60) return null;
      else if (code === 62 /* > */) break;
    }
    if (i >= end) return null;
    i++;
  } else {
    const start = i;
    let depth = 0;
    for (; i < end; i++) {
      const code = source.charCodeAt(i);
      if (code === 92) i++;
      else if (code === 40) depth++;
      else if (code === 41) {
        if (depth === 0) break;
        depth--;
      } else if (code <= 32) break;
    }
    if (depth !== 0 || i === start) return null;
  }
  const afterDestination = Math.min(i, end);
  while (i < end && isSpaceOrTab(source.charCodeAt(i))) i++;
  if (i >= end) return 'title';
  if (i === afterDestination) return null;
  const close = titleEnd(source, i, end);
  return close !== -1 && isBlankFrom(source, close, end) ? 'complete' : null;
}

/** Offset just past a link title (`"…"`, `'…'` or `(…)`) starting at `i` and closing on the line, or -1. */
function titleEnd(source: string, i: number, end: number): number {
  const open = source.charCodeAt(i);
  if (open !== 34 && open !== 39 && open !== 40) return -1;
  const close = open === 40 ? 41 : open;
  for (i++; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === 92) i++;
    else if (code === close) return i + 1;
    else if (open === 40 && code === 40) return -1;
  }
  return -1;
}
