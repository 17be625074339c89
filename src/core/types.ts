// Core types shared by every stage of the pipeline: parse → model → rules → diagnostics → fixes,
// and by every adapter (CLI, Action, link engine, reporters). Nothing here does I/O.

/** 1-based line and column (column counted in UTF-16 code units), 0-based offset into the source string. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Span {
  start: Point;
  end: Point;
}

export type Severity = 'error' | 'warning';
export type RuleSetting = Severity | 'off';
export type Lang = 'en' | 'zh';

/** Replace source[start, end) with text. Offsets index the whole source string (BOM included). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  edits: TextEdit[];
}

/** The one diagnostic type: every rule emits it, every reporter formats it. */
export interface Diagnostic {
  rule: string;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** Heading text of the section the problem is in; null for content before the first heading. */
  section: string | null;
  fixable: boolean;
  fix?: Fix;
  /** What the rule expected (e.g. the cleaned URL, the padded date); used by suggestions. */
  expected?: string;
}

// ---------------------------------------------------------------- model

export type ColumnType = 'link' | 'links' | 'text' | 'date' | 'rating';

export interface Cell {
  /** 0-based column index within its row. */
  index: number;
  /** Exact source text between the two pipes (untrimmed, escapes kept). */
  raw: string;
  /** raw, trimmed of spaces and tabs. */
  text: string;
  /** Span of the trimmed content (an empty cell gets a zero-width span where its content would be). */
  span: Span;
}

export interface Row {
  /** 1-based line number. */
  line: number;
  /** Span of the row's line content, line ending excluded. */
  span: Span;
  /** Offset just past the line ending (or end of source). */
  endWithEol: number;
  /** Every cell of the row, in order (the same array on each read). */
  cells: Cell[];
  /** How many cells the row has (cells.length, without making the cells). */
  cellCount: number;
  /**
   * The cell at `index`, or undefined past the last one. Reading one cell of each row this way makes
   * no array and keeps nothing: the cell may be a new object on each call, so tell cells apart by row
   * and index, never by identity.
   */
  cell(index: number): Cell | undefined;
}

export interface Table {
  span: Span;
  header: Row;
  delimiter: Row;
  /** Body rows. */
  rows: Row[];
  /** Alignment per delimiter cell. */
  align: ('left' | 'right' | 'center' | null)[];
}

export interface Section {
  /** Heading text (inline markup stripped), or null for the unnamed section before any heading. */
  title: string | null;
  depth: number;
  /** 1-based line of the heading, 0 for the unnamed section. */
  line: number;
  tables: Table[];
}

export interface Tracker {
  source: string;
  hasBom: boolean;
  eol: '\n' | '\r\n';
  sections: Section[];
  /** Offsets of the start of each line (index 0 = line 1). */
  lineStarts: number[];
}

// ---------------------------------------------------------------- parsed cell values

export interface LinkValue {
  text: string;
  url: string;
  /** Offsets of the URL inside the source, for edits that replace only the URL. */
  urlStart: number;
  urlEnd: number;
}
/** A date at day, month or year precision: m and d are 0 when the date does not name them. */
export interface DateValue {
  y: number;
  m: number;
  d: number;
}

// ---------------------------------------------------------------- links

/** One closed set of outcomes for a link check. */
export type Verdict = 'alive' | 'redirected' | 'dead' | 'blocked' | 'error' | 'skipped';

/** Reasons that carry nothing but their kind. */
export type PlainReasonKind =
  | 'timeout'
  | 'deadline'
  | 'budget-exhausted'
  | 'connection-reset'
  | 'dns-failure'
  | 'connection-refused'
  | 'dns-nxdomain'
  | 'private-address'
  | 'redirect-loop'
  | 'too-many-redirects'
  | 'bad-redirect'
  | 'redirect-to-unsupported-protocol'
  | 'network-error'
  | 'rate-limited'
  | 'invalid-url'
  | 'unsupported-protocol'
  | 'excluded'
  | 'not-included'
  | 'github-repo'
  | 'github-repo-archived'
  | 'github-repo-missing'
  | 'github-repo-moved';

/**
 * Why a link got its verdict: one closed union, structured so nobody parses it. Every member has an
 * English and a Chinese description (describeReason, src/core/reasons.ts). Files (the JSON report,
 * the cache, shard reports) hold its stable string form, reasonCode(): `http-404`, `soft-404:wechat-deleted`.
 */
export type Reason =
  | { [K in PlainReasonKind]: { kind: K } }[PlainReasonKind]
  /** The final HTTP status decided; `afterRedirect`: the status of a temporary redirect (302/303/307) on the way. */
  | { kind: 'http-status'; status: number; afterRedirect?: number }
  /** A status `links.accept` counts as alive. */
  | { kind: 'accepted-status'; status: number; afterRedirect?: number }
  /** A permanent redirect (301/308) to a live page. */
  | { kind: 'moved'; status: number }
  /** The page itself says the content is gone; `signature`: the page signature's id (src/links/signatures.ts), `config` for links.signatures. */
  | { kind: 'soft-404'; signature: string }
  /** An anti-bot or verification page that says nothing about the link; `wall`: the signature's id. */
  | { kind: 'bot-wall'; wall: string }
  /** A page on a known host that is neither its content nor a known notice; `site`: the host set's id. */
  | { kind: 'unknown-page'; site: string }
  /** The TLS handshake failed; `detail`: the error code (e.g. CERT_HAS_EXPIRED). */
  | { kind: 'tls-error'; detail: string };

export type ReasonKind = Reason['kind'];

/** The one link-verdict type: the engine returns it, the cache stores it, every reporter formats it. */
export interface LinkVerdict {
  url: string;
  verdict: Verdict;
  /** Final HTTP status, or null when there was no response. */
  status: number | null;
  /** Where a permanent redirect chain ends (redirected), or the last hop otherwise. */
  finalUrl?: string;
  /** Why: e.g. `{ kind: 'http-status', status: 404 }`, `{ kind: 'soft-404', signature: 'wechat-deleted' }`. */
  reason: Reason;
  ms: number;
  checkedAt: string;
  fromCache?: boolean;
  /** `rate-limited`: when (ISO 8601) the server asked to be asked again (its Retry-After). */
  retryAt?: string;
  /** What an alive page says about itself (title, publisher, publish date), when facts were read. */
  facts?: PageFacts;
}

/**
 * What a page says about itself, read from its own bytes by the link engine (src/links/facts.ts).
 * Every field is absent when the page did not say it; nothing is guessed.
 */
export interface PageFacts {
  /** The piece's title, site suffix removed (e.g. `_哔哩哔哩_bilibili`). */
  title?: string;
  /** Who published it: a WeChat account, a Bilibili uploader, JSON-LD `publisher.name`, `og:site_name`. */
  publisher?: string;
  /** Who wrote it: JSON-LD `author.name`, `<meta name="author">`, a Zhihu author. */
  author?: string;
  /** Publish day, `YYYY-MM-DD`, in the page's own time zone (UTC+8 on Chinese hosts when unstated). */
  published?: string;
}

/** One place a link appears in a tracker. */
export interface LinkOccurrence {
  file: string;
  url: string;
  line: number;
  column: number;
  section: string | null;
  /** The link text of the row (the entry's title). */
  title: string;
}
