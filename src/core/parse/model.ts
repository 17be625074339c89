// Parse stage, model nodes: the concrete Cell class behind the `Cell` contract. Spans are built on
// demand from plain offsets so a 100k-row tracker does not hold millions of Point objects.
import type { Cell, Point, Span } from '../types.js';

export class SourceCell implements Cell {
  constructor(
    readonly index: number,
    readonly raw: string,
    readonly text: string,
    /** Offset of the first character of the trimmed content (or of the empty cell's insertion point). */
    readonly contentStart: number,
    readonly contentEnd: number,
    /** Offset just after the opening pipe (or the row's first character when there is none). */
    readonly rawStart: number,
    readonly line: number,
    readonly lineStart: number,
  ) {}

  get span(): Span {
    return {
      start: { line: this.line, column: this.contentStart - this.lineStart + 1, offset: this.contentStart },
      end: { line: this.line, column: this.contentEnd - this.lineStart + 1, offset: this.contentEnd },
    };
  }

  get rawEnd(): number {
    return this.rawStart + this.raw.length;
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
