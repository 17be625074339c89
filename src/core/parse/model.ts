// Parse stage, model nodes: the concrete Row and Cell classes behind the `Row` and `Cell` contracts.
// Cell boundaries are offsets in Int32Array pages, one set per parse; text, raw text and spans are made on
// demand from them, so a 100k-row tracker holds no string and no Point object per cell.
import type { Cell, Point, Row, Span } from '../types.js';
import { isSpaceOrTab } from './blocks.js';
import type { LinkCellResult } from './link-cell.js';

/** Offsets per page of CellOffsets: 16,384 (8,192 cells, 64 KB); a multiple of 2, so no cell straddles two pages. */
const PAGE_BITS = 14;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

/**
 * The cell boundaries of one parse, two offsets per cell (raw start and raw end: UTF-16 offsets
 * into the source, pipes excluded) in fixed-size Int32Array pages; the trimmed content's bounds are
 * found from them when asked (contentStart, contentEnd). A row's cells take consecutive slots, so a
 * cell finds its offsets from its row's first slot and its index; its strings are sliced from the
 * source when a rule asks for them. Pages, not one array grown by doubling: nothing is copied as a
 * large tracker is read, and at most one page is partly unused (a doubled array left up to half of
 * its 16 MB unused at 100k rows, plus 16 MB of copies on the way). Two offsets, not four: 6 MB less
 * at 100k rows, for a scan over a cell's padding (usually none or one space) on each read.
 */
export class CellOffsets {
  private readonly pages: Int32Array[] = [];
  private used = 0;

  constructor(readonly source: string) {}

  /** Stores one cell's raw bounds; returns its slot. */
  add(rawStart: number, rawEnd: number): number {
    const at = this.used;
    const within = at & PAGE_MASK;
    if (within === 0) this.pages.push(new Int32Array(PAGE_SIZE));
    const page = this.pages[at >>> PAGE_BITS]!;
    page[within] = rawStart;
    page[within + 1] = rawEnd;
    this.used += 2;
    return at;
  }

  /**
   * Offset of the first character of the cell's content trimmed of spaces and tabs; for an empty
   * (or all-blank) cell, the zero-width point where its content would be: one past the opening
   * pipe when there is room, else the raw start.
   */
  contentStart(slot: number): number {
    const start = this.at(slot);
    const end = this.at(slot + 1);
    const source = this.source;
    let i = start;
    while (i < end && isSpaceOrTab(source.charCodeAt(i))) i++;
    return i < end ? i : emptyCellPoint(start, end);
  }

  /** Offset just past the cell's trimmed content (the same point as contentStart for an empty cell). */
  contentEnd(slot: number): number {
    const start = this.at(slot);
    const end = this.at(slot + 1);
    const source = this.source;
    let j = end;
    while (j > start && isSpaceOrTab(source.charCodeAt(j - 1))) j--;
    return j > start ? j : emptyCellPoint(start, end);
  }

  at(index: number): number {
    return this.pages[index >>> PAGE_BITS]![index & PAGE_MASK]!;
  }

  /**
   * parseLinkCell's verdicts for cells beyond the first one remembered in their row (SourceRow keeps
   * that one), by slot; made on the first such cell. Most trackers have one link column, so this
   * stays empty: a slot per cell of the file was 5.6 MB at 100k rows, for 100k verdicts.
   */
  private moreLinkCells: Map<number, LinkCellResult | undefined> | undefined = undefined;

  linkCellAt(slot: number): LinkCellResult | undefined {
    return this.moreLinkCells?.get(slot);
  }

  setLinkCell(slot: number, result: LinkCellResult | undefined): void {
    (this.moreLinkCells ??= new Map()).set(slot, result);
  }
}

/** An empty cell's content is a zero-width point where its content would be. */
function emptyCellPoint(start: number, end: number): number {
  return start < end ? start + 1 : start;
}

/**
 * A table row of the parser: its span is built on demand from offsets, and so are its cells. The
 * parser stores no cell object: `cell(i)` makes one on each call (a small object that a rule drops
 * after reading it), and `cells` makes the row's array on first read and keeps it. A 100k-row
 * tracker whose rows are read cell by cell so holds no object per cell (about 700k fewer long-lived
 * objects, which the garbage collector had to copy twice each while the file was parsed).
 */
export class SourceRow implements Row {
  /** Slot of the first cell's offsets; the row's cells follow it, two offsets each. */
  firstSlot = 0;
  cellCount = 0;
  private kept: SourceCell[] | undefined = undefined;
  /** parseLinkCell's memo for one cell of the row (the first one it was given): its index and verdict. */
  private linkCellIndex = -1;
  private linkCellResult: LinkCellResult | undefined = undefined;

  /** parseLinkCell's remembered verdict on cell `index`, if any. */
  linkCellAt(index: number): LinkCellResult | undefined {
    if (index === this.linkCellIndex) return this.linkCellResult;
    return this.linkCellIndex === -1 ? undefined : this.offsets.linkCellAt(this.firstSlot + 2 * index);
  }

  setLinkCell(index: number, result: LinkCellResult | undefined): void {
    if (this.linkCellIndex === -1 || this.linkCellIndex === index) {
      this.linkCellIndex = index;
      this.linkCellResult = result;
    } else this.offsets.setLinkCell(this.firstSlot + 2 * index, result);
  }

  constructor(
    readonly line: number,
    readonly lineStart: number,
    /** Offset where the row's content starts (after any container prefix). */
    readonly contentStart: number,
    /** Offset just past the row's content (line ending excluded). */
    readonly contentEnd: number,
    readonly endWithEol: number,
    /** Where this row's cell boundaries are kept. */
    readonly offsets: CellOffsets,
  ) {}

  get cells(): SourceCell[] {
    if (this.kept === undefined) {
      const cells: SourceCell[] = new Array(this.cellCount);
      for (let index = 0; index < this.cellCount; index++) cells[index] = new SourceCell(this, index);
      this.kept = cells;
    }
    return this.kept;
  }

  cell(index: number): SourceCell | undefined {
    if (index >= this.cellCount || index < 0) return undefined;
    return this.kept === undefined ? new SourceCell(this, index) : this.kept[index];
  }

  get span(): Span {
    return { start: pointAt(this.line, this.lineStart, this.contentStart), end: pointAt(this.line, this.lineStart, this.contentEnd) };
  }

  toJSON(): { line: number; span: Span; endWithEol: number; cells: Cell[] } {
    return { line: this.line, span: this.span, endWithEol: this.endWithEol, cells: this.cells };
  }
}

/**
 * The concrete cell: its row and its position in the row. `text`, `raw` and `span` are made each
 * time they are read (read them once into a local in a hot loop), so a 100k-row tracker keeps no
 * string and no Point per cell.
 */
export class SourceCell implements Cell {
  constructor(
    readonly row: SourceRow,
    readonly index: number,
  ) {}

  /**
   * parseLinkCell's memo: its verdict on this cell, read from this parse's source. Kept with the
   * cell offsets, not on the object, since a row may make a new object for the same cell on each read.
   */
  get linkCell(): LinkCellResult | undefined {
    return this.row.linkCellAt(this.index);
  }

  set linkCell(result: LinkCellResult | undefined) {
    this.row.setLinkCell(this.index, result);
  }

  private get slot(): number {
    return this.row.firstSlot + 2 * this.index;
  }

  /** Offset just after the opening pipe (or the row's first character when there is none). */
  get rawStart(): number {
    return this.row.offsets.at(this.slot);
  }

  /** Offset of the closing pipe (or the end of the row's content). */
  get rawEnd(): number {
    return this.row.offsets.at(this.slot + 1);
  }

  /** Offset of the first character of the trimmed content (or of the empty cell's insertion point). */
  get contentStart(): number {
    return this.row.offsets.contentStart(this.slot);
  }

  get contentEnd(): number {
    return this.row.offsets.contentEnd(this.slot);
  }

  get text(): string {
    const row = this.row;
    const offsets = row.offsets;
    const slot = row.firstSlot + 2 * this.index;
    const start = offsets.contentStart(slot);
    const end = offsets.contentEnd(slot);
    return start === end ? '' : offsets.source.slice(start, end);
  }

  get raw(): string {
    const offsets = this.row.offsets;
    return offsets.source.slice(offsets.at(this.slot), offsets.at(this.slot + 1));
  }

  get span(): Span {
    const { line, lineStart } = this.row;
    const start = this.contentStart;
    const end = this.contentEnd;
    return {
      start: { line, column: start - lineStart + 1, offset: start },
      end: { line, column: end - lineStart + 1, offset: end },
    };
  }

  toJSON(): { index: number; raw: string; text: string; span: Span } {
    return { index: this.index, raw: this.raw, text: this.text, span: this.span };
  }
}

export function pointAt(line: number, lineStart: number, offset: number): Point {
  return { line, column: offset - lineStart + 1, offset };
}

/** Offset where the cell's trimmed content starts, without building a Span for SourceCell. */
export function cellContentStart(cell: Cell): number {
  return cell instanceof SourceCell ? cell.contentStart : cell.span.start.offset;
}
