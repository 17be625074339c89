// Test support › fake GitHub: a stateful, in-memory GitHub REST + GraphQL server on loopback that the real
// Octokit (and the bundled Action in a child process, via GITHUB_API_URL) can talk to. Records every request,
// can inject failures, and can play a read-only (fork pull request) token.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { route, type RouteResult } from './fake-github/routes.js';
import { FakeGitHubState } from './fake-github/state.js';

export { FakeGitHubState, blobSha, gitPatch } from './fake-github/state.js';
export type { FakeRepo, FakeIssue, FakeIssueComment, FakePull, FakeReviewComment, FakeUser } from './fake-github/state.js';

export interface RecordedRequest {
  method: string;
  /** Path without the query string and without an /api/v3 prefix. */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body, the raw text when not JSON, undefined when empty. */
  body: unknown;
  /** Status the fake answered with. */
  status: number;
}

export interface FailureOptions {
  message?: string;
  headers?: Record<string, string>;
  /** Whole JSON body to answer with instead of GitHub's `{message, documentation_url}`. */
  body?: unknown;
}

export interface StartFakeGitHubOptions {
  /** 127.0.0.1 by default; any other loopback address works too. */
  host?: string;
  /** Tokens accepted; any non-empty token when omitted. */
  tokens?: string[];
  readOnly?: boolean;
  state?: FakeGitHubState;
}

export interface FakeGitHub {
  /** Base URL to use as GITHUB_API_URL / Octokit baseUrl (no path prefix). */
  url: string;
  state: FakeGitHubState;
  requests: RecordedRequest[];
  /** Requests matching a method and a path (exact string or pattern), in order. */
  requestsTo(method: string, path: string | RegExp): RecordedRequest[];
  /** Answer the next `times` matching requests with `status` instead of serving them. */
  failNext(method: string, path: string | RegExp, status: number, times?: number, options?: FailureOptions): void;
  /** In read-only mode every write answers 403 "Resource not accessible by integration". */
  setReadOnly(readOnly: boolean): void;
  close(): Promise<void>;
}

interface Failure {
  method: string;
  path: string | RegExp;
  status: number;
  remaining: number;
  options: FailureOptions;
}

const DEFAULT_MESSAGES: Record<number, string> = {
  400: 'Problems parsing JSON',
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Validation Failed',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Server Error',
  503: 'Service Unavailable',
};

function matches(pattern: string | RegExp, path: string): boolean {
  return typeof pattern === 'string' ? pattern === path : pattern.test(path);
}

function normalizePath(pathname: string): string {
  if (pathname === '/api/graphql') return '/graphql';
  const stripped = pathname.startsWith('/api/v3/') ? pathname.slice('/api/v3'.length) : pathname;
  return stripped.length > 1 ? stripped.replace(/\/+$/, '') : stripped;
}

export async function startFakeGitHub(options: StartFakeGitHubOptions = {}): Promise<FakeGitHub> {
  const state = options.state ?? new FakeGitHubState();
  const requests: RecordedRequest[] = [];
  const failures: Failure[] = [];
  let readOnly = options.readOnly ?? false;
  let remaining = 5000;
  let requestCounter = 0;

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const method = (req.method ?? 'GET').toUpperCase();
      const host = req.headers.host ?? '127.0.0.1';
      const parsed = new URL(req.url ?? '/', `http://${host}`);
      const path = normalizePath(parsed.pathname);
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      let badJson = false;
      if (raw !== '') {
        try {
          body = JSON.parse(raw);
        } catch {
          body = raw;
          badJson = true;
        }
      }
      const record: RecordedRequest = {
        method,
        path,
        query: Object.fromEntries(parsed.searchParams),
        headers: req.headers,
        body,
        status: 0,
      };
      requests.push(record);

      let result: RouteResult;
      try {
        result = answer(method, path, parsed.searchParams, body, badJson, req.headers, `http://${host}`);
      } catch (error) {
        result = { status: 500, body: { message: `fake GitHub crashed: ${(error as Error).message}` } };
      }
      record.status = result.status;
      remaining = Math.max(0, remaining - 1);
      requestCounter += 1;
      const headers: Record<string, string> = {
        'x-github-request-id': `FAKE:${requestCounter}`,
        'x-github-api-version-selected': '2022-11-28',
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': String(remaining),
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-used': String(5000 - remaining),
        'x-ratelimit-resource': path === '/graphql' ? 'graphql' : 'core',
        ...(result.headers ?? {}),
      };
      if (result.body === undefined || result.status === 204) {
        res.writeHead(result.status, headers);
        res.end();
        return;
      }
      const text = JSON.stringify(result.body);
      res.writeHead(result.status, {
        ...headers,
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
      });
      res.end(text);
    });
  });

  function answer(
    method: string,
    path: string,
    query: URLSearchParams,
    body: unknown,
    badJson: boolean,
    headers: IncomingHttpHeaders,
    apiBase: string,
  ): RouteResult {
    const failure = failures.find((f) => (f.method === '*' || f.method === method) && matches(f.path, path) && f.remaining > 0);
    if (failure) {
      failure.remaining -= 1;
      if (failure.remaining === 0) failures.splice(failures.indexOf(failure), 1);
      return {
        status: failure.status,
        headers: failure.options.headers ?? {},
        body: failure.options.body ?? {
          message: failure.options.message ?? DEFAULT_MESSAGES[failure.status] ?? 'Error',
          documentation_url: 'https://docs.github.com/rest',
          status: String(failure.status),
        },
      };
    }
    const authorization = headers.authorization ?? '';
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(authorization)?.[1];
    if (!token) return { status: 401, body: { message: 'Requires authentication', documentation_url: 'https://docs.github.com/rest' } };
    if (options.tokens && !options.tokens.includes(token)) {
      return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
    }
    if (badJson) return { status: 400, body: { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest' } };
    const isWrite = method !== 'GET' && method !== 'HEAD' && path !== '/graphql';
    if (readOnly && isWrite) {
      return {
        status: 403,
        body: { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' },
      };
    }
    const result = route({ state, method, path, query, body, apiBase, user: state.appUser });
    return result ?? { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' } };
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;

  return {
    url: `http://${address.address}:${address.port}`,
    state,
    requests,
    requestsTo: (method, path) => requests.filter((r) => r.method === method.toUpperCase() && matches(path, r.path)),
    failNext: (method, path, status, times = 1, failureOptions = {}) => {
      failures.push({ method: method.toUpperCase(), path, status, remaining: times, options: failureOptions });
    },
    setReadOnly: (value) => {
      readOnly = value;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
