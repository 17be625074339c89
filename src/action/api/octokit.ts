// Action adapter › GitHub API layer: builds the one Octokit client every API operation uses —
// @actions/github's client (GITHUB_API_URL, proxy support) plus retries on 5xx and rate-limit throttling.
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';

export interface OctokitLog {
  debug: (message: string) => unknown;
  info: (message: string) => unknown;
  warn: (message: string) => unknown;
  error: (message: string) => unknown;
}

export interface CreateOctokitOptions {
  /** API root; defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string;
  log?: OctokitLog;
  /**
   * Milliseconds one "second" of back-off lasts for retries and rate-limit waits (the plugins'
   * `retryAfterBaseValue`, default 1000). Tests shrink it; production leaves it alone.
   */
  retryBaseMs?: number;
  /**
   * Minimum spacing between writes, and between notification-triggering writes. By default the throttling
   * plugin's own limits apply (1 s between writes, 3 s between comments/issues), as GitHub asks of
   * integrations to avoid secondary rate limits. Tests set 0.
   */
  writeIntervalMs?: number;
  /** How many times a request hitting a primary or secondary rate limit is retried (default 2). */
  rateLimitRetries?: number;
  /** Retries for 5xx / network failures (default 3, the plugin's). */
  retries?: number;
}

const DO_NOT_RETRY = [400, 401, 403, 404, 409, 410, 422, 451];

function describe(options: { method?: string; url?: string }): string {
  return `${options.method ?? 'GET'} ${options.url ?? ''}`;
}

export function createOctokit(token: string, options: CreateOctokitOptions = {}) {
  if (!token) throw new Error('A GitHub token is required (input "github-token" or GITHUB_TOKEN).');
  const rateLimitRetries = options.rateLimitRetries ?? 2;
  const retryAfterBaseValue = options.retryBaseMs ?? 1000;
  const writeGroups =
    options.writeIntervalMs === undefined
      ? {}
      : {
          write: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs }),
          notifications: new Bottleneck.Group({ maxConcurrent: 1, minTime: options.writeIntervalMs }),
        };
  const octokit = getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? process.env['GITHUB_API_URL'] ?? 'https://api.github.com',
      ...(options.log ? { log: options.log } : {}),
      retry: {
        doNotRetry: DO_NOT_RETRY,
        retryAfterBaseValue,
        ...(options.retries === undefined ? {} : { retries: options.retries }),
      },
      throttle: {
        retryAfterBaseValue,
        ...writeGroups,
        onRateLimit: (retryAfter: number, request: { method?: string; url?: string }, client: { log: OctokitLog }, retryCount: number) => {
          const retrying = retryCount < rateLimitRetries;
          client.log.warn(
            `GitHub rate limit hit on ${describe(request)}; ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}.`,
          );
          return retrying;
        },
        onSecondaryRateLimit: (retryAfter: number, request: { method?: string; url?: string }, client: { log: OctokitLog }, retryCount: number) => {
          const retrying = retryCount < rateLimitRetries;
          client.log.warn(
            `GitHub secondary rate limit hit on ${describe(request)}; ${retrying ? `retrying in ${retryAfter}s` : 'giving up'}.`,
          );
          return retrying;
        },
      },
    },
    retry,
    throttling,
  );
  return octokit;
}

export type GitHubClient = ReturnType<typeof createOctokit>;
