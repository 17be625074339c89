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

interface StripResult {
  url: string;
  /** The query that was kept (null when the URL has none). */
  query: string | null;
  tracking: string[];
  secrets: string[];
}

function strip(url: string, hostname: string, kinds: StripKinds): StripResult {
  const classifier = paramsForHost(hostname);
  const { base, query, fragment } = splitUrl(url);
  // Sets: a crafted URL with 100k distinct parameters made Array.includes quadratic (17 s).
  const tracking = new Set<string>();
  const secrets = new Set<string>();
  let keptQuery = query;
  if (query !== null) {
    const segments = query.split('&');
    const kept: string[] = [];
    for (const segment of segments) {
      const name = decodeParamName(segment);
      const kind = segment === '' ? null : classifier.classify(name);
      if (kind === 'tracking') {
        tracking.add(name);
        if (kinds.tracking) continue;
      } else if (kind === 'secret') {
        secrets.add(name);
        if (kinds.secrets) continue;
      }
      kept.push(segment);
    }
    if (kept.length !== segments.length) keptQuery = kept.filter((s) => s !== '').join('&');
  }
  let keptFragment = fragment;
  if (fragment !== null && classifier.isTrackingFragment(fragment)) {
    tracking.add(`#${fragment}`);
    if (kinds.tracking) keptFragment = null;
  }
  const emptied = keptQuery === null || (keptQuery === '' && query !== '');
  const out = base + (emptied ? '' : `?${keptQuery}`) + (keptFragment === null ? '' : `#${keptFragment}`);
  return { url: out, query: emptied ? null : keptQuery, tracking: [...tracking], secrets: [...secrets] };
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

const PLAIN_PREFIX = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/]*)?$/;
const NUMERIC_LABEL = /^(?:\d+|0x[0-9a-f]*)$/;
const DOT_SEGMENT = /\/(?:\.|%2e){1,2}(?=\/|$)/i;

/**
 * True for a URL the WHATWG parser returns unchanged (bar a `/` for an empty path): lowercase
 * http(s) scheme; a lowercase ASCII DNS name with no port, credentials, IDNA (`xn--`) label or
 * numeric last label (which it would read as IPv4); a path of characters it never escapes, with no
 * dot segments; no query and no fragment. Such a URL has no parameters to strip, so analyzeUrl needs
 * no `URL` object for it.
 */
function isPlainUrl(url: string): boolean {
  const match = PLAIN_PREFIX.exec(url);
  if (!match) return false;
  const host = match[1]!;
  if (host.includes('xn--') || NUMERIC_LABEL.test(host.slice(host.lastIndexOf('.') + 1))) return false;
  return match[2] === undefined || !DOT_SEGMENT.test(match[2]);
}

/** Characters the WHATWG parser leaves as they are in a special URL's query and fragment (a safe subset). */
const PLAIN_TAIL = /^[A-Za-z0-9\-._~!$&()*+,;=:@%/?]*$/;
/** Shared by every analysis that found no parameter (read-only, like every UrlAnalysis). */
const NONE: string[] = [];

/** The WHATWG form of a plain URL (isPlainUrl): itself, with `/` for an empty path. */
function plainHref(url: string): string {
  return url.indexOf('/', 8) === -1 ? `${url}/` : url;
}

/**
 * analyzeUrl without a `URL` object for a plain URL (isPlainUrl) followed by a query and/or a
 * fragment of characters the parser keeps as they are: its canonical form is then put together
 * from strings the way canonicalOf derives it from the parsed URL. Undefined for any other URL.
 */
function analyzePlainWithQuery(url: string): UrlAnalysis | undefined {
  const { base, query, fragment } = splitUrl(url);
  if ((query !== null && !PLAIN_TAIL.test(query)) || (fragment !== null && !PLAIN_TAIL.test(fragment)) || !isPlainUrl(base)) return undefined;
  const hostEnd = base.indexOf('/', 8);
  const hostname = base.slice(base.indexOf('//') + 2, hostEnd === -1 ? base.length : hostEnd);
  const result = strip(url, hostname, { tracking: true, secrets: true });
  const route = fragment !== null && (fragment.startsWith('/') || fragment.startsWith('!/'));
  const canonical = plainHref(base) + (result.query === null ? '' : `?${result.query}`) + (route ? `#${fragment}` : '');
  return {
    canonical,
    cleaned: result.url,
    tracking: result.tracking.length === 0 ? NONE : result.tracking,
    secrets: result.secrets.length === 0 ? NONE : result.secrets,
  };
}

/** Tracking/secret analysis of an http(s) URL, or null when it is not one. */
export function analyzeUrl(url: string): UrlAnalysis | null {
  if (isPlainUrl(url)) return { canonical: plainHref(url), cleaned: url, tracking: NONE, secrets: NONE };
  return analyzePlainWithQuery(url) ?? analyzeUrlByParsing(url);
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
