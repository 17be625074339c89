// Action adapter › GitHub API layer: turns Octokit failures into one typed error with a one-line message,
// so the Action can report "what failed" without a stack trace and fall back when the token is read-only.

export class GitHubApiError extends Error {
  override readonly name = 'GitHubApiError';

  constructor(
    readonly method: string,
    readonly path: string,
    /** HTTP status; null when no response arrived (network failure) or GraphQL failed inside a 200. */
    readonly status: number | null,
    readonly reason: string,
  ) {
    super(`GitHub API: ${method} ${path} failed: ${status === null ? '' : `${status} `}${reason}`);
  }
}

interface RequestErrorLike {
  status?: unknown;
  message?: unknown;
  request?: { method?: unknown; url?: unknown };
  response?: { status?: unknown; data?: unknown; headers?: Record<string, unknown> };
  cause?: unknown;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split('?')[0] ?? url;
  }
}

function validationDetails(data: unknown): string {
  const errors = (data as { errors?: unknown })?.errors;
  if (!Array.isArray(errors)) return '';
  const parts = errors.map((entry: unknown) => {
    if (typeof entry === 'string') return entry;
    const e = entry as { message?: unknown; resource?: unknown; field?: unknown; code?: unknown };
    if (typeof e.message === 'string' && e.message) return e.message;
    return [e.resource, e.field, e.code].filter((x) => typeof x === 'string').join(' ');
  });
  const joined = parts.filter(Boolean).join('; ');
  return joined ? ` (${joined})` : '';
}

function networkReason(error: RequestErrorLike): string {
  const message = typeof error.message === 'string' ? error.message : 'request failed';
  const cause = error.cause as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = cause?.code ?? cause?.cause?.code;
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}

/**
 * Wraps any error thrown by an Octokit call. `method`/`path` describe the call for the message when the
 * error does not carry its own request (it usually does).
 */
export function toGitHubApiError(error: unknown, method: string, path: string): GitHubApiError {
  if (error instanceof GitHubApiError) return error;
  const e = (error ?? {}) as RequestErrorLike;
  const requestMethod = typeof e.request?.method === 'string' ? e.request.method : method;
  const requestPath = typeof e.request?.url === 'string' ? pathOf(e.request.url) : path;
  const status = typeof e.status === 'number' ? e.status : null;
  if (e.response === undefined || status === null) {
    return new GitHubApiError(requestMethod, requestPath, null, oneLine(networkReason(e)));
  }
  const data = e.response.data as { message?: unknown } | string | undefined;
  const apiMessage =
    typeof data === 'object' && data !== null && typeof data.message === 'string'
      ? data.message
      : typeof e.message === 'string' && e.message
        ? e.message
        : 'no message';
  return new GitHubApiError(requestMethod, requestPath, status, oneLine(apiMessage + validationDetails(data)));
}

/** Runs one API call and rethrows its failure as a GitHubApiError naming `method path`. */
export async function callApi<T>(method: string, path: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toGitHubApiError(error, method, path);
  }
}

const RATE_LIMIT_PATTERN = /rate limit/i;

/** True when the token may not write here (e.g. a fork pull request's read-only GITHUB_TOKEN). */
export function isPermissionError(error: unknown): boolean {
  return error instanceof GitHubApiError && error.status === 403 && !RATE_LIMIT_PATTERN.test(error.reason);
}

export function isNotFoundError(error: unknown): boolean {
  return error instanceof GitHubApiError && error.status === 404;
}

export function isValidationError(error: unknown): boolean {
  return error instanceof GitHubApiError && error.status === 422;
}
