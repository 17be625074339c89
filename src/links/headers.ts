// Request headers for one hop of a link check: browser-like defaults, built-in and configured
// per-host overrides, and the GitHub token. Credentials never leave their origin: once a redirect
// chain crosses origins, Authorization/Cookie headers are dropped for the rest of the chain.
import { ACCEPT_ENCODING } from './body.js';
import { valuesForHost } from './host-match.js';

export const BROWSER_HEADERS: Readonly<Record<string, string>> = {
  'user-agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
  'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8',
  // Every coding listed is decoded by body.ts; many servers compress whatever we ask.
  'accept-encoding': ACCEPT_ENCODING,
};

/** Hosts that answer scripted clients differently without these (facts from public crawler projects and link-checker issues). */
export const BUILTIN_HOST_HEADERS: Readonly<Record<string, Record<string, string>>> = {
  'bilibili.com': { referer: 'https://www.bilibili.com' },
};

const CREDENTIAL_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);
const GITHUB_TOKEN_HOSTS = new Set(['github.com', 'api.github.com']);

export interface HeaderContext {
  /** `links.headers`: host → header → value. */
  configured: Record<string, Record<string, string>>;
  githubToken?: string;
  /** True once the redirect chain has left the origin of the link. */
  crossedOrigin: boolean;
}

export function requestHeaders(url: URL, ctx: HeaderContext): Record<string, string> {
  const headers: Record<string, string> = { ...BROWSER_HEADERS };
  const overrides = [...valuesForHost(BUILTIN_HOST_HEADERS, url.hostname), ...valuesForHost(ctx.configured, url.hostname)];
  for (const override of overrides) {
    for (const [name, value] of Object.entries(override)) headers[name.toLowerCase()] = value;
  }
  if (ctx.githubToken && url.protocol === 'https:' && GITHUB_TOKEN_HOSTS.has(url.hostname.toLowerCase())) {
    headers.authorization = `Bearer ${ctx.githubToken}`;
  }
  if (ctx.crossedOrigin) {
    for (const name of CREDENTIAL_HEADERS) delete headers[name];
  }
  return headers;
}
