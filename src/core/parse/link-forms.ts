// Parse stage, cell values: the link forms other than the inline `[text](url)` that a link cell may
// hold — reference-style links (full `[text][label]`, collapsed `[text][]`, shortcut `[text]`)
// resolved against the document's link reference definitions, `<https://…>` autolinks, and a
// single HTML `<a href="…">text</a>`. link-cell.ts hands the cell's remark tree here; the
// link-cell rule decides whether these forms are allowed and offers the inline rewrite.
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import type { Definition, Nodes, Root, RootContent } from 'mdast';

export type LinkForm = 'inline' | 'full-reference' | 'collapsed-reference' | 'shortcut-reference' | 'autolink' | 'html';

/** A link reference definition of the document: its normalized label and destination. */
export interface LinkDefinition {
  /** The label as written (for re-serializing the definition). */
  label: string;
  url: string;
  /** Offsets in the source of the destination as written (inside `<…>` when bracketed). */
  urlStart: number;
  urlEnd: number;
}

/** A line that may start a link reference definition (CommonMark §4.7); cheap pre-check. */
const DEFINITION_START = /^ {0,3}(?:> ?)*\[(?:[^\]\\\n]|\\.)+\]:/m;

let lastSource: string | undefined;
let lastDefinitions: ReadonlyMap<string, LinkDefinition> = new Map();

/**
 * The link reference definitions of a document, by identifier (mdast's normalized label);
 * the first definition of a label wins, as in CommonMark. The whole document is parsed with
 * remark only when some line looks like a definition; the last result is remembered.
 */
export function definitionsOf(source: string): ReadonlyMap<string, LinkDefinition> {
  if (source === lastSource) return lastDefinitions;
  const definitions = new Map<string, LinkDefinition>();
  if (DEFINITION_START.test(source)) {
    const bom = source.charCodeAt(0) === 0xfeff ? 1 : 0;
    const tree = remark().use(remarkGfm).parse(bom ? source.slice(1) : source) as Root;
    const visit = (node: Nodes): void => {
      if (node.type === 'definition') {
        if (!definitions.has(node.identifier)) definitions.set(node.identifier, located(source, node, bom));
        return;
      }
      if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    };
    visit(tree);
  }
  lastSource = source;
  lastDefinitions = definitions;
  return definitions;
}

function located(source: string, node: Definition, bom: number): LinkDefinition {
  const start = node.position!.start.offset! + bom;
  const end = node.position!.end.offset! + bom;
  let i = source.indexOf(']:', start) + 2;
  while (i < end && /\s/.test(source[i]!)) i++;
  let urlStart = i;
  let urlEnd: number;
  if (source[i] === '<') {
    urlStart = i + 1;
    urlEnd = urlStart;
    while (urlEnd < end && source[urlEnd] !== '>') urlEnd += source[urlEnd] === '\\' ? 2 : 1;
  } else {
    urlEnd = urlStart;
    while (urlEnd < end && !/\s/.test(source[urlEnd]!)) urlEnd++;
  }
  return { label: node.label ?? node.identifier, url: node.url, urlStart, urlEnd: Math.min(urlEnd, end) };
}

/** The definitions as Markdown lines, appended to a cell so remark can resolve its references. */
export function definitionLines(definitions: ReadonlyMap<string, LinkDefinition>): string {
  return [...definitions.values()].map((d) => `[${d.label}]: <${d.url.replace(/[<>\\\n]/g, (c) => (c === '\n' ? '%0A' : `\\${c}`))}>`).join('\n');
}

export interface FoundLink {
  form: Exclude<LinkForm, 'inline'>;
  text: string;
  url: string;
  /** Where the URL is written: in `wrapped` (offsets to shift), or in the source (a definition). */
  urlIn: 'wrapped' | 'source';
  urlStart: number;
  urlEnd: number;
  /** Offsets in `wrapped` of the link text as written, for the inline rewrite. */
  textStart: number;
  textEnd: number;
}

const A_OPEN = /^<a\b[^>]*?\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))[^>]*>$/i;
const A_CLOSE = /^<\/a\s*>$/i;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function textRange(node: { children: Nodes[] } & Nodes): [number, number] {
  const first = node.children[0];
  const last = node.children[node.children.length - 1];
  if (!first || !last) {
    const at = node.position!.start.offset! + 1;
    return [at, at];
  }
  return [first.position!.start.offset!, last.position!.end.offset!];
}

/**
 * The one non-inline link among a cell's inline nodes, when `meaningful` (the cell's nodes
 * without whitespace-only text) is exactly such a link; null otherwise.
 */
export function findOtherForm(
  wrapped: string,
  meaningful: Nodes[],
  definitions: ReadonlyMap<string, LinkDefinition>,
  plainText: (node: Nodes) => string,
): FoundLink | null {
  const only = meaningful.length === 1 ? meaningful[0]! : undefined;
  if (only?.type === 'linkReference') {
    const definition = definitions.get(only.identifier);
    if (!definition) return null;
    const [textStart, textEnd] = textRange(only);
    return {
      form: `${only.referenceType}-reference`,
      text: plainText(only),
      url: definition.url,
      urlIn: 'source',
      urlStart: definition.urlStart,
      urlEnd: definition.urlEnd,
      textStart,
      textEnd,
    };
  }
  // A link node without a position is a bare URL remark-gfm found inside text, never `<…>`.
  if (only?.type === 'link' && only.position !== undefined && wrapped.charCodeAt(only.position.start.offset!) === 60 /* < */) {
    const start = only.position!.start.offset! + 1;
    const end = only.position!.end.offset! - 1;
    return { form: 'autolink', text: plainText(only), url: only.url, urlIn: 'wrapped', urlStart: start, urlEnd: end, textStart: start, textEnd: end };
  }
  const open = meaningful[0];
  const close = meaningful[meaningful.length - 1];
  if (meaningful.length >= 2 && open?.type === 'html' && close?.type === 'html' && A_CLOSE.test(close.value)) {
    const tag = A_OPEN.exec(open.value);
    const inner = meaningful.slice(1, -1);
    if (!tag || inner.some((n) => n.type === 'html' || n.type === 'link' || n.type === 'linkReference')) return null;
    const raw = tag[1] ?? tag[2] ?? tag[3] ?? '';
    const at = open.position!.start.offset! + open.value.indexOf(raw, open.value.search(/\shref\s*=/i));
    const textStart = open.position!.end.offset!;
    const textEnd = close.position!.start.offset!;
    return {
      form: 'html',
      text: inner.map(plainText).join('').replace(/\s+/g, ' '),
      url: decodeAttribute(raw).trim(),
      urlIn: 'wrapped',
      urlStart: at,
      urlEnd: at + raw.length,
      textStart,
      textEnd,
    };
  }
  return null;
}

/**
 * The inline form of a link, `[text](url)`, with the text as written and the URL written so it
 * stays one destination inside a GFM table cell (angle brackets when it has spaces or
 * parentheses; `|` percent-encoded, since it would split the cell).
 */
export function inlineLink(rawText: string, url: string): string {
  const safe = url.replace(/\|/g, '%7C');
  const destination = /[\s()<>\\]/.test(safe) ? `<${safe.replace(/[<>\\]/g, '\\$&')}>` : safe;
  return `[${rawText}](${destination})`;
}
