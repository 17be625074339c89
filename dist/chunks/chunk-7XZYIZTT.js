import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  NO_PARAMS,
  analyzeUrl,
  canonicalizeUrl,
  normalizeTitle,
  parseDuration,
  rememberCanonical,
  stripUrlParams
} from "./chunk-6UP4LFZW.js";

// src/core/parse/blocks.ts
var TAB = 9;
var SPACE = 32;
function isSpaceOrTab(code) {
  return code === SPACE || code === TAB;
}
function measureIndent(source, start, end, startColumn = 0) {
  let columns = startColumn;
  let i = start;
  for (; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === SPACE) columns++;
    else if (code === TAB) columns += 4 - columns % 4;
    else break;
  }
  return { columns: columns - startColumn, first: i };
}
function isBlankFrom(source, position, end) {
  for (let i = position; i < end; i++) if (!isSpaceOrTab(source.charCodeAt(i))) return false;
  return true;
}
function atxHeadingDepth(source, p, end) {
  let depth = 0;
  while (p + depth < end && source.charCodeAt(p + depth) === 35) depth++;
  if (depth === 0 || depth > 6) return 0;
  return p + depth === end || isSpaceOrTab(source.charCodeAt(p + depth)) ? depth : 0;
}
function atxHeadingContent(source, p, end, depth) {
  let content = source.slice(p + depth, end).replace(/^[ \t]+|[ \t]+$/g, "");
  const closing = /(^|[ \t])#+$/.exec(content);
  if (closing) content = content.slice(0, closing.index).replace(/[ \t]+$/, "");
  return content;
}
function fenceOpening(source, p, end) {
  const marker = source.charCodeAt(p);
  if (marker !== 96 && marker !== 126) return null;
  let length = 0;
  while (p + length < end && source.charCodeAt(p + length) === marker) length++;
  if (length < 3) return null;
  if (marker === 96 && source.indexOf("`", p + length) !== -1 && source.indexOf("`", p + length) < end) return null;
  return { marker, length };
}
function isFenceClosing(source, p, end, fence) {
  let length = 0;
  while (p + length < end && source.charCodeAt(p + length) === fence.marker) length++;
  return length >= fence.length && isBlankFrom(source, p + length, end);
}
function isThematicBreak(source, p, end) {
  const marker = source.charCodeAt(p);
  if (marker !== 42 && marker !== 45 && marker !== 95) return false;
  let count = 0;
  for (let i = p; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === marker) count++;
    else if (!isSpaceOrTab(code)) return false;
  }
  return count >= 3;
}
function setextUnderlineDepth(source, p, end) {
  const marker = source.charCodeAt(p);
  if (marker !== 61 && marker !== 45) return 0;
  let i = p;
  while (i < end && source.charCodeAt(i) === marker) i++;
  if (!isBlankFrom(source, i, end)) return 0;
  return marker === 61 ? 1 : 2;
}
function listItemStart(source, p, end) {
  const code = source.charCodeAt(p);
  let markerEnd;
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
var HTML_RAW = /^<(?:pre|script|style|textarea)(?:[ \t>]|$)/i;
var HTML_BLOCK = /^<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t>]|\/>|$)/i;
var HTML_COMPLETE_TAG = /^(?:<[A-Za-z][A-Za-z0-9-]*(?:[ \t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>`]+|'[^']*'|"[^"]*"))?)*[ \t]*\/?>|<\/[A-Za-z][A-Za-z0-9-]*[ \t]*>)[ \t]*$/;
function htmlBlockKind(source, p, end, interrupting) {
  if (source.charCodeAt(p) !== 60) return 0;
  const rest = source.slice(p, end);
  if (HTML_RAW.test(rest)) return 1;
  if (rest.startsWith("<!--")) return 2;
  if (rest.startsWith("<?")) return 3;
  if (rest.startsWith("<![CDATA[")) return 5;
  if (/^<![A-Za-z]/.test(rest)) return 4;
  if (HTML_BLOCK.test(rest)) return 6;
  if (!interrupting && HTML_COMPLETE_TAG.test(rest)) return 7;
  return 0;
}
function htmlEndSearchStart(kind, first) {
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
function htmlBlockEnds(source, kind, from, end) {
  const line = source.slice(from, end);
  switch (kind) {
    case 1:
      return /<\/(?:pre|script|style|textarea)>/i.test(line);
    case 2:
      return line.includes("-->");
    case 3:
      return line.includes("?>");
    case 4:
      return line.includes(">");
    case 5:
      return line.includes("]]>");
    default:
      return false;
  }
}
var FOOTNOTE_LABEL = /^\[\^(?:\\.|[^\]\[\s\\])+\]:/;
function footnoteDefinitionPrefixEnd(source, p, end) {
  if (source.charCodeAt(p) !== 91 || source.charCodeAt(p + 1) !== 94) return -1;
  const match = FOOTNOTE_LABEL.exec(source.slice(p, Math.min(end, p + 1010)));
  return match ? p + match[0].length : -1;
}
function linkDefinitionStep(source, p, end, expecting) {
  let i = p;
  if (expecting === "title") {
    const close2 = titleEnd(source, i, end);
    return close2 !== -1 && isBlankFrom(source, close2, end) ? "complete" : null;
  }
  if (expecting === "start") {
    if (source.charCodeAt(i) !== 91 || source.charCodeAt(i + 1) === 94) return null;
    i++;
    let label = false;
    for (; i < end && i - p <= 1e3; i++) {
      const code = source.charCodeAt(i);
      if (code === 92) {
        i++;
        label = true;
        continue;
      }
      if (code === 93) break;
      if (code === 91) return null;
      if (!isSpaceOrTab(code)) label = true;
    }
    if (!label || source.charCodeAt(i) !== 93 || source.charCodeAt(i + 1) !== 58) return null;
    i += 2;
    while (i < end && isSpaceOrTab(source.charCodeAt(i))) i++;
    if (i === end) return "destination";
  }
  if (source.charCodeAt(i) === 60) {
    for (i++; i < end; i++) {
      const code = source.charCodeAt(i);
      if (code === 92) i++;
      else if (code === 60) return null;
      else if (code === 62) break;
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
  if (i >= end) return "title";
  if (i === afterDestination) return null;
  const close = titleEnd(source, i, end);
  return close !== -1 && isBlankFrom(source, close, end) ? "complete" : null;
}
function titleEnd(source, i, end) {
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

// src/core/parse/lines.ts
var LF = 10;
var CR = 13;
function splitLines(source) {
  const hasBom = source.charCodeAt(0) === 65279;
  const first = hasBom ? 1 : 0;
  const starts2 = [first];
  const ends = [];
  let lf = 0;
  let crlf = 0;
  if (source.indexOf("\r") === -1) {
    let position = first;
    for (; ; ) {
      const newline = source.indexOf("\n", position);
      if (newline === -1) break;
      ends.push(newline);
      position = newline + 1;
      starts2.push(position);
      lf++;
    }
  } else {
    const length = source.length;
    for (let i = first; i < length; i++) {
      const code = source.charCodeAt(i);
      if (code === LF) {
        ends.push(i);
        starts2.push(i + 1);
        lf++;
      } else if (code === CR) {
        ends.push(i);
        if (source.charCodeAt(i + 1) === LF) {
          i++;
          crlf++;
        }
        starts2.push(i + 1);
      }
    }
  }
  ends.push(source.length);
  return { starts: starts2, ends, hasBom, eol: crlf > lf ? "\r\n" : "\n" };
}

// src/core/parse/model.ts
var PAGE_BITS = 14;
var PAGE_SIZE = 1 << PAGE_BITS;
var PAGE_MASK = PAGE_SIZE - 1;
var CellOffsets = class {
  constructor(source) {
    this.source = source;
  }
  source;
  pages = [];
  used = 0;
  /** Stores one cell's offsets; returns its slot. */
  add(rawStart, rawEnd, contentStart, contentEnd2) {
    const at = this.used;
    const within = at & PAGE_MASK;
    if (within === 0) this.pages.push(new Int32Array(PAGE_SIZE));
    const page = this.pages[at >>> PAGE_BITS];
    page[within] = rawStart;
    page[within + 1] = rawEnd;
    page[within + 2] = contentStart;
    page[within + 3] = contentEnd2;
    this.used += 4;
    return at;
  }
  at(index) {
    return this.pages[index >>> PAGE_BITS][index & PAGE_MASK];
  }
  /**
   * parseLinkCell's remembered verdicts, by cell slot: only those remark gave (link-cell.ts), since
   * the fast scan's are cheaper to make again than to keep. Made on the first such cell; most
   * trackers have none or a few. (A verdict kept for every link cell was about 20 MB at 100k rows.)
   */
  slowLinkCells = void 0;
  linkCellAt(slot) {
    return this.slowLinkCells?.get(slot);
  }
  setLinkCell(slot, result) {
    (this.slowLinkCells ??= /* @__PURE__ */ new Map()).set(slot, result);
  }
};
var SourceRow = class {
  constructor(line, lineStart, contentStart, contentEnd2, endWithEol, offsets) {
    this.line = line;
    this.lineStart = lineStart;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd2;
    this.endWithEol = endWithEol;
    this.offsets = offsets;
  }
  line;
  lineStart;
  contentStart;
  contentEnd;
  endWithEol;
  offsets;
  /** Slot of the first cell's offsets; the row's cells follow it, four offsets each. */
  firstSlot = 0;
  cellCount = 0;
  kept = void 0;
  /** parseLinkCell's remembered verdict on cell `index`, if any (CellOffsets.linkCellAt). */
  linkCellAt(index) {
    return this.offsets.linkCellAt(this.firstSlot + 4 * index);
  }
  setLinkCell(index, result) {
    this.offsets.setLinkCell(this.firstSlot + 4 * index, result);
  }
  get cells() {
    if (this.kept === void 0) {
      const cells = new Array(this.cellCount);
      for (let index = 0; index < this.cellCount; index++) cells[index] = new SourceCell(this, index);
      this.kept = cells;
    }
    return this.kept;
  }
  cell(index) {
    if (index >= this.cellCount || index < 0) return void 0;
    return this.kept === void 0 ? new SourceCell(this, index) : this.kept[index];
  }
  /** Where cell `index`'s trimmed content starts (its SourceCell's contentStart), read without making the cell; `index` < cellCount. */
  contentStartOf(index) {
    return this.offsets.at(this.firstSlot + 4 * index + 2);
  }
  /** Where cell `index`'s trimmed content ends (its SourceCell's contentEnd), read without making the cell; `index` < cellCount. */
  contentEndOf(index) {
    return this.offsets.at(this.firstSlot + 4 * index + 3);
  }
  /** Cell `index`'s text (its SourceCell's text), sliced from the source without making the cell; `index` < cellCount. */
  textOf(index) {
    const offsets = this.offsets;
    const slot = this.firstSlot + 4 * index;
    const start = offsets.at(slot + 2);
    const end = offsets.at(slot + 3);
    return start === end ? "" : offsets.source.slice(start, end);
  }
  get span() {
    return { start: pointAt(this.line, this.lineStart, this.contentStart), end: pointAt(this.line, this.lineStart, this.contentEnd) };
  }
  toJSON() {
    return { line: this.line, span: this.span, endWithEol: this.endWithEol, cells: this.cells };
  }
};
var SourceCell = class {
  constructor(row, index) {
    this.row = row;
    this.index = index;
  }
  row;
  index;
  /**
   * parseLinkCell's memo: its remembered verdict on this cell, read from this parse's source. Kept
   * by the row's offsets (SourceRow.linkCellAt), not on the object, since a row may make a new object
   * for the same cell on each read.
   */
  get linkCell() {
    return this.row.linkCellAt(this.index);
  }
  set linkCell(result) {
    this.row.setLinkCell(this.index, result);
  }
  get slot() {
    return this.row.firstSlot + 4 * this.index;
  }
  /** Offset just after the opening pipe (or the row's first character when there is none). */
  get rawStart() {
    return this.row.offsets.at(this.slot);
  }
  /** Offset of the closing pipe (or the end of the row's content). */
  get rawEnd() {
    return this.row.offsets.at(this.slot + 1);
  }
  /** Offset of the first character of the trimmed content (or of the empty cell's insertion point). */
  get contentStart() {
    return this.row.offsets.at(this.slot + 2);
  }
  get contentEnd() {
    return this.row.offsets.at(this.slot + 3);
  }
  get text() {
    return this.row.textOf(this.index);
  }
  get raw() {
    const offsets = this.row.offsets;
    return offsets.source.slice(offsets.at(this.slot), offsets.at(this.slot + 1));
  }
  get span() {
    const { line, lineStart } = this.row;
    const start = this.contentStart;
    const end = this.contentEnd;
    return {
      start: { line, column: start - lineStart + 1, offset: start },
      end: { line, column: end - lineStart + 1, offset: end }
    };
  }
  toJSON() {
    return { index: this.index, raw: this.raw, text: this.text, span: this.span };
  }
};
function pointAt(line, lineStart, offset) {
  return { line, column: offset - lineStart + 1, offset };
}
function cellContentStart(cell) {
  return cell instanceof SourceCell ? cell.contentStart : cell.span.start.offset;
}

// src/core/parse/table-row.ts
var PIPE = 124;
var BACKSLASH = 92;
var COLON = 58;
var DASH = 45;
function headerCellCount(source, p, end) {
  let size = 0;
  let marks = 0;
  let seen = false;
  let i = p;
  if (i < end && source.charCodeAt(i) !== PIPE) {
    seen = true;
    marks++;
  }
  while (i < end) {
    const code = source.charCodeAt(i);
    if (isSpaceOrTab(code)) {
      i++;
      continue;
    }
    marks++;
    if (seen) {
      seen = false;
      size++;
    }
    if (code === PIPE) {
      seen = true;
      i++;
      continue;
    }
    while (i < end) {
      const c = source.charCodeAt(i);
      if (c === PIPE || isSpaceOrTab(c)) break;
      i++;
      if (c === BACKSLASH && i < end) {
        const next = source.charCodeAt(i);
        if (next === BACKSLASH || next === PIPE) i++;
      }
    }
  }
  return marks > 1 ? size : -1;
}
function parseDelimiterRow(source, p, end) {
  const aligns = [];
  let seen = false;
  let i = p;
  const first = source.charCodeAt(i);
  if (first !== PIPE && first !== COLON && first !== DASH) return null;
  if (first === PIPE) {
    seen = true;
    i++;
  }
  for (; ; ) {
    while (i < end && isSpaceOrTab(source.charCodeAt(i))) i++;
    if (i === end) break;
    let left = false;
    let right = false;
    if (source.charCodeAt(i) === COLON) {
      left = true;
      seen = true;
      i++;
    }
    const dashes = i;
    while (i < end && source.charCodeAt(i) === DASH) i++;
    if (i === dashes) return null;
    if (i < end && source.charCodeAt(i) === COLON) {
      right = true;
      seen = true;
      i++;
    }
    aligns.push(left && right ? "center" : left ? "left" : right ? "right" : null);
    while (i < end && isSpaceOrTab(source.charCodeAt(i))) i++;
    if (i === end) break;
    if (source.charCodeAt(i) !== PIPE) return null;
    seen = true;
    i++;
  }
  return seen ? aligns : null;
}
function splitRowCells(row, p, end) {
  const offsets = row.offsets;
  const source = offsets.source;
  let count = 0;
  let segmentStart = p;
  let i = p;
  let leadingPipe = false;
  if (i < end && source.charCodeAt(i) === PIPE) {
    leadingPipe = true;
    i++;
    segmentStart = i;
  }
  for (let pipe = source.indexOf("|", i); pipe !== -1 && pipe < end; pipe = source.indexOf("|", pipe + 1)) {
    let backslashes = 0;
    while (pipe - backslashes - 1 >= i && source.charCodeAt(pipe - backslashes - 1) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 1) continue;
    storeCell(row, count++, segmentStart, pipe);
    segmentStart = pipe + 1;
  }
  let trailingBlank = true;
  for (let j = segmentStart; j < end; j++) {
    if (!isSpaceOrTab(source.charCodeAt(j))) {
      trailingBlank = false;
      break;
    }
  }
  const pipes = count + (leadingPipe ? 1 : 0);
  if (!trailingBlank || pipes === 0 || count === 0) {
    storeCell(row, count++, segmentStart, end);
  }
  row.cellCount = count;
}
function storeCell(row, index, start, end) {
  const source = row.offsets.source;
  let contentStart = start;
  let contentEnd2 = end;
  while (contentStart < contentEnd2 && isSpaceOrTab(source.charCodeAt(contentStart))) contentStart++;
  while (contentEnd2 > contentStart && isSpaceOrTab(source.charCodeAt(contentEnd2 - 1))) contentEnd2--;
  if (contentStart === contentEnd2) contentStart = contentEnd2 = start < end ? start + 1 : start;
  const slot = row.offsets.add(start, end, contentStart, contentEnd2);
  if (index === 0) row.firstSlot = slot;
}

// src/core/parse/inline-text.ts
var ESCAPABLE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\xA0" };
function unescapeMarkdown(text) {
  return text.indexOf("\\") === -1 ? text : text.replace(ESCAPABLE, "$1");
}
function stripInlineMarkup(text) {
  if (!/[\\`*_~[\]<&!]/.test(text)) return text.trim();
  const placeholders = [];
  const hold = (value) => {
    placeholders.push(value);
    return `\0${placeholders.length - 1}\0`;
  };
  let out = text.replace(ESCAPABLE, (_m, ch) => hold(ch));
  out = holdCodeSpans(out, hold);
  out = replaceLinks(out);
  out = out.replace(/<((?:https?|mailto):[^<>\s]*)>/gi, "$1");
  out = removeHtml(out);
  out = out.replace(/[*~]+/g, "");
  out = removeFlankingUnderscores(out);
  out = out.replace(/&(#x[0-9a-f]{1,8}|#[0-9]{1,8}|[a-z]{1,32});/gi, (match, name) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : match;
    }
    return ENTITIES[name.toLowerCase()] ?? match;
  });
  out = out.replace(/\u0000(\d+)\u0000/g, (_m, index) => placeholders[Number(index)] ?? "");
  return out.replace(/\s+/g, " ").trim();
}
function holdCodeSpans(text, hold) {
  if (text.indexOf("`") === -1) return text;
  const starts2 = [];
  const lengths = [];
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) !== 96) continue;
    let j = i;
    while (j < text.length && text.charCodeAt(j) === 96) j++;
    starts2.push(i);
    lengths.push(j - i);
    i = j - 1;
  }
  const nextSameLength = new Array(starts2.length);
  const latest = /* @__PURE__ */ new Map();
  for (let k = starts2.length - 1; k >= 0; k--) {
    nextSameLength[k] = latest.get(lengths[k]) ?? -1;
    latest.set(lengths[k], k);
  }
  let out = "";
  let pos = 0;
  for (let k = 0; k < starts2.length; ) {
    const close = nextSameLength[k];
    if (close === -1) {
      k++;
      continue;
    }
    let code = text.slice(starts2[k] + lengths[k], starts2[close]).replace(/\r?\n/g, " ");
    if (code.length >= 2 && code.startsWith(" ") && code.endsWith(" ") && code.trim() !== "") code = code.slice(1, -1);
    out += text.slice(pos, starts2[k]) + hold(code);
    pos = starts2[close] + lengths[close];
    k = close + 1;
  }
  return out + text.slice(pos);
}
function replaceLinks(text) {
  if (text.indexOf("]") === -1) return text;
  let out = "";
  let pos = 0;
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 91) {
      if (open === -1) open = i;
      continue;
    }
    if (code !== 93) continue;
    if (open !== -1) {
      const next = text.charCodeAt(i + 1);
      const end = next === 40 ? inlineDestinationEnd(text, i + 1) : next === 91 ? text.indexOf("]", i + 2) + 1 || -1 : -1;
      if (end !== -1) {
        const start = open > pos && text.charCodeAt(open - 1) === 33 ? open - 1 : open;
        out += text.slice(pos, start) + text.slice(open + 1, i);
        pos = end;
        i = end - 1;
      }
    }
    open = -1;
  }
  return out + text.slice(pos);
}
function inlineDestinationEnd(text, at) {
  let i = at + 1;
  while (i < text.length) {
    const char = text[i];
    if (char === ")") return i + 1;
    if (char === "(") {
      let j = i + 1;
      while (j < text.length && text[j] !== "(" && text[j] !== ")") j++;
      if (text[j] !== ")") return -1;
      i = j + 1;
    } else if (/\s/.test(char)) {
      while (i < text.length && /\s/.test(text[i])) i++;
      if (text[i] !== '"') return -1;
      const close = text.indexOf('"', i + 1);
      return close !== -1 && text[close + 1] === ")" ? close + 2 : -1;
    } else {
      i++;
    }
  }
  return -1;
}
function removeHtml(text) {
  if (text.indexOf("<") === -1) return text;
  let out = "";
  let pos = 0;
  let noMoreClose = false;
  let noMoreCommentEnd = false;
  for (let i = text.indexOf("<"); i !== -1 && i < text.length; i = text.indexOf("<", i + 1)) {
    if (i < pos) continue;
    let end = -1;
    if (text.startsWith("<!--", i)) {
      if (!noMoreCommentEnd) {
        const close = text.indexOf("-->", i + 4);
        if (close === -1) noMoreCommentEnd = true;
        else end = close + 3;
      }
    } else if (/^<\/?[A-Za-z]/.test(text.slice(i, i + 3)) && !noMoreClose) {
      const close = text.indexOf(">", i + 1);
      if (close === -1) noMoreClose = true;
      else end = close + 1;
    }
    if (end === -1) continue;
    out += text.slice(pos, i);
    pos = end;
    i = end - 1;
  }
  return out + text.slice(pos);
}
var WORD_CHAR = /[\p{L}\p{N}]/u;
function removeFlankingUnderscores(text) {
  if (text.indexOf("_") === -1) return text;
  let out = "";
  let pos = 0;
  for (let i = text.indexOf("_"); i !== -1; i = text.indexOf("_", i)) {
    let j = i;
    while (text.charCodeAt(j) === 95) j++;
    const before = i > 0 ? String.fromCodePoint(text.codePointAt(i - 1 - (isLowSurrogate(text.charCodeAt(i - 1)) && i > 1 ? 1 : 0))) : "";
    const after = j < text.length ? String.fromCodePoint(text.codePointAt(j)) : "";
    if (!WORD_CHAR.test(before) || !WORD_CHAR.test(after)) {
      out += text.slice(pos, i);
      pos = j;
    }
    i = j;
  }
  return out + text.slice(pos);
}
function isLowSurrogate(code) {
  return code >= 56320 && code <= 57343;
}

// src/core/parse/scan.ts
var GT = 62;
var SPACE2 = 32;
var TAB2 = 9;
var PIPE2 = 124;
function scanTracker(source) {
  const lines = splitLines(source);
  const { starts: starts2, ends } = lines;
  const lineCount = starts2.length;
  const sections = [];
  let section = { title: null, depth: 0, line: 0, tables: [] };
  sections.push(section);
  const offsets = new CellOffsets(source);
  const stack = [];
  let leaf = { kind: "none" };
  const openSection = (title, depth, line) => {
    section = { title, depth, line, tables: [] };
    sections.push(section);
  };
  for (let index = 0; index < lineCount; index++) {
    const end = ends[index];
    let cursor = { offset: starts2[index], column: 0 };
    let matched = 0;
    let restarted = false;
    for (; matched < stack.length; matched++) {
      const result = continueContainer(stack[matched], source, cursor, end);
      if (result === null) break;
      cursor = result.cursor;
      if (result.sibling) {
        matched++;
        stack.length = matched;
        leaf = { kind: "none" };
        restarted = true;
        break;
      }
    }
    const allMatched = matched === stack.length;
    const concrete = allMatched && (leaf.kind === "fence" || leaf.kind === "html");
    let tableBlocked = false;
    let closedLazily = false;
    if (!concrete) {
      const interrupt = allMatched && !restarted && (leaf.kind === "paragraph" || leaf.kind === "code");
      const opened = openContainer(source, cursor, end, interrupt);
      if (opened) {
        stack.length = matched;
        leaf = { kind: "none" };
        stack.push(opened.container);
        cursor = opened.cursor;
        for (; ; ) {
          const next = openContainer(source, cursor, end, interrupt);
          if (!next) break;
          stack.push(next.container);
          cursor = next.cursor;
        }
      } else if (!allMatched) {
        const lazy = lazyContinuation(leaf, source, cursor, end);
        if (lazy === "paragraph" && leaf.kind === "paragraph") {
          const indent2 = measureFrom(source, cursor, end);
          leaf.lastLine = index;
          leaf.lastContent = cursor.offset;
          leaf.lastFirst = indent2.first;
          leaf.lastCanHead = indent2.columns < 4;
          continue;
        }
        if (lazy === "html") {
          leaf = { kind: "html", html: 7 };
          continue;
        }
        tableBlocked = leaf.kind === "table";
        closedLazily = true;
        stack.length = matched;
        leaf = { kind: "none" };
      }
    }
    const indent = measureFrom(source, cursor, end);
    const first = indent.first;
    const blank = first === end;
    const columns = indent.columns;
    const topLevel = stack.length === 0;
    if (leaf.kind === "fence") {
      if (!blank && columns < 4 && isFenceClosing(source, first, end, leaf.fence)) leaf = { kind: "none" };
      continue;
    }
    if (leaf.kind === "html") {
      if (leaf.html >= 6 ? blank : htmlBlockEnds(source, leaf.html, cursor.offset, end)) leaf = { kind: "none" };
      continue;
    }
    if (leaf.kind === "code") {
      if (blank || columns >= 4) continue;
      leaf = { kind: "none" };
    }
    if (leaf.kind === "table") {
      if (!blank && columns < 4 && !interruptsTable(source, first, end)) {
        leaf.table.rows.push(buildRow(offsets, starts2, ends, index, cursor.offset, first));
        continue;
      }
      leaf = { kind: "none" };
    }
    if (blank) {
      if (leaf.kind === "paragraph") leaf = { kind: "none" };
      continue;
    }
    let interrupting = false;
    if (leaf.kind === "paragraph") {
      if (columns >= 4) {
        leaf.lastLine = index;
        leaf.lastContent = cursor.offset;
        leaf.lastFirst = first;
        leaf.lastCanHead = false;
        continue;
      }
      if (leaf.lastCanHead) {
        const headerEnd = ends[leaf.lastLine];
        const align = parseDelimiterRow(source, first, end);
        if (align && align.length === headerCellCount(source, leaf.lastFirst, headerEnd)) {
          const header = buildRow(offsets, starts2, ends, leaf.lastLine, leaf.lastContent, leaf.lastFirst);
          const delimiter = buildRow(offsets, starts2, ends, index, cursor.offset, first);
          const table = { span: { start: header.span.start, end: delimiter.span.end }, header, delimiter, rows: [], align };
          section.tables.push(table);
          leaf = { kind: "table", table };
          continue;
        }
      }
      const underline = setextUnderlineDepth(source, first, end);
      if (underline > 0 && leaf.textStart !== -1) {
        if (topLevel) openSection(setextTitle(source, starts2, ends, leaf.textStart, index), underline, leaf.textStart + 1);
        leaf = { kind: "none" };
        continue;
      }
      interrupting = true;
    }
    if (columns >= 4) {
      leaf = closedLazily ? { kind: "none" } : { kind: "code" };
      continue;
    }
    const depth = atxHeadingDepth(source, first, end);
    if (depth > 0) {
      if (topLevel) openSection(stripInlineMarkup(atxHeadingContent(source, first, end, depth)), depth, index + 1);
      leaf = { kind: "none" };
      continue;
    }
    const opening = fenceOpening(source, first, end);
    if (opening) {
      leaf = { kind: "fence", fence: opening };
      continue;
    }
    const html = htmlBlockKind(source, first, end, interrupting);
    if (html !== 0) {
      const endsHere = html < 6 && htmlBlockEnds(source, html, htmlEndSearchStart(html, first), end);
      leaf = endsHere ? { kind: "none" } : { kind: "html", html };
      continue;
    }
    if (isThematicBreak(source, first, end)) {
      leaf = { kind: "none" };
      continue;
    }
    if (leaf.kind === "paragraph") {
      if (leaf.textStart === -1) continueDefinitions(leaf, source, first, end, index);
      leaf.lastLine = index;
      leaf.lastContent = cursor.offset;
      leaf.lastFirst = first;
      leaf.lastCanHead = true;
      continue;
    }
    const step = linkDefinitionStep(source, first, end, "start");
    leaf = {
      kind: "paragraph",
      textStart: step === null ? index : -1,
      definition: step === "destination" ? "destination" : step === "title" ? "title" : "start",
      definitionLine: index,
      lastLine: index,
      lastContent: cursor.offset,
      lastFirst: first,
      lastCanHead: !tableBlocked
    };
  }
  closeTableSpans(sections);
  return {
    source,
    hasBom: lines.hasBom,
    eol: lines.eol,
    sections: sections.filter((s) => s.tables.length > 0),
    lineStarts: starts2
  };
}
function continueDefinitions(leaf, source, first, end, index) {
  let step = linkDefinitionStep(source, first, end, leaf.definition === "title" ? "title" : leaf.definition);
  if (step === null && leaf.definition === "title") step = linkDefinitionStep(source, first, end, "start");
  if (step === null) {
    leaf.textStart = leaf.definition === "destination" ? leaf.definitionLine : index;
    return;
  }
  leaf.definition = step === "complete" ? "start" : step;
  if (step === "destination") leaf.definitionLine = index;
}
function measureFrom(source, cursor, end) {
  let column = cursor.column;
  let i = cursor.offset;
  for (; i < end; i++) {
    const code = source.charCodeAt(i);
    if (code === SPACE2) column++;
    else if (code === TAB2) column = nextTabStop(column);
    else break;
  }
  return { columns: column - cursor.column, first: i, firstColumn: column };
}
function nextTabStop(column) {
  return (Math.floor(column / 4) + 1) * 4;
}
function advance(source, cursor, end, columns) {
  let { offset, column } = cursor;
  let left = columns;
  while (left > 0 && offset < end) {
    const code = source.charCodeAt(offset);
    if (code === SPACE2) {
      offset++;
      column++;
      left--;
    } else if (code === TAB2) {
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
function pastMarker(source, at, column, end) {
  const cursor = { offset: at + 1, column: column + 1 };
  const next = source.charCodeAt(cursor.offset);
  return cursor.offset < end && (next === SPACE2 || next === TAB2) ? advance(source, cursor, end, 1) : cursor;
}
function continueContainer(container, source, cursor, end) {
  const indent = measureFrom(source, cursor, end);
  const blank = indent.first === end;
  if (container.kind === "quote") {
    if (indent.columns < 4 && source.charCodeAt(indent.first) === GT) {
      return { cursor: pastMarker(source, indent.first, indent.firstColumn, end), sibling: false };
    }
    return null;
  }
  if (container.kind === "footnote") {
    if (blank) return { cursor, sibling: false };
    return indent.columns >= 4 ? { cursor: advance(source, cursor, end, 4), sibling: false } : null;
  }
  if (blank) {
    container.furtherBlankLines = container.furtherBlankLines || container.initialBlankLine;
    return { cursor: advance(source, cursor, end, Math.min(indent.columns, container.size)), sibling: false };
  }
  const further = container.furtherBlankLines;
  container.furtherBlankLines = false;
  container.initialBlankLine = false;
  if (!further && indent.columns >= container.size) {
    return { cursor: advance(source, cursor, end, container.size), sibling: false };
  }
  const item = listItemAt(source, cursor, end, false, container);
  if (!item) return null;
  container.size = item.size;
  container.initialBlankLine = item.blank;
  return { cursor: item.cursor, sibling: true };
}
function openContainer(source, cursor, end, interrupt) {
  const indent = measureFrom(source, cursor, end);
  if (indent.columns >= 4 || indent.first === end) return null;
  const first = indent.first;
  const code = source.charCodeAt(first);
  if (code === GT) return { container: { kind: "quote" }, cursor: pastMarker(source, first, indent.firstColumn, end) };
  if (code === 91) {
    const after = footnoteDefinitionPrefixEnd(source, first, end);
    if (after === -1) return null;
    return { container: { kind: "footnote" }, cursor: measureCursor(source, after, indent.firstColumn + (after - first), end) };
  }
  if (code !== 45 && code !== 42 && code !== 43 && (code < 48 || code > 57)) return null;
  const item = listItemAt(source, cursor, end, interrupt, null);
  if (!item) return null;
  return {
    container: { kind: "item", size: item.size, ordered: item.ordered, marker: item.marker, initialBlankLine: item.blank, furtherBlankLines: false },
    cursor: item.cursor
  };
}
function measureCursor(source, offset, column, end) {
  const indent = measureFrom(source, { offset, column }, end);
  return { offset: indent.first, column: indent.firstColumn };
}
function listItemAt(source, cursor, end, interrupt, list) {
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
  if (interrupt && (item.blank || item.ordered && !item.startsAtOne)) return null;
  const afterMarker = { offset: item.markerEnd, column: indent.firstColumn + markerWidth };
  let prefix;
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
function lazyContinuation(leaf, source, cursor, end) {
  if (leaf.kind !== "paragraph") return null;
  const indent = measureFrom(source, cursor, end);
  const first = indent.first;
  if (first === end) return null;
  if (indent.columns >= 4) return "paragraph";
  if (atxHeadingDepth(source, first, end) > 0 || fenceOpening(source, first, end) || isThematicBreak(source, first, end)) return null;
  const html = htmlBlockKind(source, first, end, false);
  if (html === 7) return "html";
  return html === 0 ? "paragraph" : null;
}
function buildRow(offsets, starts2, ends, index, contentStart, first) {
  const end = ends[index];
  const endWithEol = index + 1 < starts2.length ? starts2[index + 1] : offsets.source.length;
  const row = new SourceRow(index + 1, starts2[index], contentStart, end, endWithEol, offsets);
  splitRowCells(row, first, end);
  return row;
}
function closeTableSpans(sections) {
  for (const section of sections) {
    for (const table of section.tables) table.span.end = (table.rows[table.rows.length - 1] ?? table.delimiter).span.end;
  }
}
function interruptsTable(source, first, end) {
  if (source.charCodeAt(first) === PIPE2) return false;
  return atxHeadingDepth(source, first, end) > 0 || fenceOpening(source, first, end) !== null || htmlBlockKind(source, first, end, false) !== 0 || isThematicBreak(source, first, end);
}
function setextTitle(source, starts2, ends, from, to) {
  const parts = [];
  for (let i = from; i < to; i++) parts.push(source.slice(starts2[i], ends[i]).trim());
  return stripInlineMarkup(parts.join(" "));
}

// scripts/shims/require-chunk.mjs
import { createRequire } from "node:module";
function requireChunkOnFirstUse(file) {
  let loaded;
  return () => {
    const dir = /\/chunks\/[^/]*$/.test(import.meta.url) ? "./" : "./chunks/";
    loaded ??= createRequire(import.meta.url)(`${dir}${file}`);
    return loaded;
  };
}

// scripts/shims/remark.mjs
var load = requireChunkOnFirstUse("remark-fallback.cjs");
function remark(...args) {
  return load().remark(...args);
}
function remarkGfm(...args) {
  return load().remarkGfm.apply(this, args);
}

// src/core/parse/link-forms.ts
var DEFINITION_START = /^ {0,3}(?:> ?)*\[(?:[^\]\\\n]|\\.)+\]:/m;
var lastSource;
var lastDefinitions = /* @__PURE__ */ new Map();
function definitionsOf(source) {
  if (source === lastSource) return lastDefinitions;
  const definitions = /* @__PURE__ */ new Map();
  if (DEFINITION_START.test(source)) {
    const bom = source.charCodeAt(0) === 65279 ? 1 : 0;
    const tree = remark().use(remarkGfm).parse(bom ? source.slice(1) : source);
    const visit = (node) => {
      if (node.type === "definition") {
        if (!definitions.has(node.identifier)) definitions.set(node.identifier, located(source, node, bom));
        return;
      }
      if ("children" in node) for (const child of node.children) visit(child);
    };
    visit(tree);
  }
  lastSource = source;
  lastDefinitions = definitions;
  return definitions;
}
function located(source, node, bom) {
  const start = node.position.start.offset + bom;
  const end = node.position.end.offset + bom;
  let i = source.indexOf("]:", start) + 2;
  while (i < end && /\s/.test(source[i])) i++;
  let urlStart = i;
  let urlEnd;
  if (source[i] === "<") {
    urlStart = i + 1;
    urlEnd = urlStart;
    while (urlEnd < end && source[urlEnd] !== ">") urlEnd += source[urlEnd] === "\\" ? 2 : 1;
  } else {
    urlEnd = urlStart;
    while (urlEnd < end && !/\s/.test(source[urlEnd])) urlEnd++;
  }
  return { label: node.label ?? node.identifier, url: node.url, urlStart, urlEnd: Math.min(urlEnd, end) };
}
function definitionLines(definitions) {
  return [...definitions.values()].map((d) => `[${d.label}]: <${d.url.replace(/[<>\\\n]/g, (c) => c === "\n" ? "%0A" : `\\${c}`)}>`).join("\n");
}
var A_OPEN = /^<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))[^>]*>$/i;
var A_CLOSE = /^<\/a\s*>$/i;
var ENTITIES2 = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
function decodeAttribute(value) {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name) => {
    if (name[0] !== "#") return ENTITIES2[name.toLowerCase()] ?? whole;
    const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 1114111 ? String.fromCodePoint(code) : whole;
  });
}
function textRange(node) {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first || !last) {
    const at = node.position.start.offset + 1;
    return [at, at];
  }
  return [first.position.start.offset, last.position.end.offset];
}
function findOtherForm(wrapped, meaningful, definitions, plainText2) {
  const only = meaningful.length === 1 ? meaningful[0] : void 0;
  if (only?.type === "linkReference") {
    const definition = definitions.get(only.identifier);
    if (!definition) return null;
    const [textStart, textEnd] = textRange(only);
    return {
      form: `${only.referenceType}-reference`,
      text: plainText2(only),
      url: definition.url,
      urlIn: "source",
      urlStart: definition.urlStart,
      urlEnd: definition.urlEnd,
      textStart,
      textEnd
    };
  }
  if (only?.type === "link" && only.position !== void 0 && wrapped.charCodeAt(only.position.start.offset) === 60) {
    const start = only.position.start.offset + 1;
    const end = only.position.end.offset - 1;
    return { form: "autolink", text: plainText2(only), url: only.url, urlIn: "wrapped", urlStart: start, urlEnd: end, textStart: start, textEnd: end };
  }
  const open = meaningful[0];
  const close = meaningful[meaningful.length - 1];
  if (meaningful.length >= 2 && open?.type === "html" && close?.type === "html" && A_CLOSE.test(close.value)) {
    const tag = A_OPEN.exec(open.value);
    const inner = meaningful.slice(1, -1);
    if (!tag || inner.some((n) => n.type === "html" || n.type === "link" || n.type === "linkReference")) return null;
    const raw = tag[1] ?? tag[2] ?? tag[3] ?? "";
    const at = open.position.start.offset + open.value.indexOf(raw, open.value.search(/\shref\s*=/i));
    const textStart = open.position.end.offset;
    const textEnd = close.position.start.offset;
    return {
      form: "html",
      text: inner.map(plainText2).join("").replace(/\s+/g, " "),
      url: decodeAttribute(raw).trim(),
      urlIn: "wrapped",
      urlStart: at,
      urlEnd: at + raw.length,
      textStart,
      textEnd
    };
  }
  return null;
}
function inlineLink(rawText, url) {
  const safe = url.replace(/\|/g, "%7C");
  const destination = /[\s()<>\\]/.test(safe) ? `<${safe.replace(/[<>\\]/g, "\\$&")}>` : safe;
  return `[${rawText}](${destination})`;
}

// src/core/parse/link-cell.ts
var BACKSLASH2 = 92;
var MAX_REMARK_CELL_LENGTH = 1e3;
var MAX_REMARK_CELL_MARKUP = 40;
function tooComplexForRemark(text) {
  if (text.length > MAX_REMARK_CELL_LENGTH) return true;
  let markup = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isMarkup = code === 91 || code === 93 || code === 96 || code === 60 || code === 62 || code === 42 || code === 95 || code === 126 || code === 38 || code === 33 || code === 92;
    if (isMarkup && ++markup > MAX_REMARK_CELL_MARKUP) return true;
  }
  return false;
}
var HTTP_URL = /^https?:\/\//i;
var ESCAPED_PUNCTUATION = /\\([!-/:-@[-`{-~])/g;
var CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/;
var memo = /* @__PURE__ */ new WeakMap();
function remembered(cell, source) {
  if (cell instanceof SourceCell) return source === cell.row.offsets.source ? cell.linkCell : void 0;
  const known = memo.get(cell);
  return known && known.source === source ? known.result : void 0;
}
function remember(cell, source, result) {
  if (cell instanceof SourceCell && source === cell.row.offsets.source) cell.linkCell = result;
  else memo.set(cell, { source, result });
  return result;
}
function parseLinkCell(cell, source) {
  const known = remembered(cell, source);
  if (known) return known;
  return fastVerdict(cell, source) ?? remember(cell, source, slowVerdict(cell, cell.text, source));
}
var EMPTY = { ok: false, reason: "empty" };
var NO_LINK = { ok: false, reason: "no-link" };
var EXTRA_TEXT = { ok: false, reason: "extra-text" };
function fastVerdict(cell, source) {
  if (cell instanceof SourceCell && source === cell.row.offsets.source) {
    const start = cell.contentStart;
    const end = cell.contentEnd;
    return start === end ? EMPTY : scanPlainLink(source, start, end, 0) ?? scanSimpleLink(source, start, end, 0);
  }
  const text = cell.text;
  if (text === "") return EMPTY;
  const shift = cellContentStart(cell);
  return scanPlainLink(text, 0, text.length, shift) ?? scanSimpleLink(text, 0, text.length, shift);
}
var PLAIN_LINK = /\[[^\\\][`<*_~!&|\n]*(?:\\[^\n][^\\\][`<*_~!&|\n]*)*\]\([^\\()\s<|\x00-\x1f\x7f]*\)/y;
function scanPlainLink(s, start, end, shift) {
  PLAIN_LINK.lastIndex = start;
  if (!PLAIN_LINK.test(s)) return null;
  const linkEnd = PLAIN_LINK.lastIndex;
  if (linkEnd > end) return null;
  const labelEnd = s.lastIndexOf("](", linkEnd - 2);
  const urlStart = labelEnd + 2;
  const urlEnd = linkEnd - 1;
  const url = s.slice(urlStart, urlEnd);
  if (linkEnd < end || url.indexOf("&") !== -1 && url.indexOf(";") !== -1) return null;
  return plainLinkVerdict(s, start, labelEnd, linkEnd, shift, url);
}
function plainLinkVerdict(s, start, labelEnd, linkEnd, shift, url = s.slice(labelEnd + 2, linkEnd - 1)) {
  const label = s.slice(start + 1, labelEnd);
  return classify(label.indexOf("\\") === -1 ? label : unescape(label), url, shift + labelEnd + 2, shift + linkEnd - 1);
}
function slowVerdict(cell, text, source) {
  return tooComplexForRemark(text) ? { ok: false, reason: "too-complex" } : parseWithRemark(text, cellContentStart(cell), source);
}
function classify(text, url, urlStart, urlEnd, form = "inline", inline) {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "empty-text", url };
  if (!HTTP_URL.test(url)) return { ok: false, reason: "bad-scheme", url };
  const value = { text: trimmed, url, urlStart, urlEnd };
  return inline === void 0 ? { ok: true, value, form } : { ok: true, value, form, inline };
}
var MAY_HOLD_LINK = /[[<@]|https?:|www\./i;
function scanSimpleLink(s, start, end, shift) {
  if (s.charCodeAt(start) !== 91) {
    return MAY_HOLD_LINK.test(s.slice(start, end)) ? void 0 : NO_LINK;
  }
  let i = start + 1;
  let labelEscapes = false;
  for (; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code === BACKSLASH2) {
      labelEscapes = true;
      i++;
      continue;
    }
    if (code === 93) break;
    if (code === 91 || code === 96 || code === 60 || code === 42 || code === 95 || code === 126 || code === 33 || code === 38) {
      return void 0;
    }
  }
  if (i + 1 >= end || s.charCodeAt(i + 1) !== 40) return void 0;
  const labelEnd = i;
  let j = i + 2;
  while (j < end && isSpaceOrTab2(s.charCodeAt(j))) j++;
  if (j < end && s.charCodeAt(j) === 60) return void 0;
  const urlStart = j;
  let depth = 0;
  let urlEscapes = false;
  for (; j < end; j++) {
    const code = s.charCodeAt(j);
    if (code === BACKSLASH2 && j + 1 < end && isAsciiPunctuation(s.charCodeAt(j + 1))) {
      urlEscapes = true;
      j++;
      continue;
    }
    if (code === 40) depth++;
    else if (code === 41) {
      if (depth === 0) break;
      depth--;
    } else if (isSpaceOrTab2(code)) break;
    else if (code < 32 || code === 127) return void 0;
  }
  const urlEnd = j;
  const destination = s.slice(urlStart, urlEnd);
  if (destination.indexOf("&") !== -1 && destination.indexOf(";") !== -1 && CHARACTER_REFERENCE.test(destination)) return void 0;
  while (j < end && isSpaceOrTab2(s.charCodeAt(j))) j++;
  if (depth !== 0 || j >= end || s.charCodeAt(j) !== 41) return void 0;
  if (j + 1 < end) {
    const rest = s.slice(j + 1, end);
    if (rest.trim() !== "") return MAY_HOLD_LINK.test(rest) ? void 0 : EXTRA_TEXT;
  }
  const label = s.slice(start + 1, labelEnd);
  return classify(labelEscapes ? unescape(label) : label, urlEscapes ? unescape(destination) : destination, shift + urlStart, shift + urlEnd);
}
function isSpaceOrTab2(code) {
  return code === 32 || code === 9;
}
function isAsciiPunctuation(code) {
  return code >= 33 && code <= 47 || code >= 58 && code <= 64 || code >= 91 && code <= 96 || code >= 123 && code <= 126;
}
function unescape(value) {
  return value.replace(ESCAPED_PUNCTUATION, "$1");
}
var CELL_PREFIX = "| x |\n| - |\n| ";
var processor;
function createProcessor() {
  return remark().use(remarkGfm);
}
function parseWithRemark(text, base, source) {
  processor ??= createProcessor();
  const definitions = text.includes("[") ? definitionsOf(source) : /* @__PURE__ */ new Map();
  const wrapped = CELL_PREFIX + text + " |" + (definitions.size > 0 ? `

${definitionLines(definitions)}
` : "");
  const tree = processor.parse(wrapped);
  const table = tree.children[0];
  const cell = table?.type === "table" ? table.children[1]?.children[0] : void 0;
  return fromRemarkCell(cell, wrapped, base - CELL_PREFIX.length, definitions);
}
function parseLinkCells(rows, cellIndex, source) {
  const column = new LinkColumn(source, rows.length);
  const pending = [];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (row instanceof SourceRow && row.offsets.source === source && cellIndex >= 0 && cellIndex < row.cellCount) {
      const start = row.contentStartOf(cellIndex);
      const end = row.contentEndOf(cellIndex);
      if (start !== end && column.readInline(r, start, end)) continue;
    }
    const cell = row.cell(cellIndex);
    if (!cell) continue;
    let result = remembered(cell, source);
    if (result === void 0) {
      result = fastVerdict(cell, source);
      if (result === void 0 && tooComplexForRemark(cell.text)) result = remember(cell, source, { ok: false, reason: "too-complex" });
    }
    if (result !== void 0) column.keep(r, result);
    else pending.push(r);
  }
  if (pending.length >= 2) readWithRemark(pending.map((r) => rows[r].cell(cellIndex)), source);
  for (const r of pending) column.keep(r, parseLinkCell(rows[r].cell(cellIndex), source));
  return column;
}
var NO_CELL = 0;
var PLAIN_INLINE = 1;
var KEPT = 2;
var LinkColumn = class {
  constructor(source, length) {
    this.source = source;
    this.length = length;
    this.kinds = new Uint8Array(length);
    this.offsets = new Int32Array(3 * length);
  }
  source;
  length;
  kinds;
  /** Per plain row r: [3r] the cell's content start (its `[`), [3r+1] the label's end (its `]`), [3r+2] the content end. */
  offsets;
  kept = /* @__PURE__ */ new Map();
  /**
   * Reads source[start, end) (a cell's non-empty content) for row r when it is a plain inline link to
   * an http(s) URL with a non-blank label, which scanPlainLink would accept as valid: true when it is
   * (and the row is kept as offsets), false to leave the cell to the other readers.
   */
  readInline(r, start, end) {
    const s = this.source;
    PLAIN_LINK.lastIndex = start;
    if (!PLAIN_LINK.test(s) || PLAIN_LINK.lastIndex !== end) return false;
    const labelEnd = s.lastIndexOf("](", end - 2);
    const urlStart = labelEnd + 2;
    if (holdsBeforeParenthesis(AMPERSAND_BEFORE_PARENTHESIS, s, urlStart) && holdsBeforeParenthesis(SEMICOLON_BEFORE_PARENTHESIS, s, urlStart)) return false;
    if (!startsWithHttpScheme(s, urlStart, end - 1) || isBlankText(s, start + 1, labelEnd)) return false;
    this.kinds[r] = PLAIN_INLINE;
    this.offsets[3 * r] = start;
    this.offsets[3 * r + 1] = labelEnd;
    this.offsets[3 * r + 2] = end;
    return true;
  }
  /** Keeps row r's verdict whole. */
  keep(r, result) {
    this.kinds[r] = KEPT;
    this.kept.set(r, result);
  }
  /** Row r's verdict (a new object on each read of a plain row); undefined where the row is too short. */
  at(r) {
    const kind = this.kinds[r];
    if (kind === PLAIN_INLINE) return plainLinkVerdict(this.source, this.offsets[3 * r], this.offsets[3 * r + 1], this.offsets[3 * r + 2], 0);
    return kind === KEPT ? this.kept.get(r) : void 0;
  }
  /**
   * Row r's link URL (its verdict's value.url) when the cell is a valid link, null when it is not,
   * undefined where the row is too short; read without making the verdict.
   */
  urlAt(r) {
    const kind = this.kinds[r];
    if (kind === PLAIN_INLINE) return this.source.slice(this.offsets[3 * r + 1] + 2, this.offsets[3 * r + 2] - 1);
    if (kind === NO_CELL) return void 0;
    const result = this.kept.get(r);
    return result.ok ? result.value.url : null;
  }
  /**
   * Where row r's URL sits in `source` when the row is kept as offsets (its URL is that text, verbatim):
   * the URL's start offset, and its end at plainUrlEnd(r); -1 for any other row.
   */
  plainUrlStart(r) {
    return this.kinds[r] === PLAIN_INLINE ? this.offsets[3 * r + 1] + 2 : -1;
  }
  /** The end offset in `source` of a plain row's URL (see plainUrlStart). */
  plainUrlEnd(r) {
    return this.offsets[3 * r + 2] - 1;
  }
  /** True when row r's cell is a valid link written inline, `[text](url)` (verdict ok, form 'inline'); read without making the verdict. */
  isInline(r) {
    const kind = this.kinds[r];
    if (kind === PLAIN_INLINE) return true;
    const result = kind === KEPT ? this.kept.get(r) : void 0;
    return result !== void 0 && result.ok && result.form === "inline";
  }
  /** Every row's verdict, in order (a new array of new objects: for tests and small tables). */
  toArray() {
    return Array.from({ length: this.length }, (_, r) => this.at(r));
  }
};
function holdsBeforeParenthesis(pattern, s, start) {
  pattern.lastIndex = start;
  return pattern.test(s);
}
var AMPERSAND_BEFORE_PARENTHESIS = /[^&)]*&/y;
var SEMICOLON_BEFORE_PARENTHESIS = /[^;)]*;/y;
function startsWithHttpScheme(s, start, end) {
  HTTP_URL_AT.lastIndex = start;
  return HTTP_URL_AT.test(s) && HTTP_URL_AT.lastIndex <= end;
}
var HTTP_URL_AT = /https?:\/\//iy;
function isBlankText(s, start, end) {
  for (let i = start; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code > 32 && code < 127) return false;
    if (!WHITE_SPACE.test(s[i])) return false;
  }
  return true;
}
var WHITE_SPACE = /\s/;
function readWithRemark(pending, source) {
  processor ??= createProcessor();
  const header = "| x |\n| - |\n";
  const rowStarts = [];
  const parts = [header];
  let length = header.length;
  for (const cell of pending) {
    rowStarts.push(length + 2);
    const row = `| ${cell.text} |
`;
    parts.push(row);
    length += row.length;
  }
  const definitions = pending.some((cell) => cell.text.includes("[")) ? definitionsOf(source) : /* @__PURE__ */ new Map();
  if (definitions.size > 0) parts.push(`
${definitionLines(definitions)}
`);
  const wrapped = parts.join("");
  const table = processor.parse(wrapped).children[0];
  if (table?.type !== "table" || table.children.length !== pending.length + 1) return;
  pending.forEach((cell, i) => {
    remember(cell, source, fromRemarkCell(table.children[i + 1]?.children[0], wrapped, cellContentStart(cell) - rowStarts[i], definitions));
  });
}
function fromRemarkCell(cell, wrapped, offset, definitions) {
  const children = cell?.children ?? [];
  const other = findOtherForm(
    wrapped,
    children.filter((node) => !(node.type === "text" && node.value.trim() === "")),
    definitions,
    plainText
  );
  if (other) {
    const urlShift = other.urlIn === "wrapped" ? offset : 0;
    const inline = inlineLink(wrapped.slice(other.textStart, other.textEnd), other.url);
    return classify(other.text, other.url, other.urlStart + urlShift, other.urlEnd + urlShift, other.form, inline);
  }
  const links = children.filter((node) => node.type === "link");
  const anchors = children.filter((node) => node.type === "html" && /^<a\s[^>]*\bhref\s*=/i.test(node.value)).length;
  if (anchors + links.length > 1 && anchors > 0) return { ok: false, reason: "multiple-links" };
  const first = links[0];
  if (!first) return { ok: false, reason: "no-link" };
  if (links.length > 1) return { ok: false, reason: "multiple-links", url: first.url };
  const others = children.some((node) => node !== first && !(node.type === "text" && node.value.trim() === ""));
  if (others) return { ok: false, reason: "extra-text", url: first.url };
  const linkStart = first.position?.start.offset;
  if (linkStart === void 0 || wrapped.charCodeAt(linkStart) !== 91) return { ok: false, reason: "no-link", url: first.url };
  const destination = locateDestination(wrapped, first);
  return classify(plainText(first), first.url, offset + destination.start, offset + destination.end);
}
function locateDestination(wrapped, link) {
  const last = link.children[link.children.length - 1];
  let i = last ? last.position.end.offset : link.position.start.offset + 1;
  const linkEnd = link.position.end.offset;
  while (i < linkEnd && wrapped.charCodeAt(i) !== 93) i++;
  i += 2;
  while (i < linkEnd && /\s/.test(wrapped[i])) i++;
  if (wrapped.charCodeAt(i) === 60) {
    let close = i + 1;
    while (close < linkEnd && wrapped.charCodeAt(close) !== 62) close += wrapped.charCodeAt(close) === BACKSLASH2 ? 2 : 1;
    return { start: i + 1, end: close >= linkEnd ? i + 1 : close };
  }
  const start = i;
  let depth = 0;
  for (; i < linkEnd; i++) {
    const code = wrapped.charCodeAt(i);
    if (code === BACKSLASH2) {
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
function plainText(node) {
  if ("value" in node && typeof node.value === "string" && node.type !== "html") return node.value;
  if (node.type === "image") return node.alt ?? "";
  if ("children" in node) return node.children.map(plainText).join("");
  return "";
}

// src/core/parse/index.ts
function parseTracker(source) {
  return scanTracker(source);
}
function cellPlainText(cell) {
  return unescapeMarkdown(cell.text).trim();
}
function lineColumnAt(tracker, offset) {
  const starts2 = tracker.lineStarts;
  let low = 0;
  let high = starts2.length - 1;
  while (low < high) {
    const middle = low + high + 1 >> 1;
    if (starts2[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  const lineStart = starts2[low];
  return { line: low + 1, column: Math.max(1, offset - lineStart + 1), offset };
}

// src/core/placeholders.ts
var DEFAULT_PLACEHOLDERS = ["None", "-", "\u2014", "\u2013", "N/A", "NA", "TBD", "TBA", "Coming soon", "\u65E0", "\u6682\u65E0", "/"];

// src/core/values/memo.ts
var perTracker = /* @__PURE__ */ new WeakMap();
function columnValues(tracker, slot, table, cellIndex, compute) {
  return wholeColumn(
    tracker,
    slot,
    table,
    cellIndex,
    () => table.rows.map((row, rowIndex) => {
      const cell = row.cell(cellIndex);
      return cell ? compute(cell, rowIndex) : void 0;
    })
  );
}
function columnTextValues(tracker, slot, table, cellIndex, compute) {
  return wholeColumn(
    tracker,
    slot,
    table,
    cellIndex,
    () => table.rows.map((row) => {
      if (row instanceof SourceRow) return cellIndex < row.cellCount && cellIndex >= 0 ? compute(row.textOf(cellIndex)) : void 0;
      const cell = row.cell(cellIndex);
      return cell ? compute(cell.text) : void 0;
    })
  );
}
function wholeColumn(tracker, slot, table, cellIndex, computeColumn) {
  let slots = perTracker.get(tracker);
  if (!slots) {
    slots = /* @__PURE__ */ new Map();
    perTracker.set(tracker, slots);
  }
  let tables = slots.get(slot);
  if (!tables) {
    tables = /* @__PURE__ */ new Map();
    slots.set(slot, tables);
  }
  let columns = tables.get(table);
  if (!columns) {
    columns = [];
    tables.set(table, columns);
  }
  let values = columns[cellIndex];
  if (values === void 0) {
    values = computeColumn();
    columns[cellIndex] = values;
  }
  return values;
}

// src/core/values/same-text.ts
function byDistinctText(read, limit) {
  const byText = /* @__PURE__ */ new Map();
  return (text) => {
    const known = byText.get(text);
    if (known !== void 0 || byText.has(text)) return known;
    const reading = read(text);
    if (byText.size < limit) byText.set(text, reading);
    return reading;
  };
}

// src/core/values/date.ts
var DAY_SHAPE = /^(\d{4})(\\?[-./])(\d{1,2})(\\?[-./])(\d{1,2})$/;
var MONTH_SHAPE = /^(\d{4})(\\?[-./])(\d{1,2})$/;
var YEAR_SHAPE = /^\d{4}$/;
function readDateShape(text) {
  const first = text.charCodeAt(0);
  if ((first < 48 || first > 57) && first !== 42 && first !== 95 && first !== 96) return null;
  if (text.length > MAX_DATE_TEXT) return null;
  const wrapped = EMPHASIS.exec(text) ?? (text.endsWith(">") ? TRAILING_HTML.exec(text) : null);
  if (wrapped) return readDateShape(wrapped[2]);
  let m = DAY_SHAPE.exec(text);
  if (m) {
    const sep = m[2].replace("\\", "");
    if (m[4].replace("\\", "") !== sep) return null;
    return { format: `YYYY${sep}MM${sep}DD`, precision: "day", parts: [m[1], m[3], m[5]], separators: [m[2], m[4]] };
  }
  m = MONTH_SHAPE.exec(text);
  if (m) return { format: `YYYY${m[2].replace("\\", "")}MM`, precision: "month", parts: [m[1], m[3]], separators: [m[2]] };
  if (YEAR_SHAPE.test(text)) return { format: "YYYY", precision: "year", parts: [text], separators: [] };
  return null;
}
var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isCalendarDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  if (m !== 2) return d <= DAYS_IN_MONTH[m - 1];
  const year = y >= 0 && y <= 99 ? y + 1900 : y;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return d <= (leap ? 29 : 28);
}
var DAY_ONLY = ["YYYY-MM-DD"];
var MAX_DATE_TEXT = 80;
var EMPHASIS = /^(\*{1,2}|_{1,2}|`)([^*_`]+)(\*{1,2}|_{1,2}|`)$/;
var TRAILING_HTML = /^()([^<]*?)(\s*(?:<!--[\s\S]*?-->|<\/?[A-Za-z][^>]*>)+)$/;
function parseDateText(text, formats = DAY_ONLY) {
  if (text === "") return { kind: "empty" };
  if (text.length > MAX_DATE_TEXT) return { kind: "bad-format", text };
  const wrapped = EMPHASIS.exec(text) ?? (text.endsWith(">") ? TRAILING_HTML.exec(text) : null);
  if (wrapped) {
    const inner = parseDateText(wrapped[2], formats);
    return inner.kind === "unpadded" ? { ...inner, padded: wrapped[1] + inner.padded + wrapped[3] } : inner.kind === "ok" || inner.kind === "empty" ? inner : { ...inner, text };
  }
  const shape = readDateShape(text);
  if (!shape || !formats.includes(shape.format)) return { kind: "bad-format", text };
  const [ys, ms = "1", ds = "1"] = shape.parts;
  const value = { y: Number(ys), m: shape.precision === "year" ? 0 : Number(ms), d: shape.precision === "day" ? Number(ds) : 0 };
  if (!isCalendarDate(value.y, Number(ms), Number(ds))) return { kind: "invalid", text };
  const short = shape.parts.slice(1).some((part) => part.length < 2);
  if (!short) return { kind: "ok", value, precision: shape.precision };
  const padded = shape.parts.map((part, i) => (i === 0 ? part : part.padStart(2, "0")) + (shape.separators[i] ?? "")).join("");
  return { kind: "unpadded", value, precision: shape.precision, padded };
}
var DATE = /* @__PURE__ */ new Map();
function datesOf(tracker, table, cellIndex, formats = DAY_ONLY) {
  const key = formats.join(",");
  let slot = DATE.get(key);
  if (!slot) DATE.set(key, slot = {});
  let read = DATE_BY_TEXT.get(slot);
  if (!read) DATE_BY_TEXT.set(slot, read = byDistinctText((text) => parseDateText(text, formats), MAX_REMEMBERED_DATES));
  return columnTextValues(tracker, slot, table, cellIndex, read);
}
var DATE_BY_TEXT = /* @__PURE__ */ new WeakMap();
var MAX_REMEMBERED_DATES = 8192;
function dateSortKey(parsed) {
  if (parsed.kind !== "ok" && parsed.kind !== "unpadded") return null;
  return parsed.value.y * 1e4 + parsed.value.m * 100 + parsed.value.d;
}
function compareDateKeys(a, b) {
  const ay = Math.floor(a / 1e4);
  const am = Math.floor(a / 100) % 100;
  const ad = a % 100;
  const by = Math.floor(b / 1e4);
  const bm = Math.floor(b / 100) % 100;
  const bd = b % 100;
  if (ay !== by) return ay - by;
  if (am === 0 || bm === 0) return 0;
  if (am !== bm) return am - bm;
  if (ad === 0 || bd === 0) return 0;
  return ad - bd;
}
function datePeriod(value) {
  let period = periods.get(value);
  if (period === void 0) {
    period = periodOf(value);
    periods.set(value, period);
  }
  return period;
}
var periods = /* @__PURE__ */ new WeakMap();
function periodOf(value) {
  const base = value.y * 1e4;
  if (value.m === 0) return [base + 101, base + 1231];
  if (value.d === 0) return [base + value.m * 100 + 1, base + value.m * 100 + new Date(Date.UTC(value.y, value.m, 0)).getUTCDate()];
  const day = base + value.m * 100 + value.d;
  return [day, day];
}
function formatDate(value) {
  let spelled = spelledDates.get(value);
  if (spelled === void 0) {
    spelled = spellDate(value);
    spelledDates.set(value, spelled);
  }
  return spelled;
}
var spelledDates = /* @__PURE__ */ new WeakMap();
function spellDate(value) {
  const parts = [String(value.y)];
  if (value.m > 0) parts.push(String(value.m).padStart(2, "0"));
  if (value.d > 0) parts.push(String(value.d).padStart(2, "0"));
  return parts.join("-");
}

// src/core/values/graphemes.ts
var segmenter;
function graphemesOf(text) {
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  const parts = [];
  for (const { segment } of segmenter.segment(text)) parts.push(segment);
  return parts;
}

// src/core/values/header-name.ts
function normalizeHeaderName(text) {
  return text.replace(/\\(.)/g, "$1").replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
}

// src/core/values/link.ts
var LINK = {};
var URL_ANALYSIS = {};
function linksOf(tracker, table, cellIndex) {
  return wholeColumn(tracker, LINK, table, cellIndex, () => parseLinkCells(table.rows, cellIndex, tracker.source));
}
var NO_CELL2 = 0;
var NOT_HTTP = 1;
var SAME = 2;
var SAME_WITH_SLASH = 3;
var KEPT2 = 4;
var UrlColumn = class {
  constructor(links) {
    this.links = links;
    const kinds = new Uint8Array(links.length);
    for (let r = 0; r < links.length; r++) {
      const url = links.urlAt(r);
      if (url === void 0) continue;
      const analysis = url === null ? null : analyzeUrl(url);
      if (analysis === null) kinds[r] = NOT_HTTP;
      else if (analysis.cleaned !== url || analysis.tracking.length > 0 || analysis.secrets.length > 0) this.keep(kinds, r, analysis);
      else if (analysis.canonical === url) kinds[r] = SAME;
      else if (analysis.canonical.length === url.length + 1 && analysis.canonical.endsWith("/") && analysis.canonical.startsWith(url)) kinds[r] = SAME_WITH_SLASH;
      else this.keep(kinds, r, analysis);
    }
    this.kinds = kinds;
  }
  links;
  kinds;
  kept = /* @__PURE__ */ new Map();
  keep(kinds, r, analysis) {
    kinds[r] = KEPT2;
    this.kept.set(r, analysis);
  }
  /** How many body rows the column spans. */
  get length() {
    return this.kinds.length;
  }
  /** Row r's analysis (a new object on each read of most rows): null for an invalid link cell or a non-http(s) URL, undefined where the row is too short. */
  at(r) {
    const kind = this.kinds[r];
    if (kind === SAME || kind === SAME_WITH_SLASH) {
      const url = this.links.urlAt(r);
      return { canonical: kind === SAME ? url : `${url}/`, cleaned: url, tracking: NO_PARAMS, secrets: NO_PARAMS };
    }
    if (kind === KEPT2) return this.kept.get(r);
    return kind === NOT_HTTP ? null : void 0;
  }
  /** Row r's canonical URL (at(r).canonical), null or undefined as at(r) is. */
  canonicalAt(r) {
    const kind = this.kinds[r];
    if (kind === SAME) return this.links.urlAt(r);
    if (kind === SAME_WITH_SLASH) return `${this.links.urlAt(r)}/`;
    if (kind === KEPT2) return this.kept.get(r).canonical;
    return kind === NOT_HTTP ? null : void 0;
  }
  /**
   * hashCodeUnits of row r's canonical URL (canonicalAt(r)), read in place in the source where the
   * canonical URL is the link's own text (and its '/'); 0 where the row has none.
   */
  canonicalHash(r) {
    const kind = this.kinds[r];
    if (kind === SAME || kind === SAME_WITH_SLASH) {
      const links = this.links;
      const start = links.plainUrlStart(r);
      let hash;
      if (start >= 0) hash = hashCodeUnits(links.source, start, links.plainUrlEnd(r), HASH_SEED);
      else {
        const url = links.urlAt(r);
        hash = hashCodeUnits(url, 0, url.length, HASH_SEED);
      }
      return finishHash(kind === SAME ? hash : hashCodeUnit(
        hash,
        47
        /* / */
      ));
    }
    if (kind === KEPT2) {
      const canonical = this.kept.get(r).canonical;
      return finishHash(hashCodeUnits(canonical, 0, canonical.length, HASH_SEED));
    }
    return 0;
  }
  /** True when row r's link is an http(s) URL (at(r) is an analysis, not null or undefined). */
  isHttp(r) {
    const kind = this.kinds[r];
    return kind !== NO_CELL2 && kind !== NOT_HTTP;
  }
};
var HASH_SEED = 2166136261 | 0;
var FNV_PRIME = 16777619;
function hashCodeUnit(hash, code) {
  return Math.imul(hash ^ code, FNV_PRIME);
}
function hashCodeUnits(s, start, end, hash) {
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ s.charCodeAt(i), FNV_PRIME);
  return hash;
}
function finishHash(hash) {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 2246822507);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 3266489909);
  return hash ^ hash >>> 16;
}
function urlsOf(tracker, table, cellIndex) {
  return wholeColumn(tracker, URL_ANALYSIS, table, cellIndex, () => new UrlColumn(linksOf(tracker, table, cellIndex)));
}
function entryTitle({ table, entry, links }, rowIndex) {
  const titleCell = table.rows[rowIndex].cell(entry.title);
  if (entry.title !== entry.link && titleCell) return stripInlineMarkup(titleCell.text);
  const link = links.at(rowIndex);
  return link?.ok ? link.value.text : "";
}
function verbatimUrlRange(source, urlStart, urlEnd, url) {
  const length = urlEnd - urlStart;
  if (length === url.length && source.startsWith(url, urlStart)) return [urlStart, urlEnd];
  if (length === url.length + 2 && source[urlStart] === "<" && source[urlEnd - 1] === ">" && source.startsWith(url, urlStart + 1)) return [urlStart + 1, urlEnd - 1];
  return null;
}
var INLINE_LINK = /(!?)\[((?:\\.|[^\\[\]]|\[(?:\\.|[^\\[\]])*\](?:\([^)\s]*\))?)*)\]\(\s*(<[^>\n]*>|(?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))*)(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|<(https?:\/\/[^>\s]+)>|(?<![(<\w])(https?:\/\/[^\s<>|)\]]+)/gi;
function linksInCell(cell, source, withText = true) {
  if (!/\]\(|https?:\/\//i.test(cell.text)) return [];
  const base = cellContentStart(cell);
  const text = source.slice(base, base + cell.text.length);
  const found = [];
  for (const m of text.matchAll(INLINE_LINK)) {
    const at = base + m.index;
    if (m[3] !== void 0) {
      if (m[1] === "!") continue;
      const destination = m[3];
      const offsetInMatch = m[0].indexOf("](") + 2;
      const lead = m[0].slice(offsetInMatch).length - m[0].slice(offsetInMatch).trimStart().length;
      const start = at + offsetInMatch + lead + (destination.startsWith("<") ? 1 : 0);
      const written = destination.startsWith("<") ? destination.slice(1, -1) : destination;
      found.push({ text: withText ? stripInlineMarkup(m[2] ?? "") : "", url: unescapeMarkdown(written), urlStart: start, urlEnd: start + written.length });
    } else {
      const url = m[4] ?? m[5].replace(/[.,;:!?'"*_~]+$/, "");
      const start = at + (m[4] !== void 0 ? 1 : 0);
      found.push({ text: url, url, urlStart: start, urlEnd: start + url.length });
    }
  }
  return found;
}
function isDecoratedLink(cell, source) {
  const links = linksInCell(cell, source);
  if (links.length !== 1 || links[0].text.trim() === "" || !/^https?:\/\//i.test(links[0].url)) return false;
  const rest = cell.text.replace(/!\[(?:\\.|[^\\\]])*\]\([^)]*\)/g, "").replace(/\[(?:\\.|[^\\[\]]|\[(?:\\.|[^\\[\]])*\])*\]\((?:\\.|[^\\()]|\([^()]*\))*\)/g, "").replace(/<\/?[A-Za-z][^>]*>/g, "").replace(/[*_~\s]/g, "");
  return rest === "";
}
var LINKS = {};
function linkListsOf(tracker, table, cellIndex) {
  return columnValues(tracker, LINKS, table, cellIndex, (cell) => linksInCell(cell, tracker.source));
}
function* analyzedLinks(tracker, schema, wanted) {
  for (const { section, table } of tablesOf(tracker)) {
    for (const { cellIndex } of columnsOfType(table, schema, "links")) {
      for (const [r, list] of linkListsOf(tracker, table, cellIndex).entries()) {
        for (const { url, urlStart, urlEnd } of list ?? []) {
          const analysis = analyzeUrl(url);
          if (!analysis || !table.rows[r] || wanted && !wanted(analysis)) continue;
          yield { section, url, analysis, urlStart, urlEnd };
        }
      }
    }
    for (const { cellIndex } of columnsOfType(table, schema, "link")) {
      const links = linksOf(tracker, table, cellIndex);
      const urls = urlsOf(tracker, table, cellIndex);
      for (let r = 0; r < table.rows.length; r++) {
        if (!urls.isHttp(r)) continue;
        const analysis = urls.at(r);
        if (wanted && !wanted(analysis)) continue;
        const parsed = links.at(r);
        if (!parsed?.ok) continue;
        const { url, urlStart, urlEnd } = parsed.value;
        yield { section, url, analysis, urlStart, urlEnd };
      }
    }
  }
}
function urlSpan(tracker, link) {
  return { start: lineColumnAt(tracker, link.urlStart), end: lineColumnAt(tracker, link.urlEnd) };
}
function urlFixRange(tracker, link) {
  return verbatimUrlRange(tracker.source, link.urlStart, link.urlEnd, link.url);
}

// src/core/values/url-ids.ts
var MAX_PROBES = 64;
var HASHED_FROM_CHARS = 2e6;
var UrlIdTable = class {
  /**
   * `keyedByText`: use the Map from the start (a short tracker: HASHED_FROM_CHARS). `maxProbes` and
   * `hashOf` are MAX_PROBES and UrlColumn.canonicalHash but in tests, which make the table reach its
   * Map, or hashes collide.
   */
  constructor(keyedByText = false, maxProbes = MAX_PROBES, hashOf = (urls, r) => urls.canonicalHash(r)) {
    this.maxProbes = maxProbes;
    this.hashOf = hashOf;
    if (keyedByText) this.byCanonical = /* @__PURE__ */ new Map();
  }
  maxProbes;
  hashOf;
  slots = new Int32Array(1 << 10);
  hashes = new Int32Array(1 << 9);
  columnOfId = new Int32Array(1 << 9);
  rowOfId = new Int32Array(1 << 9);
  /** counts[id]: how many cells of the interned columns carry the URL (entries past `size` are 0). */
  counts = new Int32Array(1 << 9);
  size = 0;
  columns = [];
  /** After too many probes: every id by its canonical URL. */
  byCanonical = void 0;
  /** True once the table has moved to a Map (for tests). */
  get keyedByText() {
    return this.byCanonical !== void 0;
  }
  /** Interns every row's canonical URL; returns the rows' ids (-1 where urlsOf has no analysis). */
  intern(urls) {
    const columnIndex = this.columns.push(urls) - 1;
    const ids = new Int32Array(urls.length).fill(-1);
    this.reserve(this.size + urls.length);
    for (let r = 0; r < ids.length; r++) {
      if (!urls.isHttp(r)) continue;
      const id = this.idOf(urls, columnIndex, r);
      this.counts[id]++;
      ids[r] = id;
    }
    return ids;
  }
  idOf(urls, columnIndex, r) {
    if (this.byCanonical) return this.idByCanonical(urls.canonicalAt(r), 0, columnIndex, r);
    const hash = this.hashOf(urls, r);
    const mask = this.slots.length - 1;
    let canonical;
    for (let i = hash & mask, probes = 0; ; i = i + 1 & mask, probes++) {
      const entry = this.slots[i];
      if (entry === 0) {
        const id2 = this.add(hash, columnIndex, r);
        this.slots[i] = id2 + 1;
        return id2;
      }
      const id = entry - 1;
      if (this.hashes[id] === hash) {
        canonical ??= urls.canonicalAt(r);
        if (this.canonicalOf(id) === canonical) return id;
      }
      if (probes >= this.maxProbes) {
        this.byCanonical = /* @__PURE__ */ new Map();
        for (let known = 0; known < this.size; known++) this.byCanonical.set(this.canonicalOf(known), known);
        return this.idByCanonical(canonical ?? urls.canonicalAt(r), hash, columnIndex, r);
      }
    }
  }
  idByCanonical(canonical, hash, columnIndex, r) {
    let id = this.byCanonical.get(canonical);
    if (id === void 0) {
      id = this.add(hash, columnIndex, r);
      this.byCanonical.set(canonical, id);
    }
    return id;
  }
  canonicalOf(id) {
    return this.columns[this.columnOfId[id]].canonicalAt(this.rowOfId[id]);
  }
  /**
   * Makes room for `ids` ids in all (this column's rows are an upper bound on its new ones), in one
   * step: each typed array grown by doubling was also a copy of it in fresh memory, which costs
   * about 3 ms a MB here in page faults.
   */
  reserve(ids) {
    if (ids > this.counts.length) this.counts = grownTo(this.counts, capacityFor(ids, this.counts.length));
    if (this.byCanonical !== void 0) return;
    if (ids > this.hashes.length) {
      const capacity = capacityFor(ids, this.hashes.length);
      this.hashes = grownTo(this.hashes, capacity);
      this.columnOfId = grownTo(this.columnOfId, capacity);
      this.rowOfId = grownTo(this.rowOfId, capacity);
    }
    if (2 * ids > this.slots.length) this.rehash(capacityFor(2 * ids, this.slots.length));
  }
  add(hash, columnIndex, r) {
    const id = this.size++;
    if (this.byCanonical === void 0) {
      this.hashes[id] = hash;
      this.columnOfId[id] = columnIndex;
      this.rowOfId[id] = r;
    }
    return id;
  }
  rehash(capacity) {
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let i = this.hashes[id] & mask;
      while (slots[i] !== 0) i = i + 1 & mask;
      slots[i] = id + 1;
    }
    this.slots = slots;
  }
};
function capacityFor(needed, capacity) {
  while (capacity < needed) capacity *= 2;
  return capacity;
}
function grownTo(array, length) {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}
var urlIdTables = /* @__PURE__ */ new WeakMap();
var URL_ID = {};
function urlIdTableOf(tracker) {
  let table = urlIdTables.get(tracker);
  if (!table) {
    table = new UrlIdTable(tracker.source.length < HASHED_FROM_CHARS);
    urlIdTables.set(tracker, table);
  }
  return table;
}
function urlIdsOf(tracker, table, cellIndex) {
  return wholeColumn(tracker, URL_ID, table, cellIndex, () => urlIdTableOf(tracker).intern(urlsOf(tracker, table, cellIndex)));
}
function urlIdCounts(tracker) {
  return urlIdTableOf(tracker).counts;
}

// src/core/infer-schema.ts
var BUILTIN_COLUMNS = [
  { name: "\u8D44\u6599\u94FE\u63A5", type: "link", aliases: ["Link", "Resource"] },
  { name: "\u6765\u6E90", type: "text", aliases: ["Source", "Author"] },
  { name: "\u53D1\u5E03\u65F6\u95F4\u70B9", type: "date", aliases: ["Date", "Published"] },
  { name: "\u5185\u5BB9\u6982\u8FF0", type: "text", aliases: ["Summary", "Description"] },
  { name: "\u6574\u4F53\u63A8\u8350\u6307\u6570", type: "rating", symbol: "\u2B50", min: 1, max: 5, aliases: ["Rating", "Stars"] },
  { name: "\u6280\u672F\u96BE\u5EA6\u6307\u6570", type: "rating", symbol: "\u2757", min: 1, max: 3, aliases: ["Difficulty", "Level"] },
  { name: "\u5907\u6CE8", type: "text", aliases: ["Notes"] }
];
var BUILTIN_SORT = [
  { column: "\u6574\u4F53\u63A8\u8350\u6307\u6570", order: "desc" },
  { column: "\u53D1\u5E03\u65F6\u95F4\u70B9", order: "desc" }
];
var CONFIRM = 0.5;
var EVIDENCE = 0.8;
var FILLED = 0.9;
var REPEATED_ACROSS_TABLES = 0.02;
var SORTED = 0.95;
var MIN_SORT_PAIRS = 8;
var VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;
function graphemes(text) {
  return graphemesOf(text.replace(VARIATION_SELECTORS, "").replace(/\s+/g, ""));
}
function ratingOf(text) {
  const first = text.charCodeAt(0);
  if (text === "" || first >= 33 && first <= 126 || first >= 19968 && first <= 40959 || /[\p{L}\p{N}!-/:-@[-`{-~]/u.test(text)) return null;
  const points = [...text.replace(VARIATION_SELECTORS, "").replace(/\s+/g, "")];
  if (points.length > 0 && points.every((p) => p === points[0]) && !/[\u200d\u20e3\p{M}]/u.test(points[0])) return [points[0], points.length];
  const parts = graphemes(text);
  if (parts.length === 0 || /[\p{L}\p{N}\p{P}]/u.test(parts[0])) return null;
  return parts.every((p) => p === parts[0]) ? [parts[0], parts.length] : null;
}
function readLegends(source) {
  const legends = /* @__PURE__ */ new Map();
  const pattern = /^[>\s]*([^\n:：|]+?)\s*[:：]\s*(\S+?)\s*[~～-]\s*(\S+?)\s*$/gmu;
  for (const match of source.matchAll(pattern)) {
    const low = ratingOf(match[2]);
    const high = ratingOf(match[3]);
    if (!low || !high || low[0] !== high[0]) continue;
    legends.set(normalizeHeaderName(stripInlineMarkup(match[1])), { symbol: low[0], min: low[1], max: high[1] });
  }
  return legends;
}
function share(values, test) {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}
function knownColumn(key) {
  return BUILTIN_COLUMNS.find((c) => [c.name, ...c.aliases ?? []].some((n) => normalizeHeaderName(n) === key));
}
var MARKUP = /[[*_`~<]/;
var PLACEHOLDERS = new Set(DEFAULT_PLACEHOLDERS.map((p) => p.toLowerCase()));
var PLACEHOLDER_STARTS = new Set(
  [...DEFAULT_PLACEHOLDERS.map((p) => p[0].toLowerCase()), ...DEFAULT_PLACEHOLDERS.map((p) => p[0].toUpperCase()), "[", "*", "_", "`", "~", "<"].filter((c) => c.length === 1).map((c) => c.charCodeAt(0))
);
function isPlaceholderText(text) {
  if (text.length > 24 || !PLACEHOLDER_STARTS.has(text.charCodeAt(0))) return false;
  return PLACEHOLDERS.has(text.toLowerCase()) || MARKUP.test(text) && PLACEHOLDERS.has(stripInlineMarkup(text).toLowerCase());
}
function displayName(cell) {
  const plain = stripInlineMarkup(cell.text);
  return normalizeHeaderName(plain) === normalizeHeaderName(cell.text) ? plain : cell.text;
}
var EVIDENCE_CELLS = 400;
function sample(cells) {
  if (cells.length <= EVIDENCE_CELLS) return cellsOf(cells);
  const step = cells.length / EVIDENCE_CELLS;
  return Array.from({ length: EVIDENCE_CELLS }, (_, i) => cells.at(Math.floor(i * step)));
}
function cellsOf(cells) {
  return Array.isArray(cells) ? cells : Array.from({ length: cells.length }, (_, i) => cells.at(i));
}
function isSingleLink(cell, links, source) {
  return /^[[<]/.test(cell.text) && parseLinkCell(cell, source).ok || links === 1 && isDecoratedLink(cell, source);
}
var PositionList = class {
  items;
  length = 0;
  /**
   * `capacity`: positions to make room for at once (the rows of a table, when every cell may be
   * listed); each doubling past it is a copy into fresh memory, which costs page faults.
   */
  constructor(capacity = 16) {
    this.items = new Int32Array(Math.max(capacity, 16));
  }
  push(position) {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = position;
  }
  at(index) {
    return this.items[index];
  }
};
function rowsReachingEachColumn(rows, columns) {
  const rowsOfWidth = new Array(columns + 1).fill(0);
  for (const row of rows) rowsOfWidth[Math.min(row.cellCount, columns)]++;
  const reaching = new Array(columns).fill(0);
  let wider = rowsOfWidth[columns];
  for (let column = columns - 1; column >= 0; column--) {
    reaching[column] = wider;
    wider += rowsOfWidth[column];
  }
  return reaching;
}
var ColumnCells = class {
  constructor(rows, column, positions) {
    this.rows = rows;
    this.column = column;
    this.positions = positions;
  }
  rows;
  column;
  positions;
  get length() {
    return this.positions.length;
  }
  at(index) {
    return this.rows[this.positions.at(index)].cell(this.column);
  }
};
function isInertText(text) {
  const length = text.length;
  if (length <= 16) return false;
  return startsNoDateOrRating(text.charCodeAt(0)) && (length > 40 || !MARKUP.test(text));
}
function startsNoDateOrRating(first) {
  return first >= 33 && first <= 126 && (first < 48 || first > 57) && first !== 42 && first !== 95 && first !== 96 || first >= 19968 && first <= 40959;
}
var MAX_PROBES2 = 16;
var HASHED_ENDS = 6;
var TextGrouping = class {
  /** `cellAt` finds a cell by the position it was added with; `capacity`, how many cells may be added (PositionList). */
  constructor(cellAt, capacity) {
    this.cellAt = cellAt;
    this.inertPositions = new PositionList(capacity);
  }
  cellAt;
  texts = [];
  counts = [];
  /** Position of each group's first cell. */
  firsts = [];
  hashes = [];
  inertPositions;
  slots = new Int32Array(64);
  byText = null;
  firstCell(group) {
    return this.cellAt(this.firsts[group]);
  }
  get inert() {
    const positions = this.inertPositions;
    const cellAt = this.cellAt;
    return { length: positions.length, at: (index) => cellAt(positions.at(index)) };
  }
  /** Adds a cell known to be inert (over 40 code units, starting like no date or rating), without its text. */
  addInert(position) {
    this.inertPositions.push(position);
  }
  /** Adds the cell at `position`, whose text is host[start, end) (not empty). */
  add(position, host, start, end) {
    const length = end - start;
    let hash = length;
    const headEnd = length > 2 * HASHED_ENDS ? start + HASHED_ENDS : end;
    for (let i = start; i < headEnd; i++) hash = Math.imul(hash, 31) + host.charCodeAt(i) | 0;
    for (let i = Math.max(headEnd, end - HASHED_ENDS); i < end; i++) hash = Math.imul(hash, 31) + host.charCodeAt(i) | 0;
    let slot = 0;
    if (this.byText === null) {
      const slots = this.slots;
      const mask = slots.length - 1;
      slot = hash & mask;
      for (let probes = 0; ; probes++) {
        const group2 = slots[slot] - 1;
        if (group2 < 0) break;
        const text2 = this.texts[group2];
        if (text2.length === length && host.startsWith(text2, start)) {
          this.counts[group2]++;
          return;
        }
        if (probes === MAX_PROBES2) {
          this.byText = new Map(this.texts.map((t, g) => [t, g]));
          break;
        }
        slot = slot + 1 & mask;
      }
    }
    const text = start === 0 && end === host.length ? host : host.slice(start, end);
    if (this.byText !== null) {
      const group2 = this.byText.get(text);
      if (group2 !== void 0) {
        this.counts[group2]++;
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
  grow() {
    const slots = new Int32Array(this.slots.length * 4);
    const mask = slots.length - 1;
    for (let group = 0; group < this.hashes.length; group++) {
      let slot = this.hashes[group] & mask;
      while (slots[slot] !== 0) slot = slot + 1 & mask;
      slots[slot] = group + 1;
    }
    this.slots = slots;
  }
};
function groupTexts(cells) {
  const groups = new TextGrouping((position) => cells.at(position));
  for (let position = 0; position < cells.length; position++) {
    const text = cells.at(position).text;
    groups.add(position, text, 0, text.length);
  }
  return groups;
}
function gather(all, source, groups = groupTexts(all)) {
  let cells = sample(all);
  let links = cells.map((c) => linksInCell(c, source, false).length);
  let single = cells.map((c, i) => isSingleLink(c, links[i], source));
  if (all.length > EVIDENCE_CELLS && cells.some((c, i) => (links[i] > 0 || /^[[<]/.test(c.text)) && !single[i])) {
    cells = cellsOf(all);
    links = cells.map((c) => linksInCell(c, source, false).length);
    single = cells.map((c, i) => isSingleLink(c, links[i], source));
  }
  const singles = single.filter(Boolean).length;
  const formatCounts = /* @__PURE__ */ new Map();
  let dated = 0;
  const bySymbol = /* @__PURE__ */ new Map();
  for (let g = 0; g < groups.texts.length; g++) {
    const text = groups.texts[g];
    const count = groups.counts[g];
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
  const dateFormats = [...formatCounts.entries()].sort((a, b) => b[1] - a[1]).map(([format2]) => format2);
  const top = [...bySymbol.entries()].sort((a, b) => b[1].cells - a[1].cells)[0];
  const symbol = top?.[0] ?? null;
  const total = all.length;
  return {
    cells,
    single: cells.length === 0 ? 0 : singles / cells.length,
    anyLink: cells.length === 0 ? 0 : cells.filter((_, i) => links[i] > 0 || single[i]).length / cells.length,
    multi: share(links, (n) => n > 1),
    date: total === 0 ? 0 : dated / total,
    dateFormats,
    rating: total === 0 || !top ? 0 : top[1].cells / total,
    symbol,
    range: top ? [top[1].min, top[1].max] : null
  };
}
function linkType(evidence, threshold, known) {
  if (evidence.multi > (known ? 0.1 : 0) && evidence.anyLink >= threshold) return { type: "links", note: "links, several per cell" };
  if (evidence.single >= (known ? threshold : 0.9)) return { type: "link", note: "link" };
  if (evidence.anyLink >= threshold) return { type: "links", note: "links, with text around them" };
  return null;
}
function dateType(evidence, threshold) {
  if (evidence.date < threshold || evidence.dateFormats.length === 0) return null;
  const formats = evidence.dateFormats;
  const format2 = formats.length === 1 && formats[0] === "YYYY-MM-DD" ? {} : { format: formats.length === 1 ? formats[0] : formats };
  return { type: "date", ...format2, note: `date ${formats.join(" / ")}` };
}
function ratingType(evidence, threshold, legend) {
  if (legend && evidence.cells.length === 0) return { type: "rating", ...legend, note: `rating ${legend.symbol} ${legend.min}\u2013${legend.max}, from the legend` };
  if (evidence.rating < threshold || evidence.symbol === null) return null;
  if (legend && legend.symbol === evidence.symbol) {
    return { type: "rating", ...legend, note: `rating ${legend.symbol} ${legend.min}\u2013${legend.max}, from the legend` };
  }
  const [min, max] = evidence.range;
  if (max < 2) return null;
  return { type: "rating", symbol: evidence.symbol, min, max, note: `rating ${evidence.symbol} ${min}\u2013${max}, from its cells` };
}
function proposeColumn(headerCell, evidence, legends) {
  const key = normalizeHeaderName(stripInlineMarkup(headerCell.text));
  const known = knownColumn(key);
  const legend = legends.get(key);
  if (evidence.cells.length === 0) {
    if (legend) return ratingType(evidence, 0, legend);
    if (known) {
      const { aliases: _aliases, name: _name, ...rest } = known;
      return { ...rest, note: `${known.type}, a known column name (no cells to confirm it)` };
    }
    return { type: "text", note: "text (no cells)" };
  }
  if (known || legend) {
    const proposed = legend ? "rating" : known.type;
    const confirmed = proposed === "link" || proposed === "links" ? linkType(evidence, CONFIRM, true) : proposed === "date" ? dateType(evidence, CONFIRM) : proposed === "rating" ? ratingType(evidence, CONFIRM, legend) : null;
    if (confirmed) return { ...confirmed, note: `${confirmed.note.replace(/, from its cells$/, "")}, a known column name its cells confirm` };
  }
  const fromCells = linkType(evidence, EVIDENCE, false) ?? dateType(evidence, EVIDENCE) ?? ratingType(evidence, EVIDENCE, void 0);
  if (fromCells) return { ...fromCells, note: fromCells.note.endsWith("from its cells") ? fromCells.note : `${fromCells.note}, from its cells` };
  return { type: "text", note: known && known.type !== "text" ? `text: its cells do not hold ${known.type} values` : "text" };
}
function headerShape(table) {
  return table.header.cells.map((c) => normalizeHeaderName(c.text)).join("");
}
function sortValuesOf(column, cells, source, byText) {
  const byTextOnly = column.type === "date" || column.type === "rating";
  return cells.map((cell) => {
    if (!cell) return null;
    const text = cell.text;
    if (byTextOnly) {
      let value = byText.get(text);
      if (value === void 0) {
        value = sortValueOfText(column, text);
        byText.set(text, value);
      }
      return value;
    }
    if (text === "" || isPlaceholderText(text)) return null;
    if (column.type === "link") {
      const link = parseLinkCell(cell, source);
      return link.ok ? link.value.text : cellPlainText(cell);
    }
    return cellPlainText(cell);
  });
}
function sortValueOfText(column, text) {
  if (text === "" || isPlaceholderText(text)) return null;
  if (column.type === "date") {
    const formats = column.format === void 0 ? ["YYYY-MM-DD"] : Array.isArray(column.format) ? column.format : [column.format];
    return dateSortKey(parseDateText(text, formats));
  }
  const r = ratingOf(text);
  return r && r[0] === column.symbol ? r[1] : null;
}
function compareNatural(a, b) {
  const left = a.match(/\d+|\D+/g) ?? [];
  const right = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const x = left[i];
    const y = right[i];
    if (x === y) continue;
    if (/^\d/.test(x) && /^\d/.test(y)) {
      const [m, n] = [x.replace(/^0+/, ""), y.replace(/^0+/, "")];
      if (m.length !== n.length) return m.length - n.length;
      if (m !== n) return m < n ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return left.length - right.length || (a < b ? -1 : a > b ? 1 : 0);
}
function compareSortValues(a, b, direction, dates) {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (dates && typeof a === "number" && typeof b === "number") return compareDateKeys(a, b) * direction;
  if (typeof a === "string" && typeof b === "string") return compareNatural(a, b) * direction;
  return (a < b ? -1 : a > b ? 1 : 0) * direction;
}
function inferSort(columns, tables, source) {
  let best = null;
  const rows = tables.flatMap((t) => t.rows);
  const isRowNumber = (index) => rows.every((row) => /^\s*\d*\s*$/.test(row.cell(index)?.text ?? ""));
  const firstText = columns.findIndex((c, index) => (c.type === "link" || c.type === "text") && !isRowNumber(index));
  columns.forEach((column, index) => {
    if (!column.name) return;
    const orders = column.type === "date" || column.type === "rating" ? ["desc", "asc"] : index === firstText ? ["asc"] : [];
    if (orders.length === 0) return;
    const byText = /* @__PURE__ */ new Map();
    const valuesOf = tables.map((table) => sortValuesOf(column, table.rows.map((r) => r.cell(index)), source, byText));
    let pairs = 0;
    let ascending = 0;
    let strictlyAscending = 0;
    let descending = 0;
    let strictlyDescending = 0;
    for (const values of valuesOf) {
      for (let i = 1; i < values.length; i++) {
        if (values[i - 1] === null || values[i] === null) continue;
        pairs++;
        const c = compareSortValues(values[i - 1], values[i], 1, column.type === "date");
        if (c <= 0) ascending++;
        if (c < 0) strictlyAscending++;
        if (c >= 0) descending++;
        if (c > 0) strictlyDescending++;
      }
    }
    for (const order of orders) {
      const inOrder = order === "desc" ? descending : ascending;
      const strict = order === "desc" ? strictlyDescending : strictlyAscending;
      if (pairs < MIN_SORT_PAIRS || inOrder / pairs < SORTED || strict / pairs < 0.5) continue;
      const candidate = { key: { column: column.name, order }, inOrder: inOrder / pairs, strict: strict / pairs };
      const typed = column.type === "date" || column.type === "rating";
      if (!best || candidate.inOrder > best.inOrder || candidate.inOrder === best.inOrder && (typed ? !best.typed || candidate.strict > best.strict : !best.typed && candidate.strict > best.strict)) {
        best = { ...candidate, typed };
      }
    }
  });
  return best ? best.key : null;
}
function conforms(config, cell, source) {
  switch (config.type) {
    case "link":
      return parseLinkCell(cell, source).ok || isDecoratedLink(cell, source);
    case "links":
      return linksInCell(cell, source).length > 0;
    case "date":
      return readDateShape(cell.text) !== null;
    case "rating":
      return ratingOf(cell.text)?.[0] === config.symbol;
    case "text":
      return true;
  }
}
function recurringMarks(groups, accepts) {
  const counts = /* @__PURE__ */ new Map();
  for (let g = 0; g < groups.texts.length; g++) {
    const raw = groups.texts[g];
    if (raw.length > 40 || raw.length > 16 && !MARKUP.test(raw) || accepts(groups.firstCell(g))) continue;
    const text = stripInlineMarkup(raw);
    if (text.length > 16) continue;
    counts.set(text, (counts.get(text) ?? 0) + groups.counts[g]);
  }
  return new Set([...counts.entries()].filter(([, n]) => n >= 3).map(([text]) => text));
}
function markedTexts(groups, marks) {
  const marked = new Set(groups.texts.filter((text) => marks.has(stripInlineMarkup(text))));
  const inert = groups.inert;
  for (let k = 0; k < inert.length; k++) {
    const text = inert.at(k).text;
    if (marks.has(stripInlineMarkup(text))) marked.add(text);
  }
  return marked;
}
function withoutMarks(cells, groups, marks) {
  const marked = markedTexts(groups, marks);
  if (marked.size === 0) return cells;
  if (groups.inert.length === 0 && marked.size === groups.texts.length) return [];
  return cellsOf(cells).filter((c) => !marked.has(c.text));
}
function countWithoutMarks(groups, marks) {
  let count = 0;
  for (let g = 0; g < groups.texts.length; g++) if (!marks.has(stripInlineMarkup(groups.texts[g]))) count += groups.counts[g];
  const inert = groups.inert;
  for (let k = 0; k < inert.length; k++) if (!marks.has(stripInlineMarkup(inert.at(k).text))) count++;
  return count;
}
function inferTable(tables, tracker, legends, notes, learned) {
  const header = tables[0].header.cells;
  const rows = tables.flatMap((t) => t.rows);
  const names2 = header.map(displayName);
  const seen = /* @__PURE__ */ new Map();
  for (const name of names2) seen.set(normalizeHeaderName(name), (seen.get(normalizeHeaderName(name)) ?? 0) + 1);
  const reaching = rowsReachingEachColumn(rows, header.length);
  const nonEmptyOf = header.map((_, index) => new PositionList(reaching[index]));
  const groupsOf = header.map((_, index) => new TextGrouping((r) => rows[r].cell(index), reaching[index]));
  const placeholdersIn = header.map(() => false);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const width = Math.min(row.cellCount, header.length);
    const offsets = row instanceof SourceRow ? row.offsets : null;
    for (let index = 0; index < width; index++) {
      let host;
      let start;
      let end;
      if (offsets !== null) {
        const slot = row.firstSlot + 4 * index;
        host = offsets.source;
        start = offsets.at(slot + 2);
        end = offsets.at(slot + 3);
      } else {
        host = row.cell(index).text;
        start = 0;
        end = host.length;
      }
      if (start === end) continue;
      const first = host.charCodeAt(start);
      if (end - start > 40 && startsNoDateOrRating(first)) {
        nonEmptyOf[index].push(r);
        groupsOf[index].addInert(r);
      } else if (end - start <= 24 && PLACEHOLDER_STARTS.has(first) && isPlaceholderText(host.slice(start, end))) {
        placeholdersIn[index] = true;
      } else {
        nonEmptyOf[index].push(r);
        groupsOf[index].add(r, host, start, end);
      }
    }
  }
  const columns = header.map((headerCell, index) => {
    const name = names2[index];
    const nonEmpty = new ColumnCells(rows, index, nonEmptyOf[index]);
    const groups = groupsOf[index];
    const placeholderCells = placeholdersIn[index];
    let { note, ...proposal } = proposeColumn(headerCell, gather(nonEmpty, tracker.source, groups), legends);
    if (proposal.type === "text") {
      const marks2 = recurringMarks(groups, (c) => /https?:|\]\(/.test(c.text) || readDateShape(c.text) !== null);
      const retry = marks2.size > 0 ? proposeColumn(headerCell, gather(withoutMarks(nonEmpty, groups, marks2), tracker.source), legends) : null;
      if (retry && retry.type !== "text") ({ note, ...proposal } = retry);
    }
    const marks = proposal.type === "text" ? /* @__PURE__ */ new Set() : recurringMarks(groups, (c) => conforms(proposal, c, tracker.source));
    const filledCount = marks.size === 0 ? nonEmpty.length : countWithoutMarks(groups, marks);
    if (marks.size > 0) {
      for (const mark of marks) learned.add(mark);
      note += `; ${[...marks].map((m) => `"${m}"`).join(", ")} mean no value`;
    }
    const positional = normalizeHeaderName(name) === "" || seen.get(normalizeHeaderName(name)) > 1;
    const config = { name, ...positional ? { index: index + 1 } : {}, ...proposal };
    const typed = config.type === "link" || config.type === "date" || config.type === "rating";
    const filledShare = rows.length === 0 ? 1 : filledCount / rows.length;
    const placeholders = filledCount < nonEmpty.length || placeholderCells;
    if (typed && (filledShare < FILLED || placeholders)) config.required = false;
    notes.push(`${name || `column ${index + 1}`}: ${note}${config.required === false ? `, optional (${placeholders ? "placeholders" : "often empty"})` : ""}`);
    return config;
  });
  const byName = (name, type) => columns.find((c) => c.name === name && c.type === type);
  let sort = [];
  if (byName("\u6574\u4F53\u63A8\u8350\u6307\u6570", "rating") || byName("\u53D1\u5E03\u65F6\u95F4\u70B9", "date")) {
    sort = BUILTIN_SORT.filter((key) => columns.some((c) => c.name === key.column && c.type !== "text"));
  } else {
    const key = inferSort(columns, tables, tracker.source);
    if (key) sort = [key];
  }
  if (sort.length > 0) notes.push(`sort: ${sort.map((k) => `${k.column} ${k.order}`).join(", ")}`);
  return { columns, ...sort.length > 0 ? { sort } : {}, tableCount: tables.length, rowCount: rows.length };
}
var inferred = /* @__PURE__ */ new WeakMap();
function inferSchema(tracker) {
  if (inferred.has(tracker)) return inferred.get(tracker);
  const result = inferUncached(tracker);
  inferred.set(tracker, result);
  return result;
}
function inferUncached(tracker) {
  const groups = /* @__PURE__ */ new Map();
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
  const notes = [];
  const shapes = [...groups.values()];
  const learned = /* @__PURE__ */ new Set();
  const tables = shapes.map((group, i) => {
    if (groups.size > 1) notes.push(`tables[${i}]: ${group.length} table(s), ${group.reduce((n, t) => n + t.rows.length, 0)} rows`);
    return inferTable(group, tracker, legends, notes, learned);
  });
  const duplicates = inferDuplicateScope(shapes, tables, tracker);
  if (duplicates) notes.push("duplicates: the same entries appear in several tables on purpose, so duplicates count within a table");
  if (learned.size > 0) notes.push(`placeholders: the defaults and ${[...learned].map((m) => `"${m}"`).join(", ")}, this file's marks for no value`);
  return {
    tables,
    notes,
    ...duplicates ? { duplicates } : {},
    ...learned.size > 0 ? { placeholders: [...DEFAULT_PLACEHOLDERS, ...learned] } : {}
  };
}
function inferDuplicateScope(shapes, schemas, tracker) {
  if (shapes.every((group) => group.length < 2) && shapes.length < 2) return null;
  const listed = [];
  shapes.forEach((group, s) => {
    const types = schemas[s].columns.map((c) => c.type);
    for (const table of group) {
      const entry = entryColumns(types, table.rows);
      if (entry) listed.push({ shape: s, table, entry, links: linksOf(tracker, table, entry.link), ids: urlIdsOf(tracker, table, entry.link) });
    }
  });
  const counts = urlIdCounts(tracker);
  const firstTable = /* @__PURE__ */ new Map();
  const repeatedKeys = /* @__PURE__ */ new Set();
  const addEntry = (s, id, title, table) => {
    const key = `${s}\0${id}\0${title.toLowerCase().replace(/\s+/g, "")}`;
    const first = firstTable.get(key);
    if (first === void 0) firstTable.set(key, table);
    else if (first !== table) repeatedKeys.add(key);
  };
  const atUrl = /* @__PURE__ */ new Map();
  const firstListed = [];
  const firstRow = [];
  let entries = 0;
  listed.forEach((entryTable, t) => {
    const { shape: s, table, ids } = entryTable;
    for (let r = 0; r < ids.length; r++) {
      const id = ids[r];
      if (id < 0) continue;
      entries++;
      if (counts[id] < 2) continue;
      const at = atUrl.get(id);
      if (at === void 0) {
        atUrl.set(id, firstListed.length);
        firstListed.push(t);
        firstRow.push(r);
        continue;
      }
      if (at >= 0) {
        const first = listed[firstListed[at]];
        addEntry(first.shape, id, entryTitle(first, firstRow[at]), first.table);
        atUrl.set(id, -1);
      }
      addEntry(s, id, entryTitle(entryTable, r), table);
    }
  });
  const repeated = repeatedKeys.size;
  return repeated >= 2 && repeated >= entries * REPEATED_ACROSS_TABLES ? { scope: "table", exempt: [] } : null;
}

// src/core/schema.ts
function resolveColumn(column) {
  const required = column.required ?? (column.type === "link" || column.type === "date" || column.type === "rating");
  const names2 = [column.name, ...column.aliases ?? []];
  const resolved = { name: column.name, type: column.type, required, names: names2, position: column.index ? column.index - 1 : null };
  if (column.type === "rating") {
    resolved.symbol = column.symbol ?? "\u2B50";
    resolved.min = column.min ?? 1;
    resolved.max = column.max ?? 5;
    if (column.style) resolved.style = column.style;
  }
  if (column.type === "date") {
    resolved.formats = column.format === void 0 ? ["YYYY-MM-DD"] : Array.isArray(column.format) ? column.format : [column.format];
  }
  return resolved;
}
function resolveTableSchema(table) {
  const sections = table.section === void 0 ? null : Array.isArray(table.section) ? table.section : [table.section];
  return { columns: table.columns.map(resolveColumn), sort: table.sort ?? [], sections };
}
function resolveSchema(config, tracker) {
  const explicit = config.tables !== void 0 || config.columns !== void 0;
  let tables;
  let duplicates = config.duplicates;
  let learned = [];
  if (explicit) {
    tables = (config.tables ?? []).map(resolveTableSchema);
    if (config.columns) tables.push(resolveTableSchema({ columns: config.columns, sort: config.sort }));
  } else {
    const inferred2 = inferSchema(tracker);
    tables = (inferred2?.tables ?? []).map(resolveTableSchema);
    if (!duplicates || duplicates.scope === "file" && duplicates.exempt.length === 0) duplicates = inferred2?.duplicates ?? duplicates;
    learned = inferred2?.placeholders ?? [];
  }
  const placeholders = new Set([...config.placeholders ?? DEFAULT_PLACEHOLDERS, ...learned].map((p) => p.trim().toLowerCase()));
  const bindings = /* @__PURE__ */ new Map();
  for (const section of tracker.sections) {
    for (const table of section.tables) {
      const bound = bestSchema(tables, section, table);
      if (bound) bindings.set(table, bound);
    }
  }
  return { origin: explicit ? "config" : "inferred", tables, placeholders, duplicates: duplicates ?? { scope: "file", exempt: [] }, bindings };
}
var leftAlone = /* @__PURE__ */ new WeakMap();
function boundTable(schema, table, section) {
  const known = schema.bindings.get(table);
  if (known) return known;
  let unbound = leftAlone.get(schema);
  if (unbound?.has(table)) return null;
  const bound = bestSchema(schema.tables, section ?? null, table);
  if (bound) schema.bindings.set(table, bound);
  else {
    if (!unbound) leftAlone.set(schema, unbound = /* @__PURE__ */ new WeakSet());
    unbound.add(table);
  }
  return bound;
}
function sectionMatches(filters, title) {
  if (filters === null) return true;
  const heading = (title ?? "").toLowerCase();
  return filters.some((f) => heading.includes(f.toLowerCase()));
}
function names(column) {
  return column.names.map(normalizeHeaderName);
}
function mapHeader(schema, headerCells) {
  const keys = headerCells.map((cell) => normalizeHeaderName(cell.text));
  const byCell = keys.map(() => null);
  const cellOf = schema.columns.map(() => -1);
  schema.columns.forEach((column, i) => {
    const at = column.position;
    if (at === null || at >= keys.length || byCell[at] !== null) return;
    if (names(column).includes(keys[at])) {
      byCell[at] = column;
      cellOf[i] = at;
    }
  });
  keys.forEach((key, at) => {
    if (byCell[at] !== null) return;
    const i = schema.columns.findIndex((column, c) => column.position === null && cellOf[c] === -1 && names(column).includes(key));
    if (i < 0) return;
    byCell[at] = schema.columns[i];
    cellOf[i] = at;
  });
  return { byCell, cellOf };
}
function bestSchema(tables, section, table) {
  let best = null;
  let bestScore = -Infinity;
  for (const schema of tables) {
    if (section && !sectionMatches(schema.sections, section.title)) continue;
    const mapped = mapHeader(schema, table.header.cells);
    const matched = mapped.cellOf.filter((i) => i >= 0).length;
    if (matched === 0 || matched * 2 < schema.columns.length) continue;
    const score = 2 * matched - (table.header.cells.length - matched) - (schema.columns.length - matched);
    if (score > bestScore) {
      best = { schema, ...mapped };
      bestScore = score;
    }
  }
  return best;
}
function columnIndexByName(schema, name) {
  const wanted = normalizeHeaderName(name);
  return schema.columns.findIndex((c) => names(c).includes(wanted));
}
var starts = /* @__PURE__ */ new WeakMap();
function placeholderStarts(schema) {
  let set = starts.get(schema);
  if (!set) {
    const chars = ["[", "*", "_", "`", "~", "<"];
    for (const p of schema.placeholders) if (p) chars.push(p[0], p[0].toUpperCase());
    set = new Set(chars.filter((c) => c.length === 1).map((c) => c.charCodeAt(0)));
    starts.set(schema, set);
  }
  return set;
}
function isBlank(schema, cell) {
  if (!cell) return true;
  if (cell instanceof SourceCell) {
    const judged = blankFromOffsets(schema, cell.row.offsets.source, cell.contentStart, cell.contentEnd);
    if (judged !== void 0) return judged;
  }
  const text = cell.text;
  if (text === "") return true;
  if (text.length > 24 || !placeholderStarts(schema).has(text.charCodeAt(0))) return false;
  return schema.placeholders.has(text.toLowerCase()) || /[[*_`~<]/.test(text) && schema.placeholders.has(stripInlineMarkup(text).toLowerCase());
}
function isBlankAt(schema, row, index) {
  if (row instanceof SourceRow) {
    const judged = blankFromOffsets(schema, row.offsets.source, row.contentStartOf(index), row.contentEndOf(index));
    if (judged !== void 0) return judged;
  }
  return isBlank(schema, row.cell(index));
}
function blankFromOffsets(schema, source, start, end) {
  const length = end - start;
  if (length === 0) return true;
  if (length > 24 || !placeholderStarts(schema).has(source.charCodeAt(start))) return false;
  return void 0;
}

// src/core/values/columns.ts
var UNBOUND = { byCell: [], cellOf: [] };
function tableColumns(table, schema) {
  return boundTable(schema, table) ?? UNBOUND;
}
function columnsOfType(table, schema, type) {
  const { byCell } = tableColumns(table, schema);
  const found = [];
  byCell.forEach((column, cellIndex) => {
    if (column?.type === type) found.push({ column, cellIndex });
  });
  return found;
}
function* tablesOf(tracker) {
  for (const section of tracker.sections) {
    for (const table of section.tables) yield { section, table };
  }
}
function* boundTablesOf(tracker, schema) {
  for (const { section, table } of tablesOf(tracker)) {
    const bound = boundTable(schema, table, section);
    if (bound) yield { section, table, bound };
  }
}
function entryColumns(types, rows) {
  const link = types.findIndex((t) => t === "link" || t === "links");
  if (link < 0 || types[link] !== "link") return null;
  const isRowNumber = (index) => rows.length > 0 && rows.every((row) => /^\s*\d*\s*$/.test(row.cell(index)?.text ?? ""));
  const title = types.findIndex((t, index) => index <= link && (t === "link" || t === "links" || t === "text") && !isRowNumber(index));
  return { link, title: title < 0 ? link : title };
}
function columnLabel(table, cellIndex, column) {
  return headerLabels(table)[cellIndex] || column?.name || `#${cellIndex + 1}`;
}
var headerLabelsByTable = /* @__PURE__ */ new WeakMap();
function headerLabels(table) {
  let labels = headerLabelsByTable.get(table);
  if (!labels) {
    labels = table.header.cells.map((cell) => stripInlineMarkup(cell.text));
    headerLabelsByTable.set(table, labels);
  }
  return labels;
}

// src/core/rules/cell-count.ts
var messages = {
  fewer: {
    en: "Unexpected {actual} cells, expected {expected} (GitHub shows the missing ones empty)",
    zh: "\u672C\u884C\u6709 {actual} \u4E2A\u5355\u5143\u683C\uFF0C\u5E94\u4E3A {expected} \u4E2A\uFF08\u7F3A\u5C11\u7684\u5355\u5143\u683C\u663E\u793A\u4E3A\u7A7A\uFF09"
  },
  emptyExtra: {
    en: "Unexpected empty cell after the last column, expected {expected} cells",
    zh: "\u672C\u884C\u672B\u5C3E\u591A\u51FA\u7A7A\u5355\u5143\u683C\uFF0C\u5E94\u4E3A {expected} \u4E2A\u5355\u5143\u683C"
  },
  more: {
    en: 'Unexpected {actual} cells, expected {expected}: GitHub drops "{dropped}"',
    zh: "\u672C\u884C\u6709 {actual} \u4E2A\u5355\u5143\u683C\uFF0C\u5E94\u4E3A {expected} \u4E2A\uFF0CGitHub \u4E0D\u4F1A\u663E\u793A\u591A\u51FA\u7684\u201C{dropped}\u201D\uFF0C\u9700\u4EBA\u5DE5\u5904\u7406"
  }
};
function contentEnd(tracker, row) {
  const lineStart = tracker.lineStarts[row.line - 1] ?? row.span.start.offset;
  let end = row.endWithEol;
  const { source } = tracker;
  while (end > lineStart && /[\r\n \t]/.test(source[end - 1])) end--;
  return end;
}
function endsWithPipe(source, end) {
  if (source[end - 1] !== "|") return false;
  let backslashes = 0;
  while (source[end - 2 - backslashes] === "\\") backslashes++;
  return backslashes % 2 === 0;
}
var rule = {
  id: "cell-count",
  description: { en: "Rows have as many cells as their header, as GitHub shows them", zh: "\u6BCF\u884C\u5355\u5143\u683C\u6570\u987B\u4E0E\u8868\u5934\u4E00\u81F4\uFF08\u6309 GitHub \u7684\u663E\u793A\u5224\u65AD\uFF09" },
  defaultSeverity: "error",
  fixable: true,
  scope: "row",
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table, bound } of boundTablesOf(tracker, ctx.schema)) {
      const expected = table.header.cells.length;
      const rows = table.rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        const actual = row.cellCount;
        if (actual === expected) continue;
        const params = { actual, expected };
        if (actual < expected) {
          if (bound.byCell.slice(actual).some((column) => column?.required)) continue;
          const end = contentEnd(tracker, row);
          const closing = endsWithPipe(tracker.source, end) ? "" : " |";
          const text = closing + " |".repeat(expected - actual);
          ctx.report({
            span: row.span,
            section,
            severity: "warning",
            message: ctx.t(messages.fewer, params),
            fix: { edits: [{ start: end, end, text }] }
          });
          continue;
        }
        const extra = row.cells.slice(expected);
        const firstExtra = extra[0];
        const span = { start: firstExtra.span.start, end: row.span.end };
        const withContent = extra.filter((cell) => cell.text !== "");
        if (withContent.length > 0) {
          ctx.report({ span, section, message: ctx.t(messages.more, { ...params, dropped: withContent.map((c) => c.text).join(" | ") }) });
          continue;
        }
        const last = row.cells[expected - 1];
        const lastExtra = extra[extra.length - 1];
        const fix = last instanceof SourceCell && lastExtra instanceof SourceCell ? { edits: [{ start: last.rawEnd, end: lastExtra.rawEnd, text: "" }] } : void 0;
        ctx.report({ span, section, severity: "warning", message: ctx.t(messages.emptyExtra, params), ...fix ? { fix } : {} });
      }
    }
  }
};
var cell_count_default = rule;

// src/core/rules/date-format.ts
var messages2 = {
  unpadded: { en: 'Unexpected date "{actual}", expected "{expected}"', zh: "\u65E5\u671F\u201C{actual}\u201D\u672A\u8865\u96F6\uFF0C\u5E94\u4E3A\u201C{expected}\u201D" },
  invalid: { en: 'Unexpected date "{actual}", expected a real calendar date', zh: "\u65E5\u671F\u201C{actual}\u201D\u4E0D\u5B58\u5728" },
  format: { en: 'Unexpected date format "{actual}" in "{column}", expected {formats}', zh: "\u201C{column}\u201D\u7684\u65E5\u671F\u683C\u5F0F\u201C{actual}\u201D\u4E0D\u7B26\uFF0C\u5E94\u4E3A {formats}" }
};
var rule2 = {
  id: "date-format",
  description: { en: "Dates are real dates in the column's format (default YYYY-MM-DD)", zh: "\u65E5\u671F\u987B\u4E3A\u8BE5\u5217\u683C\u5F0F\uFF08\u9ED8\u8BA4 YYYY-MM-DD\uFF09\u7684\u771F\u5B9E\u65E5\u671F" },
  defaultSeverity: "error",
  fixable: true,
  scope: "row",
  check(ctx) {
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, "date")) {
        const formats = column.formats ?? ["YYYY-MM-DD"];
        const dates = datesOf(ctx.tracker, table, cellIndex, formats);
        for (let r = 0; r < table.rows.length; r++) {
          const parsed = dates[r];
          if (!parsed || parsed.kind === "ok" || parsed.kind === "empty") continue;
          const cell = table.rows[r].cell(cellIndex);
          if (!cell || isBlank(ctx.schema, cell)) continue;
          const span = cell.span;
          if (parsed.kind === "unpadded") {
            ctx.report({
              span,
              section,
              severity: "warning",
              message: ctx.t(messages2.unpadded, { actual: cell.text, expected: parsed.padded }),
              expected: parsed.padded,
              fix: { edits: [{ start: span.start.offset, end: span.end.offset, text: parsed.padded }] }
            });
          } else if (parsed.kind === "invalid") {
            ctx.report({ span, section, message: ctx.t(messages2.invalid, { actual: cell.text }) });
          } else if (parsed.kind === "bad-format") {
            ctx.report({ span, section, message: ctx.t(messages2.format, { actual: cell.text, column: columnLabel(table, cellIndex, column), formats: formats.join(" / ") }) });
          }
        }
      }
    }
  }
};
var date_format_default = rule2;

// src/core/values/row-facts.ts
var SOURCE_COLUMN_NAMES = ["\u6765\u6E90", "\u51FA\u5904", "\u4F5C\u8005", "\u53D1\u5E03\u8005", "\u53D1\u5E03\u65B9", "source", "author", "authors", "publisher", "by"];
function* rowsWithFacts(ctx) {
  for (const { section, table } of tablesOf(ctx.tracker)) {
    const first = columnsOfType(table, ctx.schema, "link")[0];
    if (!first) continue;
    const links = linksOf(ctx.tracker, table, first.cellIndex);
    const urls = urlsOf(ctx.tracker, table, first.cellIndex);
    for (const [rowIndex, row] of table.rows.entries()) {
      const parsed = links.at(rowIndex);
      const analysis = urls.at(rowIndex);
      if (!parsed?.ok || !analysis) continue;
      const facts = ctx.pageFacts(analysis.canonical);
      if (facts) yield { section, table, row, rowIndex, link: parsed.value, facts };
    }
  }
}
function sourceCellIndex(table, ctx) {
  const { byCell } = tableColumns(table, ctx.schema);
  const wanted = new Set(SOURCE_COLUMN_NAMES);
  return byCell.findIndex((column, index) => {
    if (column && column.type !== "text") return false;
    const names2 = column ? column.names : [table.header.cells[index]?.text ?? ""];
    return names2.some((n) => wanted.has(normalizeHeaderName(n)));
  });
}

// src/core/rules/date-mismatch.ts
var DAY_MS = 864e5;
var messages3 = {
  mismatch: { en: "Unexpected date {actual}, expected {page} (the publish date the page states)", zh: "\u65E5\u671F {actual} \u4E0E\u9875\u9762\u6240\u8F7D\u53D1\u5E03\u65E5\u671F {page} \u4E0D\u7B26" }
};
function dayNumber(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
}
var rule3 = {
  id: "date-mismatch",
  description: { en: "Dates agree with the publish date the linked page states", zh: "\u65E5\u671F\u4E0E\u94FE\u63A5\u9875\u9762\u7684\u53D1\u5E03\u65E5\u671F\u4E00\u81F4" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "row",
  usesPageFacts: true,
  parseOptions(raw) {
    const { tolerance = "1d", ...rest } = raw;
    const unknown = Object.keys(rest)[0];
    if (unknown !== void 0) throw new Error(`unknown option "${unknown}" (known: tolerance)`);
    if (typeof tolerance !== "string" && typeof tolerance !== "number") throw new Error("tolerance: expected a duration such as 1d or 2d");
    const ms = parseDuration(tolerance);
    if (ms < DAY_MS) throw new Error(`tolerance: expected at least 1d (dates are days), got "${tolerance}"`);
    return { toleranceDays: Math.ceil(ms / DAY_MS) };
  },
  check(ctx) {
    const toleranceDays = ctx.options.toleranceDays;
    for (const { section, table, row, rowIndex, facts } of rowsWithFacts(ctx)) {
      const page = facts.published;
      const pageDay = page === void 0 ? null : dayNumber(page);
      if (pageDay === null) continue;
      for (const { cellIndex } of columnsOfType(table, ctx.schema, "date")) {
        const cell = row.cell(cellIndex);
        const parsed = datesOf(ctx.tracker, table, cellIndex)[rowIndex];
        if (!cell || !parsed || parsed.kind !== "ok" && parsed.kind !== "unpadded") continue;
        const actual = formatDate(parsed.value);
        if (Math.abs(dayNumber(actual) - pageDay) < toleranceDays) continue;
        const text = cell.text.includes("\\-") ? page.replace(/-/g, "\\-") : page;
        ctx.report({
          span: cell.span,
          section,
          message: ctx.t(messages3.mismatch, { actual, page }),
          fix: { edits: [{ start: cell.span.start.offset, end: cell.span.end.offset, text }] },
          expected: text
        });
      }
    }
  }
};
var date_mismatch_default = rule3;

// src/core/rules/date-range.ts
var EARLIEST_DATE = { y: 1990, m: 1, d: 1 };
var messages4 = {
  future: { en: "Unexpected future date {actual}, expected {today} or earlier", zh: "\u65E5\u671F {actual} \u665A\u4E8E\u4ECA\u5929\uFF08{today}\uFF09" },
  past: { en: "Unexpected date {actual}, expected {earliest} or later", zh: "\u65E5\u671F {actual} \u65E9\u4E8E {earliest}\uFF0C\u8BF7\u6838\u5BF9" }
};
var rule4 = {
  id: "date-range",
  description: { en: "Dates are not in the future nor before 1990", zh: "\u65E5\u671F\u4E0D\u5F97\u665A\u4E8E\u4ECA\u5929\u6216\u65E9\u4E8E 1990 \u5E74" },
  defaultSeverity: "warning",
  fixable: false,
  scope: "row",
  check(ctx) {
    const today = { y: ctx.now.getUTCFullYear(), m: ctx.now.getUTCMonth() + 1, d: ctx.now.getUTCDate() };
    const todayKey = today.y * 1e4 + today.m * 100 + today.d;
    const earliestKey = EARLIEST_DATE.y * 1e4 + EARLIEST_DATE.m * 100 + EARLIEST_DATE.d;
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, "date")) {
        const dates = datesOf(ctx.tracker, table, cellIndex, column.formats);
        for (let r = 0; r < table.rows.length; r++) {
          const parsed = dates[r];
          if (!parsed || parsed.kind !== "ok" && parsed.kind !== "unpadded") continue;
          const period = datePeriod(parsed.value);
          const first = period[0];
          const last = period[1];
          if (first <= todayKey && last >= earliestKey) continue;
          const cell = table.rows[r].cell(cellIndex);
          const actual = formatDate(parsed.value);
          if (first > todayKey) {
            ctx.report({ span: cell.span, section, message: ctx.t(messages4.future, { actual, today: formatDate(today) }) });
          } else {
            ctx.report({
              span: cell.span,
              section,
              message: ctx.t(messages4.past, { actual, earliest: formatDate(EARLIEST_DATE) })
            });
          }
        }
      }
    }
  }
};
var date_range_default = rule4;

// src/core/rules/duplicate-link.ts
var messages5 = {
  duplicate: {
    en: "Unexpected duplicate link, expected a link not already listed at line {line}",
    zh: "\u91CD\u590D\u94FE\u63A5\uFF1A\u4E0E\u7B2C {line} \u884C\u6307\u5411\u540C\u4E00\u8D44\u6E90"
  }
};
function titleKey(title) {
  return title.toLowerCase().replace(/[\s\p{P}]+/gu, "");
}
var rule5 = {
  id: "duplicate-link",
  description: { en: "Each resource is listed once (per file, section or table)", zh: "\u540C\u4E00\u8D44\u6E90\u53EA\u6536\u5F55\u4E00\u6B21\uFF08\u6309\u6587\u4EF6\u3001\u7AE0\u8282\u6216\u8868\u683C\uFF09" },
  defaultSeverity: "error",
  fixable: false,
  scope: "row",
  check(ctx) {
    const { tracker } = ctx;
    const { scope, exempt } = ctx.schema.duplicates;
    const candidates = [];
    let tableNumber = 0;
    for (const { section, table } of tablesOf(tracker)) {
      tableNumber++;
      if (exempt.length > 0 && sectionMatches(exempt, section.title)) continue;
      const bound = boundTable(ctx.schema, table, section);
      if (!bound) continue;
      const list = ctx.schema.tables.indexOf(bound.schema);
      const prefix = `${list}\0` + (scope === "file" ? "" : scope === "section" ? `s${section.line}\0` : `t${tableNumber}\0`);
      const entry = entryColumns(bound.byCell.map((c) => c?.type ?? null), table.rows);
      if (!entry) continue;
      const links = linksOf(tracker, table, entry.link);
      candidates.push({ section, prefix, entryTable: { table, entry, links }, ids: urlIdsOf(tracker, table, entry.link) });
    }
    const counts = urlIdCounts(tracker);
    const entryTables = [];
    const entryRows = [];
    const seenByScope = /* @__PURE__ */ new Map();
    for (const { section, prefix, entryTable, ids } of candidates) {
      let seen = seenByScope.get(prefix);
      if (!seen) {
        seen = /* @__PURE__ */ new Map();
        seenByScope.set(prefix, seen);
      }
      const add = (rowIndex) => {
        entryTables.push(entryTable);
        return entryRows.push(rowIndex) - 1;
      };
      for (let r = 0; r < ids.length; r++) {
        const id = ids[r];
        if (id < 0 || counts[id] < 2) continue;
        const parsed = entryTable.links.at(r);
        if (!parsed?.ok) continue;
        const earlier = seen.get(id);
        if (earlier === void 0) {
          seen.set(id, add(r));
          continue;
        }
        const name = titleKey(entryTitle(entryTable, r));
        const same = (typeof earlier === "number" ? [earlier] : earlier).find((e) => {
          const other = titleKey(entryTitle(entryTables[e], entryRows[e]));
          return other === "" || name === "" || other.includes(name) || name.includes(other);
        });
        if (same === void 0) {
          if (typeof earlier === "number") seen.set(id, [earlier, add(r)]);
          else earlier.push(add(r));
          continue;
        }
        const seenAt = entryTables[same].table.rows[entryRows[same]].line;
        ctx.report({
          span: { start: lineColumnAt(tracker, parsed.value.urlStart), end: lineColumnAt(tracker, parsed.value.urlEnd) },
          section,
          message: ctx.t(messages5.duplicate, { line: seenAt })
        });
      }
    }
  }
};
var duplicate_link_default = rule5;

// src/core/rules/link-cell.ts
var messages6 = {
  "no-link": { en: "Unexpected plain text, expected one [title](https://\u2026) link", zh: "\u6B64\u5904\u5E94\u4E3A\u4E00\u4E2A [\u6807\u9898](https://\u2026) \u94FE\u63A5\uFF0C\u800C\u4E0D\u662F\u7EAF\u6587\u672C" },
  "multiple-links": { en: "Unexpected several links, expected exactly one", zh: "\u4E00\u4E2A\u5355\u5143\u683C\u53EA\u80FD\u6709\u4E00\u4E2A\u94FE\u63A5" },
  "empty-text": { en: "Unexpected empty link text, expected a title", zh: "\u94FE\u63A5\u6587\u5B57\u4E3A\u7A7A\uFF0C\u5E94\u586B\u5199\u6807\u9898" },
  "extra-text": { en: "Unexpected text around the link, expected the link alone", zh: "\u94FE\u63A5\u524D\u540E\u6709\u591A\u4F59\u6587\u5B57\uFF0C\u5355\u5143\u683C\u4E2D\u53EA\u5E94\u6709\u94FE\u63A5" },
  "bad-scheme": { en: 'Unexpected URL "{url}", expected an http(s) URL', zh: "\u94FE\u63A5\u5730\u5740\u201C{url}\u201D\u4E0D\u662F http(s) \u5730\u5740" },
  "too-complex": {
    en: "Unexpected cell too complex to read (over 1,000 characters, or over 40 Markdown punctuation characters), expected one plain [title](https://\u2026) link",
    zh: "\u5355\u5143\u683C\u8FC7\u4E8E\u590D\u6742\uFF08\u8D85\u8FC7 1000 \u4E2A\u5B57\u7B26\uFF0C\u6216\u8D85\u8FC7 40 \u4E2A Markdown \u6807\u70B9\u7B26\u53F7\uFF09\uFF0C\u65E0\u6CD5\u8BFB\u53D6\uFF0C\u5E94\u4E3A\u4E00\u4E2A\u7B80\u5355\u7684 [\u6807\u9898](https://\u2026) \u94FE\u63A5"
  }
};
var formMessages = {
  "full-reference": { en: "Unexpected reference-style link, expected the inline form {inline}", zh: "\u5F15\u7528\u5F0F\u94FE\u63A5\u5E94\u5199\u6210\u884C\u5185\u94FE\u63A5 {inline}" },
  "collapsed-reference": { en: "Unexpected reference-style link, expected the inline form {inline}", zh: "\u5F15\u7528\u5F0F\u94FE\u63A5\u5E94\u5199\u6210\u884C\u5185\u94FE\u63A5 {inline}" },
  "shortcut-reference": { en: "Unexpected reference-style link, expected the inline form {inline}", zh: "\u5F15\u7528\u5F0F\u94FE\u63A5\u5E94\u5199\u6210\u884C\u5185\u94FE\u63A5 {inline}" },
  autolink: { en: "Unexpected <URL> link without a title, expected {inline} (then give it a title)", zh: "<\u94FE\u63A5> \u5F62\u5F0F\u6CA1\u6709\u6807\u9898\uFF0C\u5E94\u5199\u6210 {inline}\uFF08\u518D\u8865\u4E0A\u6807\u9898\uFF09" },
  html: { en: "Unexpected HTML link, expected the Markdown form {inline}", zh: "HTML \u94FE\u63A5\u5E94\u5199\u6210 Markdown \u94FE\u63A5 {inline}" }
};
var rule6 = {
  id: "link-cell",
  description: { en: "Link cells hold exactly one titled http(s) link", zh: "\u94FE\u63A5\u5217\u987B\u4E3A\u4E00\u4E2A\u5E26\u6807\u9898\u7684 http(s) \u94FE\u63A5" },
  defaultSeverity: "error",
  fixable: true,
  scope: "row",
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table } of tablesOf(tracker)) {
      const linkColumns = columnsOfType(table, ctx.schema, "link");
      if (linkColumns.length === 0) continue;
      for (const { cellIndex } of linkColumns) {
        const links = linksOf(tracker, table, cellIndex);
        const urls = urlsOf(tracker, table, cellIndex);
        table.rows.forEach((row, r) => {
          if (links.isInline(r) && urls.isHttp(r)) return;
          const parsed = links.at(r);
          const cell = row.cell(cellIndex);
          if (!cell || !parsed || isBlank(ctx.schema, cell)) return;
          if (!parsed.ok) {
            if (parsed.reason === "empty" || isDecoratedLink(cell, tracker.source)) return;
            ctx.report({ span: cell.span, section, message: ctx.t(messages6[parsed.reason], { url: parsed.url ?? "" }) });
          } else if (parsed.form !== "inline" && parsed.inline !== void 0) {
            ctx.report({
              span: cell.span,
              section,
              message: ctx.t(formMessages[parsed.form], { inline: parsed.inline }),
              severity: "warning",
              fix: { edits: [{ start: cell.span.start.offset, end: cell.span.end.offset, text: parsed.inline }] },
              expected: parsed.inline
            });
          }
          if (parsed.ok && !urls.isHttp(r)) {
            const { url, urlStart, urlEnd } = parsed.value;
            ctx.report({
              span: { start: lineColumnAt(tracker, urlStart), end: lineColumnAt(tracker, urlEnd) },
              section,
              message: ctx.t(messages6["bad-scheme"], { url })
            });
          }
        });
      }
    }
  }
};
var link_cell_default = rule6;

// src/core/extract-links.ts
function* linkCells(tracker, schema) {
  for (const { section, table, bound } of boundTablesOf(tracker, schema)) {
    const linkColumns = bound.byCell.flatMap(
      (column, index) => column?.type === "links" ? [{ index, lists: linkListsOf(tracker, table, index), links: null, urls: null }] : column?.type === "link" ? [{ index, lists: null, links: linksOf(tracker, table, index), urls: urlsOf(tracker, table, index) }] : []
    );
    if (linkColumns.length === 0) continue;
    for (const [r, row] of table.rows.entries()) {
      for (const { index, lists, links, urls } of linkColumns) {
        const cell = row.cell(index);
        if (!cell) continue;
        if (lists) {
          for (const link of lists[r] ?? []) if (/^https?:\/\//i.test(link.url)) yield { section, row, cell, link };
          continue;
        }
        const parsed = links.at(r);
        if (parsed.ok) {
          rememberCanonical(parsed.value.url, urls.at(r) ?? null);
          yield { section, row, cell, link: parsed.value };
        } else if (isDecoratedLink(cell, tracker.source)) yield { section, row, cell, link: linksInCell(cell, tracker.source)[0] };
      }
    }
  }
}
function extractLinks(tracker, schema, file) {
  const links = [];
  for (const { section, row, cell, link } of linkCells(tracker, schema)) {
    links.push({ file, url: link.url, line: row.line, column: cell.span.start.column, section: section.title, title: link.text });
  }
  return links;
}

// src/core/rules/link-redirected.ts
var messages7 = {
  moved: { en: "Unexpected moved link, expected its new address {finalUrl}", zh: "\u94FE\u63A5\u5DF2\u6C38\u4E45\u8FC1\u79FB\uFF0C\u5E94\u6539\u4E3A\u65B0\u5730\u5740 {finalUrl}" }
};
function asLinkDestination(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  } catch {
    return null;
  }
  return url.replace(/[\s()<>]/g, (c) => c === "(" ? "%28" : c === ")" ? "%29" : encodeURIComponent(c));
}
function movedLinkEdit(link, verdict) {
  if (verdict?.verdict !== "redirected" || !verdict.finalUrl) return null;
  const target = asLinkDestination(verdict.finalUrl);
  if (!target || canonicalizeUrl(target) === canonicalizeUrl(link.url)) return null;
  return { start: link.urlStart, end: link.urlEnd, text: target };
}
var rule7 = {
  id: "link-redirected",
  description: { en: "Links point where they live now, not at an address that moved permanently", zh: "\u94FE\u63A5\u6307\u5411\u5F53\u524D\u5730\u5740\uFF0C\u800C\u4E0D\u662F\u5DF2\u6C38\u4E45\u8FC1\u79FB\u7684\u65E7\u5730\u5740" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "row",
  botSafeFix: true,
  usesLinkVerdicts: true,
  ownsVerdict: "redirected",
  check(ctx) {
    for (const { section, cell, link } of linkCells(ctx.tracker, ctx.schema)) {
      const verdict = ctx.linkVerdict(canonicalizeUrl(link.url));
      const edit = movedLinkEdit(link, verdict);
      if (!edit) continue;
      ctx.report({ span: cell.span, section, message: ctx.t(messages7.moved, { finalUrl: edit.text }), fix: { edits: [edit] }, expected: edit.text });
    }
  }
};
var link_redirected_default = rule7;

// src/core/values/rating.ts
var VARIATION_SELECTORS2 = /[\uFE0E\uFE0F]/g;
var SPACE3 = /^\s+$/u;
function bare(grapheme) {
  return grapheme.replace(VARIATION_SELECTORS2, "");
}
function repeatCount(text, symbol) {
  const n = text.length / symbol.length;
  if (!Number.isInteger(n)) return 0;
  for (let i = 0; i < text.length; i += symbol.length) {
    if (!text.startsWith(symbol, i)) return 0;
  }
  return n;
}
function parseRatingText(text, spec) {
  if (text === "") return { kind: "empty" };
  const plainCount = repeatCount(text, spec.symbol);
  if (plainCount > 0) return withinRange(plainCount, text, spec) ?? { kind: "ok", count: plainCount };
  if (new RegExp("\\p{Nd}", "u").test(text)) return { kind: "digits", text };
  const count = repeatCount(text.replace(VARIATION_SELECTORS2, "").replace(/\s+/gu, ""), bare(spec.symbol));
  if (count > 0) return withinRange(count, text, spec) ?? { kind: "normalize", count, normalized: spec.symbol.repeat(count) };
  const symbols = [];
  for (const segment of graphemesOf(text)) {
    if (!SPACE3.test(segment)) symbols.push(bare(segment));
  }
  const first = symbols[0];
  if (first === void 0) return { kind: "empty" };
  if (symbols.some((s) => s !== first)) return { kind: "mixed", text };
  return { kind: "wrong-symbol", text, found: first };
}
function withinRange(count, text, spec) {
  return count < spec.min || count > spec.max ? { kind: "count", text, count } : null;
}
function ratingStyleOf(text, symbol, count) {
  const plain = bare(symbol);
  if (repeatCount(text, plain) === count) return "plain";
  if (repeatCount(text, plain + "\uFE0F") === count) return "emoji";
  return "other";
}
function spellRating(symbol, count, style) {
  const plain = bare(symbol);
  return (style === "emoji" ? plain + "\uFE0F" : plain).repeat(count);
}
function ratingSpecOf(column) {
  return { symbol: column.symbol ?? "\u2B50", min: column.min ?? 1, max: column.max ?? 5 };
}
function ratingsOf(tracker, table, column, cellIndex) {
  const spec = ratingSpecOf(column);
  return columnTextValues(tracker, column, table, cellIndex, byDistinctText((text) => parseRatingText(text, spec), 256));
}
function ratingSortKey(parsed) {
  return parsed.kind === "ok" || parsed.kind === "normalize" ? parsed.count : null;
}

// src/core/rules/rating-normalize.ts
var messages8 = {
  normalize: {
    en: 'Unexpected rating spelling "{actual}", expected "{expected}" like the rest of the file',
    zh: "\u8BC4\u5206\u5199\u6CD5\u201C{actual}\u201D\u4E0E\u5168\u6587\u4E0D\u4E00\u81F4\uFF0C\u5E94\u5199\u4F5C\u201C{expected}\u201D"
  }
};
function ratingColumns(ctx) {
  const found = [];
  for (const { section, table } of tablesOf(ctx.tracker)) {
    for (const { column, cellIndex } of columnsOfType(table, ctx.schema, "rating")) {
      const symbol = column.symbol ?? "\u2B50";
      const ratings = ratingsOf(ctx.tracker, table, column, cellIndex);
      found.push({ section, table, column, cellIndex, symbol, ratings, symbolStyle: ratingStyleOf(symbol, symbol, 1) });
    }
  }
  return found;
}
function isRightCount(parsed) {
  return parsed?.kind === "ok" || parsed?.kind === "normalize";
}
function spellingAt(ratingColumn, r, parsed) {
  if (parsed.kind === "ok") return ratingColumn.symbolStyle;
  return ratingStyleOf(ratingColumn.table.rows[r].cell(ratingColumn.cellIndex).text, ratingColumn.symbol, parsed.count);
}
var rule8 = {
  id: "rating-normalize",
  description: { en: "Ratings are spelled one way (with or without variation selectors, no spaces)", zh: "\u8BC4\u5206\u5199\u6CD5\u5168\u6587\u7EDF\u4E00\uFF08\u53D8\u4F53\u9009\u62E9\u7B26\u4E00\u81F4\u3001\u65E0\u7A7A\u683C\uFF09" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "row",
  check(ctx) {
    const columns = ratingColumns(ctx);
    const votes = { plain: 0, emoji: 0 };
    for (const ratingColumn of columns) {
      if (ratingColumn.column.style) continue;
      for (let r = 0; r < ratingColumn.ratings.length; r++) {
        const parsed = ratingColumn.ratings[r];
        if (!isRightCount(parsed)) continue;
        const style = spellingAt(ratingColumn, r, parsed);
        if (style !== "other") votes[style]++;
      }
    }
    const majority = votes.plain + votes.emoji === 0 ? null : votes.emoji > 2 * votes.plain ? "emoji" : "plain";
    for (const ratingColumn of columns) {
      const { section, table, column, cellIndex, symbol, ratings } = ratingColumn;
      const target = column.style ?? majority;
      if (target === null) continue;
      for (let r = 0; r < ratings.length; r++) {
        const parsed = ratings[r];
        if (!isRightCount(parsed) || spellingAt(ratingColumn, r, parsed) === target) continue;
        const cell = table.rows[r].cell(cellIndex);
        const span = cell.span;
        const expected = spellRating(symbol, parsed.count, target);
        ctx.report({
          span,
          section,
          message: ctx.t(messages8.normalize, { actual: cell.text, expected }),
          expected,
          fix: { edits: [{ start: span.start.offset, end: span.end.offset, text: expected }] }
        });
      }
    }
  }
};
var rating_normalize_default = rule8;

// src/core/rules/rating-symbol.ts
var messages9 = {
  digits: { en: 'Unexpected digits in "{actual}", expected {symbol} repeated {min}\u2013{max} times', zh: "\u8BC4\u5206\u201C{actual}\u201D\u4E0D\u5E94\u4F7F\u7528\u6570\u5B57\uFF0C\u5E94\u4E3A {min}\u2013{max} \u4E2A {symbol}" },
  "wrong-symbol": { en: 'Unexpected symbol "{found}", expected {symbol}', zh: "\u8BC4\u5206\u7B26\u53F7\u201C{found}\u201D\u4E0D\u7B26\uFF0C\u5E94\u4E3A {symbol}" },
  mixed: { en: 'Unexpected mixed content "{actual}", expected only {symbol}', zh: "\u8BC4\u5206\u201C{actual}\u201D\u6DF7\u6709\u5176\u4ED6\u5B57\u7B26\uFF0C\u53EA\u5E94\u4F7F\u7528 {symbol}" },
  count: { en: "Unexpected {count} \xD7 {symbol}, expected {min}\u2013{max}", zh: "\u8BC4\u5206\u4E3A {count} \u4E2A {symbol}\uFF0C\u5E94\u4E3A {min}\u2013{max} \u4E2A" }
};
var rule9 = {
  id: "rating-symbol",
  description: { en: "Ratings use the column symbol, min..max times", zh: "\u8BC4\u5206\u987B\u7528\u89C4\u5B9A\u7B26\u53F7\uFF0C\u6570\u91CF\u5728\u8303\u56F4\u5185" },
  defaultSeverity: "error",
  fixable: false,
  scope: "row",
  check(ctx) {
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, "rating")) {
        const base = { symbol: column.symbol ?? "\u2B50", min: column.min ?? 1, max: column.max ?? 5 };
        const ratings = ratingsOf(ctx.tracker, table, column, cellIndex);
        for (let r = 0; r < table.rows.length; r++) {
          const parsed = ratings[r];
          if (!parsed || parsed.kind === "empty" || parsed.kind === "ok" || parsed.kind === "normalize") continue;
          const cell = table.rows[r].cell(cellIndex);
          if (!cell || isBlank(ctx.schema, cell)) continue;
          const params = {
            ...base,
            actual: parsed.text,
            found: parsed.kind === "wrong-symbol" ? parsed.found : "",
            count: parsed.kind === "count" ? parsed.count : 0
          };
          ctx.report({ span: cell.span, section, message: ctx.t(messages9[parsed.kind], params) });
        }
      }
    }
  }
};
var rating_symbol_default = rule9;

// src/core/rules/repo-archived.ts
var messages10 = {
  archived: {
    en: "Unexpected archived repository (read-only, no longer maintained); the entry may be stale: {title}",
    zh: "\u94FE\u63A5\u7684\u4ED3\u5E93\u5DF2\u5F52\u6863\uFF08\u53EA\u8BFB\uFF0C\u4E0D\u518D\u7EF4\u62A4\uFF09\uFF0C\u6761\u76EE\u5185\u5BB9\u53EF\u80FD\u5DF2\u8FC7\u65F6\uFF1A{title}"
  }
};
var rule10 = {
  id: "repo-archived",
  // Worded as the finding: annotations are titled with it ("tracker-bot: 链接的仓库已归档").
  description: { en: "Linked repository is archived", zh: "\u94FE\u63A5\u7684\u4ED3\u5E93\u5DF2\u5F52\u6863" },
  defaultSeverity: "warning",
  fixable: false,
  scope: "row",
  usesLinkVerdicts: true,
  check(ctx) {
    for (const { section, cell, link } of linkCells(ctx.tracker, ctx.schema)) {
      if (ctx.linkVerdict(canonicalizeUrl(link.url))?.reason.kind !== "github-repo-archived") continue;
      const at = cell.span.start;
      ctx.report({ span: { start: at, end: at }, section, message: ctx.t(messages10.archived, { title: link.text || link.url }) });
    }
  }
};
var repo_archived_default = rule10;

// src/core/rules/required-cell.ts
var messages11 = {
  empty: { en: 'Unexpected empty cell, expected a value for "{column}"', zh: "\u201C{column}\u201D\u4E0D\u80FD\u4E3A\u7A7A" },
  missing: { en: "Missing cells for {columns}, expected a value in each", zh: "\u672C\u884C\u7F3A\u5C11{columns}\u7684\u5355\u5143\u683C" }
};
var rule11 = {
  id: "required-cell",
  description: { en: "Required columns have a value in every row", zh: "\u5FC5\u586B\u5217\u7684\u6BCF\u4E00\u884C\u90FD\u987B\u6709\u503C" },
  defaultSeverity: "error",
  fixable: false,
  scope: "row",
  check(ctx) {
    for (const { section, table, bound } of boundTablesOf(ctx.tracker, ctx.schema)) {
      const required = bound.byCell.map((column, cellIndex) => ({ column, cellIndex })).filter((entry) => entry.column?.required);
      if (required.length === 0) continue;
      const label = ({ column, cellIndex }) => columnLabel(table, cellIndex, column);
      const lastRequired = required[required.length - 1].cellIndex;
      const rows = table.rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        for (let e = 0; e < required.length; e++) {
          const entry = required[e];
          if (entry.cellIndex >= row.cellCount || !isBlankAt(ctx.schema, row, entry.cellIndex)) continue;
          ctx.report({ span: row.cell(entry.cellIndex).span, section, message: ctx.t(messages11.empty, { column: label(entry) }) });
        }
        if (row.cellCount > lastRequired) continue;
        const absent = required.filter((entry) => entry.cellIndex >= row.cellCount).map(label);
        const columns = absent.map((name) => ctx.lang === "zh" ? `\u201C${name}\u201D` : `"${name}"`).join(ctx.lang === "zh" ? "\u3001" : ", ");
        ctx.report({ span: row.span, section, message: ctx.t(messages11.missing, { columns }) });
      }
    }
  }
};
var required_cell_default = rule11;

// src/core/rules/sort-order.ts
var messages12 = {
  order: {
    en: "Unexpected row order, expected this row before line {line} (sorted by {keys})",
    zh: "\u884C\u987A\u5E8F\u4E0D\u7B26\uFF1A\u672C\u884C\u5E94\u6392\u5728\u7B2C {line} \u884C\u4E4B\u524D\uFF08\u6392\u5E8F\u89C4\u5219\uFF1A{keys}\uFF09"
  },
  belongsAfter: {
    en: "Line {line} belongs after line {target} (sorted by {keys})",
    zh: "\u7B2C {line} \u884C\u5E94\u79FB\u5230\u7B2C {target} \u884C\u4E4B\u540E\uFF08\u6392\u5E8F\u89C4\u5219\uFF1A{keys}\uFF09"
  },
  belongsBefore: {
    en: "Line {line} belongs before line {target} (sorted by {keys})",
    zh: "\u7B2C {line} \u884C\u5E94\u79FB\u5230\u7B2C {target} \u884C\u4E4B\u524D\uFF08\u6392\u5E8F\u89C4\u5219\uFF1A{keys}\uFF09"
  },
  asc: { en: "{column} asc", zh: "{column}\u5347\u5E8F" },
  desc: { en: "{column} desc", zh: "{column}\u964D\u5E8F" }
};
function sortColumns(bound) {
  const { cellOf, schema } = bound;
  const found = [];
  for (const key of schema.sort) {
    const columnIndex = columnIndexByName(schema, key.column);
    const column = schema.columns[columnIndex];
    const cellIndex = cellOf[columnIndex] ?? -1;
    if (column && cellIndex >= 0) found.push({ column, cellIndex, direction: key.order === "desc" ? -1 : 1 });
  }
  return found;
}
function sortValues(tracker, schema, table, key) {
  const { column, cellIndex } = key;
  const plainText2 = (cell) => cell && !isBlank(schema, cell) ? cellPlainText(cell) : null;
  switch (column.type) {
    case "rating":
      return ratingsOf(tracker, table, column, cellIndex).map((v) => v ? ratingSortKey(v) : null);
    case "date":
      return datesOf(tracker, table, cellIndex, column.formats).map((v) => v ? dateSortKey(v) : null);
    case "link": {
      const links = linksOf(tracker, table, cellIndex);
      return table.rows.map((row, r) => {
        const link = links.at(r);
        return link?.ok ? link.value.text : plainText2(row.cell(cellIndex));
      });
    }
    case "text":
    case "links":
      return table.rows.map((row) => plainText2(row.cell(cellIndex)));
  }
}
function lineOf(tracker, row) {
  const start = tracker.lineStarts[row.line - 1] ?? row.span.start.offset;
  const end = row.endWithEol;
  let contentEnd2 = end;
  if (tracker.source[contentEnd2 - 1] === "\n") contentEnd2--;
  if (tracker.source[contentEnd2 - 1] === "\r") contentEnd2--;
  return { start, contentEnd: contentEnd2, end };
}
function reorderEdit(tracker, rows, order) {
  const lines = rows.map((row) => lineOf(tracker, row));
  const { source } = tracker;
  let text = "";
  order.forEach((from, to) => {
    const moved = lines[from];
    const slot = lines[to];
    text += source.slice(moved.start, moved.contentEnd) + source.slice(slot.contentEnd, slot.end);
  });
  return { start: lines[0].start, end: lines[lines.length - 1].end, text };
}
var rule12 = {
  id: "sort-order",
  description: { en: "Rows follow the table's sort order (configured, or one the rows already nearly follow)", zh: "\u5404\u8868\u7684\u884C\u6309\u89C4\u5B9A\u987A\u5E8F\u6392\u5217\uFF08\u914D\u7F6E\u7684\uFF0C\u6216\u5404\u884C\u5DF2\u57FA\u672C\u9075\u5FAA\u7684\u987A\u5E8F\uFF09" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "table",
  botSafeFix: true,
  ordersRows: true,
  check(ctx) {
    const { tracker, schema } = ctx;
    for (const { section, table, bound } of boundTablesOf(tracker, schema)) {
      if (table.rows.length < 2) continue;
      const keys = sortColumns(bound);
      if (keys.length === 0) continue;
      const values = keys.map((key) => sortValues(tracker, schema, table, key));
      const compareByKeys = (a, b) => {
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k];
          const c = compareSortValues(values[k][a], values[k][b], key.direction, key.column.type === "date");
          if (c !== 0) return c;
        }
        return 0;
      };
      const readable = (i) => values.every((column) => column[i] !== null);
      const compare = (a, b) => compareByKeys(a, b) || a - b;
      const describedKeys = keys.map((k) => ctx.t(k.direction < 0 ? messages12.desc : messages12.asc, { column: columnLabel(table, k.cellIndex, k.column) })).join(ctx.lang === "zh" ? "\uFF0C" : ", ");
      const indices = table.rows.map((_, i) => i);
      const focus = ctx.focusLines;
      const focused = focus ? indices.filter((i) => focus(table.rows[i].line) && readable(i)) : [];
      const others = (focus ? indices.filter((i) => !focus(table.rows[i].line)) : indices).filter(readable);
      const inversion = others.findIndex((row, k) => k > 0 && compare(others[k - 1], row) > 0);
      if (inversion > 0) {
        const row = table.rows[others[inversion]];
        ctx.report({
          span: row.span,
          section,
          message: ctx.t(messages12.order, { line: table.rows[others[inversion - 1]].line, keys: describedKeys }),
          // Sorting the table and writing it out again costs as much as the table is long: only a face that reads the fix does it.
          ...focus ? {} : { deferredFix: () => ({ edits: [reorderEdit(tracker, table.rows, [...indices].sort(compare))] }) }
        });
      }
      if (focused.length === 0) continue;
      reportMisplacedRows(ctx, { section, table, compareByKeys, focused, describedKeys });
    }
  }
};
function reportMisplacedRows(ctx, input) {
  const { section, table, compareByKeys, focused, describedKeys } = input;
  const inOrder = (a, b) => compareByKeys(a, b) <= 0;
  const isFocused = new Set(focused);
  const misplaced = focused.filter((i) => {
    let above = i - 1;
    while (above >= 0 && isFocused.has(above)) above--;
    let below = i + 1;
    while (below < table.rows.length && isFocused.has(below)) below++;
    if (above >= 0 && !inOrder(above, i)) return true;
    if (below < table.rows.length && !inOrder(i, below)) return true;
    return i - 1 >= 0 && isFocused.has(i - 1) && !inOrder(i - 1, i);
  });
  if (misplaced.length === 0) return;
  const moving = new Set(misplaced);
  const order = table.rows.map((_, i) => i).filter((i) => !moving.has(i));
  const targets = /* @__PURE__ */ new Map();
  for (const row of misplaced) {
    let at = order.findIndex((other) => compareByKeys(row, other) < 0);
    if (at < 0) at = order.length;
    targets.set(row, at > 0 ? { index: order[at - 1], after: true } : { index: order[0], after: false });
    order.splice(at, 0, row);
  }
  const fix = { edits: [reorderEdit(ctx.tracker, table.rows, order)] };
  for (const row of misplaced) {
    const target = targets.get(row);
    const message = target.after ? messages12.belongsAfter : messages12.belongsBefore;
    ctx.report({
      span: table.rows[row].span,
      section,
      message: ctx.t(message, { line: table.rows[row].line, target: table.rows[target.index].line, keys: describedKeys }),
      fix
    });
  }
}
var sort_order_default = rule12;

// src/core/rules/source-mismatch.ts
var DEFAULT_SOURCE_SUFFIXES = ["\u516C\u4F17\u53F7", "\u5B98\u7F51", "\u5B98\u65B9", "Official"];
var PLATFORM_NAMES = {
  "bilibili.com": ["B\u7AD9", "\u54D4\u54E9\u54D4\u54E9", "bilibili"],
  "zhihu.com": ["\u77E5\u4E4E"],
  "weixin.qq.com": ["\u5FAE\u4FE1", "\u5FAE\u4FE1\u516C\u4F17\u53F7"]
};
function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return void 0;
  }
}
var messages13 = {
  mismatch: { en: `Unexpected source "{source}", expected the page's publisher "{publisher}"`, zh: "\u6765\u6E90\u201C{source}\u201D\u4E0E\u9875\u9762\u53D1\u5E03\u8005\u201C{publisher}\u201D\u4E0D\u7B26" }
};
function normalizer(suffixes) {
  const folded = suffixes.map((s) => s.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, "")).filter((s) => s !== "");
  return (name) => {
    let out = name.normalize("NFKC").toLowerCase().replace(/\\(.)/g, "$1").replace(/[\p{P}\p{S}\s]+/gu, "");
    for (let changed = true; changed; ) {
      changed = false;
      for (const suffix of folded) {
        if (out.length > suffix.length && out.endsWith(suffix)) {
          out = out.slice(0, -suffix.length);
          changed = true;
        }
      }
    }
    return out;
  };
}
var rule13 = {
  id: "source-mismatch",
  description: { en: "The source names the linked page's publisher or author", zh: "\u6765\u6E90\u4E0E\u94FE\u63A5\u9875\u9762\u7684\u53D1\u5E03\u8005\u6216\u4F5C\u8005\u4E00\u81F4" },
  defaultSeverity: "warning",
  fixable: false,
  scope: "row",
  offByDefault: true,
  usesPageFacts: true,
  parseOptions(raw) {
    const { suffixes = DEFAULT_SOURCE_SUFFIXES, ...rest } = raw;
    const unknown = Object.keys(rest)[0];
    if (unknown !== void 0) throw new Error(`unknown option "${unknown}" (known: suffixes)`);
    if (!Array.isArray(suffixes) || !suffixes.every((s) => typeof s === "string")) throw new Error("suffixes: expected a list of strings");
    return { suffixes };
  },
  check(ctx) {
    const normalize2 = normalizer(ctx.options.suffixes);
    for (const { section, table, row, link, facts } of rowsWithFacts(ctx)) {
      const names2 = [facts.publisher, facts.author].filter((n) => n !== void 0).map((n) => ({ raw: n, key: normalize2(n) }));
      if (names2.length === 0) continue;
      const index = sourceCellIndex(table, ctx);
      const cell = index < 0 ? void 0 : row.cell(index);
      const source = cell ? normalize2(cell.text) : "";
      if (!cell || source === "") continue;
      if (names2.some(({ key }) => key !== "" && (key.includes(source) || source.includes(key)))) continue;
      const host = hostOf(link.url);
      const platforms = Object.entries(PLATFORM_NAMES).flatMap(([h, list]) => host === h || host?.endsWith(`.${h}`) ? list : []);
      if (platforms.some((p) => source === normalize2(p))) continue;
      ctx.report({ span: cell.span, section, message: ctx.t(messages13.mismatch, { source: cell.text, publisher: names2[0].raw }) });
    }
  }
};
var source_mismatch_default = rule13;

// src/core/rules/table-gap.ts
var messages14 = {
  gap: {
    en: "Unexpected blank line before this row: it is outside the table above, remove the blank line",
    zh: "\u672C\u884C\u5728\u4E0A\u65B9\u8868\u683C\u4E4B\u5916\uFF1A\u8BF7\u5220\u9664\u5B83\u4E0A\u9762\u7684\u7A7A\u884C"
  }
};
function lineText(tracker, n) {
  const start = tracker.lineStarts[n - 1];
  if (start === void 0) return null;
  const end = tracker.lineStarts[n] ?? tracker.source.length;
  return tracker.source.slice(start, end).replace(/\r?\n$/, "");
}
var DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
function point(tracker, line, column) {
  return { line, column, offset: tracker.lineStarts[line - 1] + column - 1 };
}
var rule14 = {
  id: "table-gap",
  description: { en: "No blank line splits a table", zh: "\u8868\u683C\u4E2D\u95F4\u4E0D\u80FD\u6709\u7A7A\u884C" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "table",
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table } of tablesOf(tracker)) {
      const last = table.span.end.line;
      let next = last + 1;
      while (lineText(tracker, next)?.trim() === "") next++;
      if (next === last + 1) continue;
      const text = lineText(tracker, next);
      if (text === null || !text.trimStart().startsWith("|")) continue;
      if (DELIMITER_ROW.test(lineText(tracker, next + 1) ?? "")) continue;
      const cells = text.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/).length;
      const width = table.header.cells.length;
      if (cells !== width && (width < 4 || Math.abs(cells - width) > 1)) continue;
      const span = { start: point(tracker, next, 1), end: point(tracker, next, text.length + 1) };
      const gapStart = tracker.lineStarts[last];
      ctx.report({ span, section, message: ctx.t(messages14.gap), fix: { edits: [{ start: gapStart, end: tracker.lineStarts[next - 1], text: "" }] } });
    }
  }
};
var table_gap_default = rule14;

// src/core/rules/table-header.ts
var messages15 = {
  renamed: { en: 'Unexpected column "{actual}", expected "{expected}"', zh: "\u5217\u540D\u201C{actual}\u201D\u4E0D\u7B26\uFF0C\u5E94\u4E3A\u201C{expected}\u201D" },
  extra: { en: 'Unexpected column "{actual}", expected none here', zh: "\u591A\u4F59\u7684\u5217\u201C{actual}\u201D" },
  repeated: { en: 'Unexpected repeated column "{actual}"', zh: "\u5217\u201C{actual}\u201D\u91CD\u590D" },
  missing: { en: 'Missing required column "{expected}"', zh: "\u7F3A\u5C11\u5FC5\u586B\u5217\u201C{expected}\u201D" },
  order: {
    en: 'Unexpected column order "{actual}", expected "{expected}"',
    zh: "\u5217\u987A\u5E8F\u4E3A\u201C{actual}\u201D\uFF0C\u5E94\u4E3A\u201C{expected}\u201D"
  }
};
var rule15 = {
  id: "table-header",
  description: {
    en: "Table headers match the configured columns: required ones present, each once, in order",
    zh: "\u8868\u5934\u987B\u4E0E\u914D\u7F6E\u7684\u5217\u4E00\u81F4\uFF1A\u5FC5\u586B\u5217\u9F50\u5168\u3001\u4E0D\u91CD\u590D\u3001\u987A\u5E8F\u4E00\u81F4"
  },
  defaultSeverity: "error",
  fixable: false,
  scope: "table",
  check(ctx) {
    const { schema } = ctx;
    if (schema.origin !== "config") return;
    for (const { section, table, bound } of boundTablesOf(ctx.tracker, schema)) {
      const { byCell, cellOf } = bound;
      const columns = bound.schema.columns;
      const headerSpan = table.header.span;
      const missing = columns.filter((_, i) => cellOf[i] === -1);
      const unmatched = table.header.cells.filter((_, i) => byCell[i] === null);
      const known = new Set(columns.flatMap((c) => c.names.map(normalizeHeaderName)));
      const repeated = unmatched.filter((cell) => known.has(normalizeHeaderName(cell.text)));
      const unknown = unmatched.filter((cell) => !repeated.includes(cell));
      const renames = unknown.length > 0 && unknown.length === missing.length;
      for (const cell of repeated) {
        ctx.report({ span: cell.span, section, message: ctx.t(messages15.repeated, { actual: cell.text }) });
      }
      unknown.forEach((cell, i) => {
        const expected = missing[i];
        const message = renames && expected ? ctx.t(messages15.renamed, { actual: cell.text, expected: expected.name }) : ctx.t(messages15.extra, { actual: cell.text });
        ctx.report({ span: cell.span, section, message, ...renames && expected ? { expected: expected.name } : {} });
      });
      if (!renames) {
        for (const column of missing.filter((c) => c.required)) {
          ctx.report({ span: headerSpan, section, message: ctx.t(messages15.missing, { expected: column.name }) });
        }
      }
      const present = byCell.filter((c) => c !== null).map((c) => c.name);
      const inSchemaOrder = columns.map((c) => c.name).filter((name) => present.includes(name));
      if (present.join("|") !== inSchemaOrder.join("|")) {
        ctx.report({
          span: headerSpan,
          section,
          message: ctx.t(messages15.order, { actual: present.join(" | "), expected: inSchemaOrder.join(" | ") }),
          expected: inSchemaOrder.join(" | ")
        });
      }
    }
  }
};
var table_header_default = rule15;

// node_modules/n-gram/index.js
var bigram = nGram(2);
var trigram = nGram(3);
function nGram(n) {
  if (typeof n !== "number" || Number.isNaN(n) || n < 1 || n === Number.POSITIVE_INFINITY) {
    throw new Error("`" + n + "` is not a valid argument for `n-gram`");
  }
  return grams;
  function grams(value) {
    const nGrams = [];
    if (value === null || value === void 0) {
      return nGrams;
    }
    const source = typeof value.slice === "function" ? value : String(value);
    let index = source.length - n + 1;
    if (index < 1) {
      return nGrams;
    }
    while (index--) {
      nGrams[index] = source.slice(index, index + n);
    }
    return nGrams;
  }
}

// node_modules/dice-coefficient/index.js
function diceCoefficient(value, other) {
  const left = toPairs(value);
  const right = toPairs(other);
  let index = -1;
  let intersections = 0;
  while (++index < left.length) {
    const leftPair = left[index];
    let offset = -1;
    while (++offset < right.length) {
      const rightPair = right[offset];
      if (leftPair === rightPair) {
        intersections++;
        right[offset] = "";
        break;
      }
    }
  }
  return 2 * intersections / (left.length + right.length);
}
function toPairs(value) {
  if (Array.isArray(value)) {
    return value.map((bigram2) => normalize(bigram2));
  }
  const normal = normalize(value);
  return normal.length === 1 ? [normal] : bigram(normal);
}
function normalize(value) {
  return String(value).toLowerCase();
}

// src/core/rules/title-mismatch.ts
var DEFAULT_TITLE_THRESHOLD = 0.3;
var messages16 = {
  mismatch: {
    en: 'Unexpected link text "{text}" for a page titled "{title}": is this the right link?',
    zh: "\u94FE\u63A5\u6587\u5B57\u201C{text}\u201D\u4E0E\u9875\u9762\u6807\u9898\u201C{title}\u201D\u51E0\u4E4E\u6CA1\u6709\u5171\u540C\u4E4B\u5904\uFF0C\u94FE\u63A5\u662F\u5426\u6307\u5411\u4E86\u522B\u7684\u9875\u9762\uFF1F"
  }
};
function titleSimilarity(a, b) {
  const x = normalizeTitle(a).replace(/\s+/g, "");
  const y = normalizeTitle(b).replace(/\s+/g, "");
  if (x === "" || y === "") return 1;
  if (x.includes(y) || y.includes(x)) return 1;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 2) return 0;
  const shared = diceCoefficient(x, y) * (x.length - 1 + (y.length - 1)) / 2;
  return shared / (shorter - 1);
}
var rule16 = {
  id: "title-mismatch",
  description: { en: "Link text shares words with the linked page's title", zh: "\u94FE\u63A5\u6587\u5B57\u4E0E\u94FE\u63A5\u9875\u9762\u7684\u6807\u9898\u76F8\u7B26" },
  defaultSeverity: "warning",
  fixable: false,
  scope: "row",
  offByDefault: true,
  usesPageFacts: true,
  parseOptions(raw) {
    const { threshold = DEFAULT_TITLE_THRESHOLD, ...rest } = raw;
    const unknown = Object.keys(rest)[0];
    if (unknown !== void 0) throw new Error(`unknown option "${unknown}" (known: threshold)`);
    if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) throw new Error("threshold: expected a number from 0 to 1");
    return { threshold };
  },
  check(ctx) {
    const threshold = ctx.options.threshold;
    for (const { section, row, link, facts } of rowsWithFacts(ctx)) {
      if (!facts.title || titleSimilarity(link.text, facts.title) >= threshold) continue;
      const cell = row.cells.find((c) => c.span.start.offset <= link.urlStart && link.urlStart <= c.span.end.offset) ?? row.cells[0];
      ctx.report({ span: cell.span, section, message: ctx.t(messages16.mismatch, { text: link.text, title: facts.title }) });
    }
  }
};
var title_mismatch_default = rule16;

// src/core/rules/url-secret-params.ts
var messages17 = {
  secret: {
    en: "Unexpected personal session parameters {params}, expected a URL without them",
    zh: "\u94FE\u63A5\u542B\u4E2A\u4EBA\u4F1A\u8BDD\u53C2\u6570 {params}\uFF0C\u4F1A\u6CC4\u9732\u8D26\u53F7\u4FE1\u606F\uFF0C\u5E94\u53BB\u9664"
  }
};
var rule17 = {
  id: "url-secret-params",
  description: { en: "Link URLs carry no personal session parameters", zh: "\u94FE\u63A5\u4E0D\u5E26\u4E2A\u4EBA\u4F1A\u8BDD\u53C2\u6570" },
  defaultSeverity: "error",
  fixable: true,
  scope: "row",
  botSafeFix: true,
  check(ctx) {
    const messageFor = /* @__PURE__ */ new Map();
    for (const link of analyzedLinks(ctx.tracker, ctx.schema, (analysis) => analysis.secrets.length > 0)) {
      const { section, analysis } = link;
      let message = messageFor.get(analysis.secrets);
      if (message === void 0) {
        message = ctx.t(messages17.secret, { params: analysis.secrets.join(", ") });
        messageFor.set(analysis.secrets, message);
      }
      const range = urlFixRange(ctx.tracker, link);
      ctx.report({
        span: urlSpan(ctx.tracker, link),
        section,
        message,
        expected: analysis.cleaned,
        ...range ? { fix: { edits: [{ start: range[0], end: range[1], text: analysis.cleaned }] } } : {}
      });
    }
  }
};
var url_secret_params_default = rule17;

// src/core/rules/url-tracking-params.ts
var messages18 = {
  tracking: {
    en: "Unexpected tracking parameters {params}, expected a URL without them",
    zh: "\u94FE\u63A5\u542B\u8DDF\u8E2A\u53C2\u6570 {params}\uFF0C\u5E94\u53BB\u9664"
  }
};
var rule18 = {
  id: "url-tracking-params",
  description: { en: "Link URLs carry no tracking parameters", zh: "\u94FE\u63A5\u4E0D\u5E26\u8DDF\u8E2A\u53C2\u6570" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "row",
  botSafeFix: true,
  check(ctx) {
    const messageFor = /* @__PURE__ */ new Map();
    for (const link of analyzedLinks(ctx.tracker, ctx.schema, (analysis) => analysis.tracking.length > 0)) {
      const { section, url, analysis } = link;
      let message = messageFor.get(analysis.tracking);
      if (message === void 0) {
        message = ctx.t(messages18.tracking, { params: analysis.tracking.join(", ") });
        messageFor.set(analysis.tracking, message);
      }
      const range = urlFixRange(ctx.tracker, link);
      const expected = analysis.secrets.length === 0 ? analysis.cleaned : stripUrlParams(url, { tracking: true, secrets: false });
      ctx.report({
        span: urlSpan(ctx.tracker, link),
        section,
        message,
        expected,
        ...range ? { fix: { edits: [{ start: range[0], end: range[1], text: expected }] } } : {}
      });
    }
  }
};
var url_tracking_params_default = rule18;

// src/core/rules/index.ts
var RULES = [
  table_header_default,
  cell_count_default,
  table_gap_default,
  required_cell_default,
  link_cell_default,
  duplicate_link_default,
  // Before the URL-parameter rules: on one URL, the moved link's new address wins over cleaning the old one.
  link_redirected_default,
  repo_archived_default,
  url_tracking_params_default,
  url_secret_params_default,
  date_format_default,
  date_range_default,
  rating_symbol_default,
  rating_normalize_default,
  sort_order_default,
  date_mismatch_default,
  title_mismatch_default,
  source_mismatch_default
];
var RULE_IDS = RULES.map((rule19) => rule19.id);
var BOT_SAFE_FIX_RULE_IDS = new Set(RULES.filter((rule19) => rule19.botSafeFix).map((rule19) => rule19.id));
var ROW_ORDER_RULE_IDS = RULES.filter((rule19) => rule19.ordersRows).map((rule19) => rule19.id);
function ruleById(id) {
  return RULES.find((rule19) => rule19.id === id);
}

export {
  DEFAULT_PLACEHOLDERS,
  requireChunkOnFirstUse,
  parseTracker,
  resolveSchema,
  extractLinks,
  RULES,
  RULE_IDS,
  BOT_SAFE_FIX_RULE_IDS,
  ROW_ORDER_RULE_IDS,
  ruleById
};
