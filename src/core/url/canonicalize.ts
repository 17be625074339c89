// URL canonicalization: strips tracking and session parameters by host (tables in host-params.ts)
// and builds the canonical form used for equality (duplicate-link, the link engine's dedup).
// Pure string work; the input's own bytes are kept wherever nothing is removed.
import { paramsForHost } from './host-params.js';

export interface UrlAnalysis {
  /** cleaned, with lowercase scheme and host, no default port and no fragment (route fragments `#/…` kept): for equality only. */
  canonical: string;
  /** The input without tracking and secret parameters (and share-residue fragments). */
  cleaned: string;
  /** Tracking parameter names found, in order (a dropped fragment appears as `#name`). */
  tracking: string[];
  /** Secret (personal session) parameter names found, in order. */
  secrets: string[];
}

export interface StripKinds {
  tracking: boolean;
  secrets: boolean;
}

interface UrlParts {
  base: string;
  query: string | null;
  fragment: string | null;
}

function splitUrl(url: string): UrlParts {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt < 0 ? url : url.slice(0, hashAt);
  const fragment = hashAt < 0 ? null : url.slice(hashAt + 1);
  const queryAt = beforeHash.indexOf('?');
  return {
    base: queryAt < 0 ? beforeHash : beforeHash.slice(0, queryAt),
    query: queryAt < 0 ? null : beforeHash.slice(queryAt + 1),
    fragment,
  };
}

function decodeParamName(segment: string): string {
  const eq = segment.indexOf('=');
  const name = eq < 0 ? segment : segment.slice(0, eq);
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
const NONE: string[] = [];

interface StripResult {
  url: string;
  /** The query that was kept (null when the URL has none). */
  query: string | null;
  tracking: string[];
  secrets: string[];
}

/**
 * One string per parameter name found: names repeat across a tracker's URLs, and each analysis
 * keeps its list (memoised per row), so a fresh copy per URL was kept 100k times. Bounded.
 */
const foundNames = new Map<string, string>();

function foundName(name: string): string {
  const known = foundNames.get(name);
  if (known !== undefined) return known;
  if (foundNames.size < 10_000) foundNames.set(name, name);
  return name;
}

/** `parts` is splitUrl(url), when the caller already has it (its strings then end up in the result). */
function strip(url: string, hostname: string, kinds: StripKinds, parts: UrlParts = splitUrl(url)): StripResult {
  const classifier = paramsForHost(hostname);
  const { base, query, fragment } = parts;
  // Sets: a crafted URL with 100k distinct parameters made Array.includes quadratic (17 s). They are
  // made on the first parameter found, and `kept` on the first one removed: most URLs need neither.
  let tracking: Set<string> | undefined;
  let secrets: Set<string> | undefined;
  let keptQuery = query;
  if (query !== null) {
    const segments = query.split('&');
    let kept: string[] | undefined;
    // When the segments kept are exactly those before the first one removed, none of them empty
    // (share residue is usually appended: `…&sn=…&scene=21`), the kept query is a slice of the
    // query (`prefixEnd` long) rather than a joined copy.
    let keptIsPrefix = true;
    let prefixEnd = 0;
    for (let i = 0; i < segments.length; i++) {
      const segment = segments[i]!;
      let removed = false;
      if (segment !== '') {
        const name = decodeParamName(segment);
        const kind = classifier.classify(name);
        if (kind === 'tracking') {
          (tracking ??= new Set()).add(foundName(name));
          removed = kinds.tracking;
        } else if (kind === 'secret') {
          (secrets ??= new Set()).add(foundName(name));
          removed = kinds.secrets;
        }
      }
      if (removed) {
        kept ??= segments.slice(0, i);
      } else if (kept) {
        kept.push(segment);
        if (segment !== '') keptIsPrefix = false;
      } else {
        if (segment === '') keptIsPrefix = false;
        prefixEnd += (i === 0 ? 0 : 1) + segment.length;
      }
    }
    if (kept) keptQuery = keptIsPrefix ? query.slice(0, prefixEnd) : kept.filter((s) => s !== '').join('&');
  }
  let keptFragment = fragment;
  if (fragment !== null && classifier.isTrackingFragment(fragment)) {
    (tracking ??= new Set()).add(foundName(`#${fragment}`));
    if (kinds.tracking) keptFragment = null;
  }
  const emptied = keptQuery === null || (keptQuery === '' && query !== '');
  const out = base + (emptied ? '' : `?${keptQuery}`) + (keptFragment === null ? '' : `#${keptFragment}`);
  return { url: out, query: emptied ? null : keptQuery, tracking: tracking ? [...tracking] : NONE, secrets: secrets ? [...secrets] : NONE };
}

/** A fragment that is a single-page app's route (`#/guide`, `#!/page`), not an anchor in one page. */
function isRouteFragment(hash: string): boolean {
  return hash.startsWith('#/') || hash.startsWith('#!/');
}

/** Canonical form from the already parsed input: the kept query, no fragment unless it is a route (one URL parse in all). */
function canonicalOf(parsed: URL, result: StripResult): string {
  // Every URL setter re-serialises the whole URL, so a no-op one is skipped: without a `?` anywhere
  // the URL has no query to drop, and without a `#` no fragment.
  if (result.query === null) {
    if (parsed.href.includes('?')) parsed.search = '';
  } else if (result.url !== parsed.href) parsed.search = `?${result.query}`;
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
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?=\/|$)/i;

/** True when url[start, end) is a label the WHATWG host parser reads as an IPv4 number (`/^(?:\d+|0x[0-9a-f]*)$/`). */
function isNumericLabel(url: string, start: number, end: number): boolean {
  const hex = url.startsWith('0x', start);
  for (let i = hex ? start + 2 : start; i < end; i++) {
    const code = url.charCodeAt(i);
    const digit = code >= 48 && code <= 57;
    if (!(digit || (hex && code >= 97 && code <= 102))) return false;
  }
  return hex || end > start;
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
  const base = baseEnd === url.length ? url : url.slice(0, baseEnd);
  if (hostEnd < baseEnd && DOT_SEGMENT.test(base)) return analyzeUrlByParsing(url);
  // The WHATWG form of the base: itself, with `/` for an empty path.
  const href = hostEnd === baseEnd ? `${base}/` : base;
  if (base === url) return { canonical: href, cleaned: url, tracking: NONE, secrets: NONE };
  const fragment = hashAt >= 0 ? url.slice(hashAt + 1) : null;
  const query = queryAt >= 0 && queryAt === baseEnd ? url.slice(queryAt + 1, hashAt >= 0 ? hashAt : url.length) : null;
  // The parts are the ones splitUrl would make ('?' and '#' never come before hostStart), passed on
  // so that a cleaned URL equal to its base is the same string as the canonical one.
  const result = strip(url, url.slice(hostStart, hostEnd), { tracking: true, secrets: true }, { base, query, fragment });
  const route = fragment !== null && (fragment.startsWith('/') || fragment.startsWith('!/'));
  const canonical = href + (result.query === null ? '' : `?${result.query}`) + (route ? `#${fragment}` : '');
  return { canonical, cleaned: result.url, tracking: result.tracking, secrets: result.secrets };
}

/** analyzeUrl through one WHATWG `URL` parse, for every URL: what the fast paths must agree with (tests compare them). */
export function analyzeUrlByParsing(url: string): UrlAnalysis | null {
  const parsed = parseHttpUrl(url);
  if (!parsed) return null;
  const result = strip(url, parsed.hostname, { tracking: true, secrets: true });
  return { canonical: canonicalOf(parsed, result), cleaned: result.url, tracking: result.tracking, secrets: result.secrets };
}

/** The URL without the chosen kinds of parameters; unchanged when it is not an http(s) URL. */
export function stripUrlParams(url: string, kinds: StripKinds): string {
  const parsed = parseHttpUrl(url);
  return parsed ? strip(url, parsed.hostname, kinds).url : url;
}

/**
 * canonicalizeUrl's answers so far, by input. A `check --links` run asks for each link's canonical form
 * several times (the link engine's dedup, the link-verdict rules, the report's verdict lookup), and a URL
 * that is not plain costs a WHATWG parse and re-serialisation each time (about 18 µs). The answer is a
 * pure function of the input, so later asks are a lookup. Emptied when full: a bound on memory, not an LRU.
 */
const canonicalMemo = new Map<string, string>();
const CANONICAL_MEMO_LIMIT = 100_000;

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
