import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/links/checkers/github.ts
var GITHUB_HOSTS = /* @__PURE__ */ new Set(["github.com", "www.github.com"]);
var RESERVED_OWNERS = /* @__PURE__ */ new Set([
  "about",
  "account",
  "apps",
  "blog",
  "collections",
  "contact",
  "customer-stories",
  "enterprise",
  "events",
  "explore",
  "features",
  "issues",
  "join",
  "login",
  "logout",
  "marketplace",
  "new",
  "notifications",
  "orgs",
  "organizations",
  "pricing",
  "pulls",
  "readme",
  "search",
  "security",
  "sessions",
  "settings",
  "site",
  "sponsors",
  "stars",
  "team",
  "topics",
  "trending",
  "users"
]);
var NAME = /^[A-Za-z0-9_.-]+$/;
function parseRepositoryUrl(url) {
  let parsed;
  try {
    parsed = typeof url === "string" ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return null;
  if (!GITHUB_HOSTS.has(parsed.hostname.toLowerCase()) || parsed.port !== "") return null;
  const segments = parsed.pathname.split("/");
  const owner = decodeURIComponent(segments[1] ?? "");
  let name = decodeURIComponent(segments[2] ?? "");
  if (!NAME.test(owner) || !NAME.test(name) || RESERVED_OWNERS.has(owner.toLowerCase())) return null;
  if (name.endsWith(".git")) name = name.slice(0, -4);
  if (name === "" || name === "." || name === "..") return null;
  const pathRest = segments.slice(3).join("/");
  const rest = (pathRest === "" && segments.length <= 3 ? "" : `/${pathRest}`) + parsed.search + parsed.hash;
  return { repo: { owner, name }, rest, isRoot: pathRest === "" && parsed.search === "" };
}
function verdictFor(url, parsed, found, checkedAt, ms) {
  if (found.status === "missing") {
    return { url, verdict: "dead", status: 404, reason: { kind: "github-repo-missing" }, ms, checkedAt };
  }
  if (found.status === "error") return null;
  if (found.status === "moved") {
    const finalUrl = `${found.url.replace(/\/+$/, "")}${parsed.rest}`;
    return { url, verdict: "redirected", status: 301, finalUrl, reason: { kind: "github-repo-moved" }, ms, checkedAt };
  }
  if (!parsed.isRoot) return null;
  return { url, verdict: "alive", status: 200, reason: { kind: found.archived ? "github-repo-archived" : "github-repo" }, ms, checkedAt };
}
function createGitHubRepositoryChecker(lookup) {
  const archived = /* @__PURE__ */ new Set();
  return {
    name: "github-repositories",
    archived,
    matches: (url) => parseRepositoryUrl(url) !== null,
    async checkBatch(urls) {
      const started = Date.now();
      const parsedUrls = urls.flatMap((url) => {
        const parsed = parseRepositoryUrl(url);
        return parsed ? [{ url, parsed }] : [];
      });
      const results = await lookup(parsedUrls.map((entry) => entry.parsed.repo));
      const checkedAt = (/* @__PURE__ */ new Date()).toISOString();
      const ms = Date.now() - started;
      const verdicts = /* @__PURE__ */ new Map();
      parsedUrls.forEach(({ url, parsed }, i) => {
        const found = results[i];
        if (!found) return;
        if (found.status !== "missing" && found.status !== "error" && found.archived) archived.add(url);
        const verdict = verdictFor(url, parsed, found, checkedAt, ms);
        if (verdict) verdicts.set(url, verdict);
      });
      return verdicts;
    }
  };
}

export {
  parseRepositoryUrl,
  createGitHubRepositoryChecker
};
