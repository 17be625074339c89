// Parse stage, model nodes: the concrete Row and Cell classes behind the `Row` and `Cell` contracts.
// Cell boundaries are offsets in Int32Array pages, one set per parse; text, raw text and spans are made on
// demand from them, so a 100k-row tracker holds no string and no Point object per cell.
import type { Cell, Point, Row, Span } from '../types.js';
import type { LinkCellResult } from './link-cell.js';

/** Offsets per page of CellOffsets: 16,384 (4,096 cells, 64 KB); a multiple of 4, so no cell straddles two pages. */
const PAGE_BITS = 14;
const PAGE_SIZE = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SIZE - 1;

/**
 * The cell boundaries of one parse, four offsets per cell (raw start, raw end, content start,
 * content end; UTF-16 offsets into the source) in fixed-size Int32Array pages. A row's cells take
 * consecutive slots, so a cell finds its offsets from its row's first slot and its index; its
 * strings are sliced from the source when a rule asks for them. Pages, not one array grown by
 * doubling: nothing is copied as a large tracker is read, and at most one page is partly unused
 * (a doubled array left up to half of its 16 MB unused at 100k rows, plus 16 MB of copies on the way).
 */
export class CellOffsets {
  private readonly pages: Int32Array[] = [];
  private used = 0;

  constructor(readonly source: string) {}

  /** Stores one cell's offsets; returns its slot. */
  add(rawStart: number, rawEnd: number, contentStart: number, contentEnd: number): number {
    const at = this.used;
    const within = at & PAGE_MASK;
    if (within === 0) this.pages.push(new Int32Array(PAGE_SIZE));
    const page = this.pages[at >>> PAGE_BITS]!;
    page[within] = rawStart;
    page[within + 1] = rawEnd;
    page[within + 2] = contentStart;
    page[within + 3] = contentEnd;
    this.used += 4;
    return at;
  }

  at(index: number): number {
    return this.pages[index >>> PAGE_BITS]![index & PAGE_MASK]!;
  }

  /**
   * parseLinkCell's remembered verdicts, by cell slot: only those remark gave (link-cell.ts), since
   * the fast scan's are cheaper to make again than to keep. Made on the first such cell; most
   * trackers have none or a few. (A verdict kept for every link cell was about 20 MB at 100k rows.)
   */
  private slowLinkCells: Map<number, LinkCellResult> | undefined = undefined;

  linkCellAt(slot: number): LinkCellResult | undefined {
    return this.slowLinkCells?.get(slot);
  }

  setLinkCell(slot: number, result: LinkCellResult): void {
    (this.slowLinkCells ??= new Map()).set(slot, result);
  }
}

/**
 * A table row of the parser: its span is built on demand from offsets, and so are its cells. The
 * parser stores no cell object: `cell(i)` makes one on each call (a small object that a rule drops
 * after reading it), and `cells` makes the row's array on first read and keeps it. A 100k-row
 * tracker whose rows are read cell by cell so holds no object per cell (about 700k fewer long-lived
 * objects, which the garbage collector had to copy twice each while the file was parsed).
 */
export class SourceRow implements Row {
  /** Slot of the first cell's offsets; the row's cells follow it, four offsets each. */
  firstSlot = 0;
  cellCount = 0;
  private kept: SourceCell[] | undefined = undefined;

  /** parseLinkCell's remembered verdict on cell `index`, if any (CellOffsets.linkCellAt). */
  linkCellAt(index: number): LinkCellResult | undefined {
    return this.offsets.linkCellAt(this.firstSlot + 4 * index);
  }

  setLinkCell(index: number, result: LinkCellResult): void {
    this.offsets.setLinkCell(this.firstSlot + 4 * index, result);
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

  /** Where cell `index`'s trimmed content starts (its SourceCell's contentStart), read without making the cell; `index` < cellCount. */
  contentStartOf(index: number): number {
    return this.offsets.at(this.firstSlot + 4 * index + 2);
  }

  /** Where cell `index`'s trimmed content ends (its SourceCell's contentEnd), read without making the cell; `index` < cellCount. */
  contentEndOf(index: number): number {
    return this.offsets.at(this.firstSlot + 4 * index + 3);
  }

  /** Cell `index`'s text (its SourceCell's text), sliced from the source without making the cell; `index` < cellCount. */
  textOf(index: number): string {
    const offsets = this.offsets;
    const slot = this.firstSlot + 4 * index;
    const start = offsets.at(slot + 2);
    const end = offsets.at(slot + 3);
    return start === end ? '' : offsets.source.slice(start, end);
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
   * parseLinkCell's memo: its remembered verdict on this cell, read from this parse's source. Kept
   * by the row's offsets (SourceRow.linkCellAt), not on the object, since a row may make a new object
   * for the same cell on each read.
   */
  get linkCell(): LinkCellResult | undefined {
    return this.row.linkCellAt(this.index);
  }

  set linkCell(result: LinkCellResult) {
    this.row.setLinkCell(this.index, result);
  }

  private get slot(): number {
    return this.row.firstSlot + 4 * this.index;
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
    return this.row.offsets.at(this.slot + 2);
  }

  get contentEnd(): number {
    return this.row.offsets.at(this.slot + 3);
  }

  get text(): string {
    return this.row.textOf(this.index);
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
