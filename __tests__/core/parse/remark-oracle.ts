// Test helper: remark-gfm's own view of a document's tables (top-level and nested in block quotes,
// list items and footnote definitions, in document order), in the same offsets as the
// tracker model (remark drops a leading BOM from its offsets; the model keeps it).
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Nodes, Root, Table as MdastTable } from 'mdast';
import type { Tracker } from '../../../src/core/types.js';
import type { SourceCell } from '../../../src/core/parse/index.js';

export interface OracleCell {
  /** Offsets of the cell node (remark: from the pipe before the cell). */
  nodeStart: number;
  nodeEnd: number;
  /** Offsets of the cell's content (first child start to last child end), null when empty. */
  content: [number, number] | null;
}
export interface OracleTable {
  /** Line of the top-level heading the table's section starts at (0 before any heading). */
  sectionLine: number;
  startLine: number;
  endLine: number;
  rows: { line: number; cells: OracleCell[] }[];
}

const processor = unified().use(remarkParse).use(remarkGfm);

function tablesIn(node: Root | Nodes): MdastTable[] {
  if (node.type === 'table') return [node];
  if (!('children' in node)) return [];
  return (node.children as Nodes[]).flatMap(tablesIn);
}

export function remarkTables(source: string): OracleTable[] {
  const shift = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const tree = processor.parse(source) as Root;
  // A heading's line is where its text starts: remark starts a setext heading that follows a link
  // reference definition at the definition, the model at the heading's own first line.
  const headingLines = tree.children
    .filter((node) => node.type === 'heading')
    .map((node) => (node.children[0] ?? node).position!.start.line);
  return tablesIn(tree).map((table) => ({
    sectionLine: headingLines.filter((line) => line <= table.position!.start.line).pop() ?? 0,
    startLine: table.position!.start.line,
    endLine: table.position!.end.line,
    rows: table.children.map((row) => ({
      line: row.position!.start.line,
      cells: row.children.map((cell) => {
        const first = cell.children[0];
        const last = cell.children[cell.children.length - 1];
        const nodeStart = cell.position!.start.offset! + shift;
        const nodeEnd = cell.position!.end.offset! + shift;
        let content: [number, number] | null = null;
        if (first?.position && last?.position) {
          content = [first.position.start.offset! + shift, last.position.end.offset! + shift];
        } else if (first) {
          // Text that remark-gfm's literal-autolink transform re-splits carries no position: take
          // the cell's own range without its pipes and padding.
          content = trimmedCellContent(source, nodeStart, nodeEnd);
        }
        return { nodeStart, nodeEnd, content };
      }),
    })),
  }));
}

function trimmedCellContent(source: string, start: number, end: number): [number, number] {
  if (source[start] === '|') start++;
  if (end > start && source[end - 1] === '|' && source[end - 2] !== '\\') end--;
  while (start < end && (source[start] === ' ' || source[start] === '\t')) start++;
  while (end > start && (source[end - 1] === ' ' || source[end - 1] === '\t')) end--;
  return [start, end];
}

/** The model's tables in the oracle's shape (the delimiter row is not a row in mdast). */
export function modelTables(tracker: Tracker): OracleTable[] {
  const { source } = tracker;
  return tracker.sections
    .flatMap((section) => section.tables.map((table) => ({ section, table })))
    .map(({ section, table }) => {
      const rows = [table.header, ...table.rows];
      return {
        sectionLine: section.line,
        startLine: table.span.start.line,
        endLine: table.span.end.line,
        rows: rows.map((row) => {
          const lineEnd = row.span.end.offset;
          return {
            line: row.line,
            cells: row.cells.map((cell, index) => {
              const c = cell as SourceCell;
              const opensWithPipe = c.rawStart > 0 && source.charCodeAt(c.rawStart - 1) === 124;
              const last = index === row.cells.length - 1;
              return {
                nodeStart: opensWithPipe ? c.rawStart - 1 : c.rawStart,
                nodeEnd: last ? lineEnd : c.rawEnd,
                content: cell.text === '' ? null : [cell.span.start.offset, cell.span.end.offset],
              } satisfies OracleCell;
            }),
          };
        }),
      };
    });
}
