// Action adapter › GitHub API layer: checks GitHub repository links in bulk — one GraphQL query per 100
// repositories, falling back to REST when GraphQL fails — and reports each as there, moved, archived or gone.
import { GitHubApiError, callApi, toGitHubApiError } from './errors.js';
import type { GitHubClient } from './octokit.js';

export interface RepositoryRef {
  owner: string;
  name: string;
}

export type RepositoryCheck =
  | {
      repo: RepositoryRef;
      /** "exists": same owner/name (ignoring case); "moved": renamed or transferred, see nameWithOwner/url. */
      status: 'exists' | 'moved';
      nameWithOwner: string;
      url: string;
      archived: boolean;
    }
  | { repo: RepositoryRef; status: 'missing' }
  | { repo: RepositoryRef; status: 'error'; message: string };

export const REPOSITORIES_PER_QUERY = 100;

interface RepositoryNode {
  nameWithOwner: string;
  url: string;
  isArchived: boolean;
}

interface GraphqlError {
  type?: string;
  message?: string;
  path?: Array<string | number>;
}

function keyOf(repo: RepositoryRef): string {
  return `${repo.owner}/${repo.name}`.toLowerCase();
}

function found(repo: RepositoryRef, nameWithOwner: string, url: string, archived: boolean): RepositoryCheck {
  const status = nameWithOwner.toLowerCase() === keyOf(repo) ? 'exists' : 'moved';
  return { repo, status, nameWithOwner, url, archived };
}

export function buildRepositoriesQuery(repos: readonly RepositoryRef[]): {
  query: string;
  variables: Record<string, string>;
} {
  const variables: Record<string, string> = {};
  const declarations: string[] = [];
  const fields: string[] = [];
  repos.forEach((repo, i) => {
    variables[`o${i}`] = repo.owner;
    variables[`n${i}`] = repo.name;
    declarations.push(`$o${i}: String!`, `$n${i}: String!`);
    fields.push(`  r${i}: repository(owner: $o${i}, name: $n${i}) { nameWithOwner url isArchived }`);
  });
  return { query: `query CheckRepositories(${declarations.join(', ')}) {\n${fields.join('\n')}\n}`, variables };
}

async function checkBatchWithGraphql(octokit: GitHubClient, batch: readonly RepositoryRef[]): Promise<RepositoryCheck[]> {
  const { query, variables } = buildRepositoriesQuery(batch);
  const response = await callApi('POST', '/graphql', () => octokit.request('POST /graphql', { query, variables }));
  const payload = response.data as { data?: Record<string, RepositoryNode | null> | null; errors?: GraphqlError[] };
  const data = payload.data;
  if (!data) {
    const first = payload.errors?.[0];
    const reason = first ? `GraphQL ${first.type ?? 'error'}: ${first.message ?? ''}`.trim() : 'GraphQL response carried no data';
    throw new GitHubApiError('POST', '/graphql', null, reason);
  }
  const errorsByAlias = new Map<string, GraphqlError>();
  for (const error of payload.errors ?? []) {
    const alias = error.path?.[0];
    if (typeof alias === 'string') errorsByAlias.set(alias, error);
  }
  return batch.map((repo, i) => {
    const node = data[`r${i}`];
    if (node) return found(repo, node.nameWithOwner, node.url, node.isArchived);
    const error = errorsByAlias.get(`r${i}`);
    if (!error || error.type === 'NOT_FOUND') return { repo, status: 'missing' };
    return { repo, status: 'error', message: `GitHub GraphQL: ${error.type ?? 'error'}: ${error.message ?? ''}`.trim() };
  });
}

async function checkOneWithRest(octokit: GitHubClient, repo: RepositoryRef): Promise<RepositoryCheck> {
  try {
    // GitHub answers a renamed or transferred repository with a 301 that fetch follows to the new one.
    const response = await octokit.rest.repos.get({ owner: repo.owner, repo: repo.name });
    return found(repo, response.data.full_name, response.data.html_url, response.data.archived);
  } catch (error) {
    const apiError = toGitHubApiError(error, 'GET', `/repos/${repo.owner}/${repo.name}`);
    if (apiError.status === 404) return { repo, status: 'missing' };
    return { repo, status: 'error', message: apiError.message };
  }
}

export interface CheckRepositoriesOptions {
  batchSize?: number;
  /** Told once per batch that fell back to REST, with the GraphQL failure. */
  onFallback?: (error: GitHubApiError) => void;
}

/** One result per input, in input order (duplicates, ignoring case, are queried once). */
export async function checkRepositories(
  octokit: GitHubClient,
  repos: readonly RepositoryRef[],
  options: CheckRepositoriesOptions = {},
): Promise<RepositoryCheck[]> {
  const batchSize = Math.min(options.batchSize ?? REPOSITORIES_PER_QUERY, REPOSITORIES_PER_QUERY);
  const unique = new Map<string, RepositoryRef>();
  for (const repo of repos) if (!unique.has(keyOf(repo))) unique.set(keyOf(repo), repo);
  const distinct = [...unique.values()];
  const results = new Map<string, RepositoryCheck>();
  for (let start = 0; start < distinct.length; start += batchSize) {
    const batch = distinct.slice(start, start + batchSize);
    let checks: RepositoryCheck[];
    try {
      checks = await checkBatchWithGraphql(octokit, batch);
    } catch (error) {
      const apiError = toGitHubApiError(error, 'POST', '/graphql');
      options.onFallback?.(apiError);
      checks = [];
      for (const repo of batch) checks.push(await checkOneWithRest(octokit, repo));
    }
    for (const check of checks) results.set(keyOf(check.repo), check);
  }
  return repos.map((repo) => {
    const check = results.get(keyOf(repo)) as RepositoryCheck;
    return { ...check, repo };
  });
}
