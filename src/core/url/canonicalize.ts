// URL canonicalization: strips tracking and session parameters by host (tables in host-params.ts)
// and builds the canonical form used for equality (duplicate-link, the link engine's dedup).
// Pure string work; the input's own bytes are kept wherever nothing is removed.
import { paramsForHost, type ParamClassifier } from './host-params.js';

export interface UrlAnalysis {
  /** cleaned, with lowercase scheme and host, no default port and no fragment (route fragments `#/…` kept): for equality only. */
  canonical: string;
  /** The input without tracking and secret parameters (and share-residue fragments). */
  cleaned: string;
  /** Tracking parameter names found, in order (a dropped fragment appears as `#name`). Shared between analyses: read-only. */
  tracking: readonly string[];
  /** Secret (personal session) parameter names found, in order. Shared between analyses: read-only. */
  secrets: readonly string[];
}

export interface StripKinds {
  tracking: boolean;
  secrets: boolean;
}

/**
 * Where a URL's query and fragment start: `hashAt` is the first `#` (-1 when none); `queryAt` the
 * first `?` before it (-1 when none). What the WHATWG parser and strip agree are the parts.
 */
function queryStart(url: string, hashAt: number): number {
  const queryAt = url.indexOf('?');
  return queryAt >= 0 && (hashAt < 0 || queryAt < hashAt) ? queryAt : -1;
}

function decodeParamName(name: string): string {
  if (!name.includes('%') && !name.includes('+')) return name;
  const rawName = name.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(rawName);
  } catch {
    return rawName;
  }
}

function parseHttpUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname ? parsed : null;
}

/** Shared by every analysis that found no parameter (read-only, like every UrlAnalysis). */
export const NO_PARAMS: readonly string[] = [];

interface StripResult {
  url: string;
  /**
   * The query that was kept: null when none is; undefined when it is the input's own, unchanged
   * (not sliced: most callers never read it).
   */
  query: string | null | undefined;
  /**
   * Length of the prefix of the input that is the result without its fragment (base, then `?`
   * and the kept query unless emptied), or -1 when that is not a prefix of the input (a kept
   * query joined from pieces). Lets analyzeUrl slice its canonical form instead of joining it.
   */
  prefixLength: number;
  tracking: readonly string[];
  secrets: readonly string[];
}

/**
 * The parameter names one strip() finds, in order, without repeats: names[0, count) (the array is
 * reused from call to call, strip is not re-entrant, so that finding names allocates nothing; and
 * emptying it is a count reset, as setting an array's length is a runtime call). A Set takes over
 * the repeat check past a few names: a crafted URL with 100k distinct parameters made a list's
 * linear search quadratic (17 s).
 */
class FoundNames {
  readonly names: string[] = [];
  count = 0;
  private seen: Set<string> | undefined;

  reset(): void {
    this.count = 0;
    this.seen = undefined;
  }

  add(name: string): void {
    const names = this.names;
    if (this.seen === undefined) {
      for (let i = 0; i < this.count; i++) if (names[i] === name) return;
      names[this.count++] = name;
      if (this.count > 16) this.seen = new Set(names.slice(0, this.count));
    } else if (!this.seen.has(name)) {
      this.seen.add(name);
      names[this.count++] = name;
    }
  }

  /** The names found, as a shared list (sharedList). */
  list(): readonly string[] {
    return this.count === 0 ? NO_PARAMS : sharedList(this.names, this.count);
  }
}

const foundTracking = new FoundNames();
const foundSecrets = new FoundNames();

/**
 * A trie over name lists: a tracker's URLs find the same few lists again and again (every
 * Bilibili share link spm_id_from, vd_source), and each analysis keeps its list, so equal lists
 * are one shared (read-only) array, holding the names first found (one string per name kept, not
 * one per URL). Bounded: past NAME_LIST_NODES nodes a list is copied, not shared.
 */
interface NameListNode {
  list: readonly string[] | undefined;
  next: Map<string, NameListNode> | undefined;
}

const nameLists: NameListNode = { list: NO_PARAMS, next: undefined };
let nameListNodes = 0;
const NAME_LIST_NODES = 10_000;

function sharedList(names: readonly string[], count: number): readonly string[] {
  let node = nameLists;
  for (let i = 0; i < count; i++) {
    const name = names[i]!;
    let next = node.next?.get(name);
    if (next === undefined) {
      if (nameListNodes >= NAME_LIST_NODES) return names.slice(0, count);
      nameListNodes++;
      next = { list: undefined, next: undefined };
      (node.next ??= new Map()).set(name, next);
    }
    node = next;
  }
  return (node.list ??= names.slice(0, count));
}

/**
 * The URL without the chosen kinds of parameters, and the names found. `hashAt` and `queryAt`
 * are the input's first `#` and the first `?` before it (-1 when none; see queryStart). Strings
 * are made only where something is removed: an input with nothing to remove is returned as is,
 * and an output that is a prefix of the input (share residue is usually appended) is a slice.
 */
function strip(url: string, classifier: ParamClassifier, kinds: StripKinds, queryAt: number, hashAt: number): StripResult {
  const baseEnd = queryAt >= 0 ? queryAt : hashAt >= 0 ? hashAt : url.length;
  const queryEnd = hashAt >= 0 ? hashAt : url.length;
  foundTracking.reset();
  foundSecrets.reset();
  // The kept query is url[queryAt + 1, keptEnd) while keptIsPrefix: the segments kept are exactly
  // those before the first one removed, none of them empty. Otherwise `joined` is built from the
  // non-empty kept segments (only once a segment was removed).
  let removedAny = false;
  let keptIsPrefix = true;
  let keptEnd = queryEnd;
  let joined: string | undefined;
  if (queryAt >= 0) {
    // The next `=` at or after `start` (url.length when none): searched again only once passed, so
    // that a query of many segments without `=` is still read once, not once per segment.
    let nextEq = -1;
    for (let start = queryAt + 1; start <= queryEnd; ) {
      const amp = url.indexOf('&', start);
      const end = amp >= 0 && amp < queryEnd ? amp : queryEnd;
      let removed = false;
      if (end > start) {
        if (nextEq < start) {
          nextEq = url.indexOf('=', start);
          if (nextEq < 0) nextEq = url.length;
        }
        const name = decodeParamName(url.slice(start, nextEq < end ? nextEq : end));
        const kind = classifier.classify(name);
        if (kind === 'tracking') {
          foundTracking.add(name);
          removed = kinds.tracking;
        } else if (kind === 'secret') {
          foundSecrets.add(name);
          removed = kinds.secrets;
        }
      }
      if (removed) {
        if (!removedAny) {
          removedAny = true;
          if (keptIsPrefix) keptEnd = start === queryAt + 1 ? start : start - 1;
          else joined = joinNonEmpty(url, queryAt + 1, start === queryAt + 1 ? start : start - 1);
        }
      } else if (removedAny) {
        if (end > start) {
          if (keptIsPrefix) {
            keptIsPrefix = false;
            joined = joinNonEmpty(url, queryAt + 1, keptEnd);
          }
          joined = joined === '' ? url.slice(start, end) : `${joined}&${url.slice(start, end)}`;
        }
      } else if (end === start) {
        keptIsPrefix = false;
      }
      start = end + 1;
    }
  }
  let keepFragment = hashAt >= 0;
  if (hashAt >= 0) {
    const fragment = classifier.trackingFragmentAt(url, hashAt + 1);
    if (fragment !== null) {
      foundTracking.add(fragment);
      if (kinds.tracking) keepFragment = false;
    }
  }
  const tracking = foundTracking.list();
  const secrets = foundSecrets.list();
  if (!removedAny) {
    return { url: keepFragment ? url : url.slice(0, queryEnd), query: queryAt >= 0 ? undefined : null, prefixLength: queryEnd, tracking, secrets };
  }
  // The query with every segment removed is dropped with its `?` (an input `?` alone is kept above).
  const keptQuery = keptIsPrefix ? url.slice(queryAt + 1, keptEnd) : joined!;
  const emptied = keptQuery === '';
  const prefixLength = emptied ? baseEnd : keptIsPrefix ? keptEnd : -1;
  let out = prefixLength >= 0 ? url.slice(0, prefixLength) : `${url.slice(0, baseEnd)}?${keptQuery}`;
  if (keepFragment) out += url.slice(hashAt);
  return { url: out, query: emptied ? null : keptQuery, prefixLength, tracking, secrets };
}

/** The non-empty `&`-separated segments of url[start, end), joined by `&`. */
function joinNonEmpty(url: string, start: number, end: number): string {
  let out = '';
  for (const segment of url.slice(start, end).split('&')) if (segment !== '') out = out === '' ? segment : `${out}&${segment}`;
  return out;
}

/** A fragment that is a single-page app's route (`#/guide`, `#!/page`), not an anchor in one page. */
function isRouteFragment(hash: string): boolean {
  return hash.startsWith('#/') || hash.startsWith('#!/');
}

/** Canonical form from the already parsed input: the kept query, no fragment unless it is a route (one URL parse in all). */
function canonicalOf(parsed: URL, url: string, queryAt: number, result: StripResult): string {
  // Every URL setter re-serialises the whole URL, so a no-op one is skipped: without a `?` anywhere
  // the URL has no query to drop, and without a `#` no fragment.
  if (result.query === null) {
    if (parsed.href.includes('?')) parsed.search = '';
  } else if (result.url !== parsed.href) parsed.search = `?${result.query ?? url.slice(queryAt + 1, result.prefixLength)}`;
  if (parsed.href.includes('#') && !isRouteFragment(parsed.hash)) parsed.hash = '';
  return parsed.href;
}

/**
 * The shape of a URL the WHATWG parser returns unchanged (bar a `/` for an empty path): lowercase
 * http(s) scheme; a lowercase ASCII DNS name with no port or credentials; a path of characters it
 * never escapes; then an optional query and fragment of characters it keeps as they are in a
 * special URL (a safe subset: `'` is escaped in a query). analyzeUrl also rules out what this
 * pattern cannot: an IDNA (`xn--`) label, a numeric last label (read as IPv4) and dot segments.
 */
const PLAIN_URL = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*(?:\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?(?:\?[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?(?:#[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*)?$/;
const ALL_KINDS: StripKinds = { tracking: true, secrets: true };

/** True when url[start, end) is a label the WHATWG host parser reads as an IPv4 number (`/^(?:\d+|0x[0-9a-f]*)$/`). */
function isNumericLabel(url: string, start: number, end: number): boolean {
  // Both forms start with a digit; nearly every last label (a TLD) starts with a letter.
  const first = url.charCodeAt(start);
  if (!(first >= 48 && first <= 57)) return false;
  const hex = url.startsWith('0x', start);
  for (let i = hex ? start + 2 : start; i < end; i++) {
    const code = url.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    if (!(digit || (hex && code >= 97 && code <= 102))) return false;
  }
  return hex || end > start;
}

/** False when no `/` in url[start, end) is followed by `.` or `%`, which every dot segment starts with (two native searches). */
function mayHaveDotSegment(url: string, start: number, end: number): boolean {
  const dot = url.indexOf('/.', start);
  if (dot >= 0 && dot < end) return true;
  const percent = url.indexOf('/%', start);
  return percent >= 0 && percent < end;
}

/**
 * True when the path url[start, end) has a dot segment, `/` then one or two of `.` or `%2e`
 * (any case), then `/` or the path's end (which the WHATWG parser resolves):
 * `/\/(?:\.|%2e){1,2}(?=\/|$)/i` on the path, read in place at each `/`.
 */
function hasDotSegment(url: string, start: number, end: number): boolean {
  for (let slash = url.indexOf('/', start); slash >= 0 && slash < end; slash = url.indexOf('/', slash + 1)) {
    let i = slash + 1;
    let dots = 0;
    for (; dots < 2; dots++) {
      if (url.charCodeAt(i) === 46 /* . */) i++;
      else if (url.charCodeAt(i) === 37 /* % */ && url.charCodeAt(i + 1) === 50 /* 2 */ && (url.charCodeAt(i + 2) | 32) === 101 /* e */) i += 3;
      else break;
    }
    if (dots > 0 && (i === end || url.charCodeAt(i) === 47)) return true;
  }
  return false;
}

/**
 * Tracking/secret analysis of an http(s) URL, or null when it is not one. A URL of the plain shape
 * (PLAIN_URL: most links of a tracker) is analysed from its own text, its canonical form put
 * together from strings the way canonicalOf derives it from a parsed URL; any other goes through
 * analyzeUrlByParsing, which the tests compare this with.
 */
export function analyzeUrl(url: string): UrlAnalysis | null {
  if (!PLAIN_URL.test(url)) return analyzeUrlByParsing(url);
  const hostStart = url.charCodeAt(4) === 115 /* s */ ? 8 : 7;
  const queryAt = url.indexOf('?', hostStart);
  const hashAt = url.indexOf('#', hostStart);
  const baseEnd = queryAt >= 0 && (hashAt < 0 || queryAt < hashAt) ? queryAt : hashAt >= 0 ? hashAt : url.length;
  const pathAt = url.indexOf('/', hostStart);
  const hostEnd = pathAt >= 0 && pathAt < baseEnd ? pathAt : baseEnd;
  const xn = url.indexOf('xn--', hostStart);
  const lastDot = url.lastIndexOf('.', hostEnd - 1);
  if ((xn >= 0 && xn < hostEnd) || isNumericLabel(url, lastDot >= hostStart ? lastDot + 1 : hostStart, hostEnd)) return analyzeUrlByParsing(url);
  if (hostEnd < baseEnd && mayHaveDotSegment(url, hostEnd, baseEnd) && hasDotSegment(url, hostEnd, baseEnd)) return analyzeUrlByParsing(url);
  // The WHATWG form of the base: itself, with `/` for an empty path.
  if (baseEnd === url.length) return { canonical: hostEnd === baseEnd ? `${url}/` : url, cleaned: url, tracking: NO_PARAMS, secrets: NO_PARAMS };
  const query = queryAt === baseEnd ? queryAt : -1;
  const result = strip(url, paramsForHost(url.slice(hostStart, hostEnd)), ALL_KINDS, query, hashAt);
  const route = hashAt >= 0 && (url.startsWith('/', hashAt + 1) || url.startsWith('!/', hashAt + 1));
  let canonical: string;
  if (hostEnd < baseEnd && !route && result.prefixLength >= 0) {
    // The canonical form is a prefix of the input (base, kept query): the cleaned URL itself when
    // that has no fragment, else a slice.
    canonical = result.url.length === result.prefixLength ? result.url : url.slice(0, result.prefixLength);
  } else {
    const keptQuery = result.query === undefined ? url.slice(query + 1, hashAt >= 0 ? hashAt : url.length) : result.query;
    const href = hostEnd === baseEnd ? `${url.slice(0, baseEnd)}/` : url.slice(0, baseEnd);
    canonical = href + (keptQuery === null ? '' : `?${keptQuery}`) + (route ? url.slice(hashAt) : '');
  }
  return { canonical, cleaned: result.url, tracking: result.tracking, secrets: result.secrets };
}

/** analyzeUrl through one WHATWG `URL` parse, for every URL: what the fast paths must agree with (tests compare them). */
export function analyzeUrlByParsing(url: string): UrlAnalysis | null {
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  const hashAt = url.indexOf('#');
  const queryAt = queryStart(url, hashAt);
  const result = strip(url, paramsForHost(parsed.hostname), ALL_KINDS, queryAt, hashAt);
  return { canonical: canonicalOf(parsed, url, queryAt, result), cleaned: result.url, tracking: result.tracking, secrets: result.secrets };
}

/** The URL without the chosen kinds of parameters; unchanged when it is not an http(s) URL. */
export function stripUrlParams(url: string, kinds: StripKinds): string {
  const parsed = parseHttpUrl(url);
  if (!parsed) return url;
  const hashAt = url.indexOf('#');
  return strip(url, paramsForHost(parsed.hostname), kinds, queryStart(url, hashAt), hashAt).url;
}

/**
 * canonicalizeUrl's answers so far, by input. A `check --links` run asks for each link's canonical form
 * several times (the link engine's dedup, the link-verdict rules, the report's verdict lookup), and a URL
 * that is not plain costs a WHATWG parse and re-serialisation each time (about 18 µs). The answer is a
 * pure function of the input, so later asks are a lookup. Emptied when full: a bound on memory, not an LRU.
 */
const canonicalMemo = new Map<string, string>();
const CANONICAL_MEMO_LIMIT = 100_000;

/**
 * Tells canonicalizeUrl the answer for `url` when the caller already has it: `analysis` must be
 * `analyzeUrl(url)`, as a column's readings (urlsOf) keep it. Link extraction passes them on, so the
 * link engine, the verdict rules and the report do not analyse each link again (for a URL that is
 * not plain, a WHATWG parse: about 15 ms for 1,000 links on a cold run, before the first request).
 */
export function rememberCanonical(url: string, analysis: UrlAnalysis | null): void {
  if (canonicalMemo.has(url)) return;
  if (canonicalMemo.size >= CANONICAL_MEMO_LIMIT) canonicalMemo.clear();
  canonicalMemo.set(url, analysis?.canonical ?? url);
}

/** The canonical form for equality; the input unchanged when it is not an http(s) URL. */
export function canonicalizeUrl(url: string): string {
  let canonical = canonicalMemo.get(url);
  if (canonical === undefined) {
    if (canonicalMemo.size >= CANONICAL_MEMO_LIMIT) canonicalMemo.clear();
    canonical = analyzeUrl(url)?.canonical ?? url;
    canonicalMemo.set(url, canonical);
  }
  return canonical;
}
