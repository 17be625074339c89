import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  GitHubApiError,
  callApi,
  toGitHubApiError
} from "./chunk-LTZVS2E3.js";

// src/action/api/repositories.ts
var REPOSITORIES_PER_QUERY = 100;
function keyOf(repo) {
  return `${repo.owner}/${repo.name}`.toLowerCase();
}
function found(repo, nameWithOwner, url, archived) {
  const status = nameWithOwner.toLowerCase() === keyOf(repo) ? "exists" : "moved";
  return { repo, status, nameWithOwner, url, archived };
}
function buildRepositoriesQuery(repos) {
  const variables = {};
  const declarations = [];
  const fields = [];
  repos.forEach((repo, i) => {
    variables[`o${i}`] = repo.owner;
    variables[`n${i}`] = repo.name;
    declarations.push(`$o${i}: String!`, `$n${i}: String!`);
    fields.push(`  r${i}: repository(owner: $o${i}, name: $n${i}) { nameWithOwner url isArchived }`);
  });
  return { query: `query CheckRepositories(${declarations.join(", ")}) {
${fields.join("\n")}
}`, variables };
}
async function checkBatchWithGraphql(octokit, batch) {
  const { query, variables } = buildRepositoriesQuery(batch);
  const response = await callApi("POST", "/graphql", () => octokit.request("POST /graphql", { query, variables }));
  const payload = response.data;
  const data = payload.data;
  if (!data) {
    const first = payload.errors?.[0];
    const reason = first ? `GraphQL ${first.type ?? "error"}: ${first.message ?? ""}`.trim() : "GraphQL response carried no data";
    throw new GitHubApiError("POST", "/graphql", null, reason);
  }
  const errorsByAlias = /* @__PURE__ */ new Map();
  for (const error of payload.errors ?? []) {
    const alias = error.path?.[0];
    if (typeof alias === "string") errorsByAlias.set(alias, error);
  }
  return batch.map((repo, i) => {
    const node = data[`r${i}`];
    if (node) return found(repo, node.nameWithOwner, node.url, node.isArchived);
    const error = errorsByAlias.get(`r${i}`);
    if (!error || error.type === "NOT_FOUND") return { repo, status: "missing" };
    return { repo, status: "error", message: `GitHub GraphQL: ${error.type ?? "error"}: ${error.message ?? ""}`.trim() };
  });
}
async function checkOneWithRest(octokit, repo) {
  try {
    const response = await octokit.rest.repos.get({ owner: repo.owner, repo: repo.name });
    return found(repo, response.data.full_name, response.data.html_url, response.data.archived);
  } catch (error) {
    const apiError = toGitHubApiError(error, "GET", `/repos/${repo.owner}/${repo.name}`);
    if (apiError.status === 404) return { repo, status: "missing" };
    return { repo, status: "error", message: apiError.message };
  }
}
async function checkRepositories(octokit, repos, options = {}) {
  const batchSize = Math.min(options.batchSize ?? REPOSITORIES_PER_QUERY, REPOSITORIES_PER_QUERY);
  const unique = /* @__PURE__ */ new Map();
  for (const repo of repos) if (!unique.has(keyOf(repo))) unique.set(keyOf(repo), repo);
  const distinct = [...unique.values()];
  const results = /* @__PURE__ */ new Map();
  for (let start = 0; start < distinct.length; start += batchSize) {
    const batch = distinct.slice(start, start + batchSize);
    let checks;
    try {
      checks = await checkBatchWithGraphql(octokit, batch);
    } catch (error) {
      const apiError = toGitHubApiError(error, "POST", "/graphql");
      options.onFallback?.(apiError);
      checks = [];
      for (const repo of batch) checks.push(await checkOneWithRest(octokit, repo));
    }
    for (const check of checks) results.set(keyOf(check.repo), check);
  }
  return repos.map((repo) => {
    const check = results.get(keyOf(repo));
    return { ...check, repo };
  });
}

export {
  REPOSITORIES_PER_QUERY,
  buildRepositoriesQuery,
  checkRepositories
};
