// Link engine › host checkers: judges github.com repository links through the GitHub API (GraphQL in
// batches of 100, REST as the fallback — the lookup itself is injected) instead of fetching pages, which
// github.com rate-limits. A missing repository is dead, a renamed or transferred one redirected to its
// new URL; an archived one is alive, and remembered so the caller can warn that the entry may be stale.
import type { LinkVerdict } from '../../core/types.js';
import type { HostChecker } from '../check.js';

export interface RepositoryRef {
  owner: string;
  name: string;
}

/** What the lookup reports per repository (the shape of the Action API layer's checkRepositories). */
export type RepositoryLookup =
  | { repo: RepositoryRef; status: 'exists' | 'moved'; nameWithOwner: string; url: string; archived: boolean }
  | { repo: RepositoryRef; status: 'missing' }
  | { repo: RepositoryRef; status: 'error'; message: string };

export type LookupRepositories = (repos: RepositoryRef[]) => Promise<RepositoryLookup[]>;

const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);

/** First path segments that are GitHub's own pages, not owners. */
const RESERVED_OWNERS = new Set([
  'about', 'account', 'apps', 'blog', 'collections', 'contact', 'customer-stories', 'enterprise', 'events',
  'explore', 'features', 'issues', 'join', 'login', 'logout', 'marketplace', 'new', 'notifications', 'orgs',
  'organizations', 'pricing', 'pulls', 'readme', 'search', 'security', 'sessions', 'settings', 'site',
  'sponsors', 'stars', 'team', 'topics', 'trending', 'users',
]);

const NAME = /^[A-Za-z0-9_.-]+$/;

export interface ParsedRepositoryUrl {
  repo: RepositoryRef;
  /** Everything after /OWNER/REPO (path rest, query, fragment), e.g. "/blob/main/README.md". */
  rest: string;
  /** True when the URL is the repository's home page (nothing, or only a trailing slash, after it). */
  isRoot: boolean;
}

/** Owner and name of a github.com repository URL, or null when the URL is not one. */
export function parseRepositoryUrl(url: string | URL): ParsedRepositoryUrl | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!GITHUB_HOSTS.has(parsed.hostname.toLowerCase()) || parsed.port !== '') return null;
  const segments = parsed.pathname.split('/');
  const owner = decodeURIComponent(segments[1] ?? '');
  let name = decodeURIComponent(segments[2] ?? '');
  if (!NAME.test(owner) || !NAME.test(name) || RESERVED_OWNERS.has(owner.toLowerCase())) return null;
  if (name.endsWith('.git')) name = name.slice(0, -4);
  if (name === '' || name === '.' || name === '..') return null;
  const pathRest = segments.slice(3).join('/');
  const rest = (pathRest === '' && segments.length <= 3 ? '' : `/${pathRest}`) + parsed.search + parsed.hash;
  return { repo: { owner, name }, rest, isRoot: pathRest === '' && parsed.search === '' };
}

export interface GitHubRepositoryChecker extends HostChecker {
  /** Canonical URLs whose repository is archived (alive, but the entry may be stale), from the last batches. */
  readonly archived: ReadonlySet<string>;
}

function verdictFor(url: string, parsed: ParsedRepositoryUrl, found: RepositoryLookup, checkedAt: string, ms: number): LinkVerdict | null {
  if (found.status === 'missing') {
    return { url, verdict: 'dead', status: 404, reason: { kind: 'github-repo-missing' }, ms, checkedAt };
  }
  if (found.status === 'error') return null;
  if (found.status === 'moved') {
    const finalUrl = `${found.url.replace(/\/+$/, '')}${parsed.rest}`;
    return { url, verdict: 'redirected', status: 301, finalUrl, reason: { kind: 'github-repo-moved' }, ms, checkedAt };
  }
  // The repository exists: its home page is alive; a deeper path (a file, an issue) still needs a fetch.
  if (!parsed.isRoot) return null;
  return { url, verdict: 'alive', status: 200, reason: { kind: found.archived ? 'github-repo-archived' : 'github-repo' }, ms, checkedAt };
}

/**
 * A HostChecker for github.com repository links. URLs it cannot settle (an API error, a path below an
 * existing repository) are left out of its answer, so the HTTP engine checks them instead.
 */
export function createGitHubRepositoryChecker(lookup: LookupRepositories): GitHubRepositoryChecker {
  const archived = new Set<string>();
  return {
    name: 'github-repositories',
    archived,
    matches: (url) => parseRepositoryUrl(url) !== null,
    async checkBatch(urls) {
      const started = Date.now();
      const parsedUrls = urls.flatMap((url) => {
        const parsed = parseRepositoryUrl(url);
        return parsed ? [{ url, parsed }] : [];
      });
      const results = await lookup(parsedUrls.map((entry) => entry.parsed.repo));
      const checkedAt = new Date().toISOString();
      const ms = Date.now() - started;
      const verdicts = new Map<string, LinkVerdict>();
      parsedUrls.forEach(({ url, parsed }, i) => {
        const found = results[i];
        if (!found) return;
        if (found.status !== 'missing' && found.status !== 'error' && found.archived) archived.add(url);
        const verdict = verdictFor(url, parsed, found, checkedAt, ms);
        if (verdict) verdicts.set(url, verdict);
      });
      return verdicts;
    },
  };
}
