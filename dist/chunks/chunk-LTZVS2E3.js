import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);

// src/action/api/errors.ts
var GitHubApiError = class extends Error {
  constructor(method, path, status, reason) {
    super(`GitHub API: ${method} ${path} failed: ${status === null ? "" : `${status} `}${reason}`);
    this.method = method;
    this.path = path;
    this.status = status;
    this.reason = reason;
  }
  method;
  path;
  status;
  reason;
  name = "GitHubApiError";
};
function pathOf(url) {
  try {
    return new URL(url).pathname;
  } catch {
    return url.split("?")[0] ?? url;
  }
}
function validationDetails(data) {
  const errors = data?.errors;
  if (!Array.isArray(errors)) return "";
  const parts = errors.map((entry) => {
    if (typeof entry === "string") return entry;
    const e = entry;
    if (typeof e.message === "string" && e.message) return e.message;
    return [e.resource, e.field, e.code].filter((x) => typeof x === "string").join(" ");
  });
  const joined = parts.filter(Boolean).join("; ");
  return joined ? ` (${joined})` : "";
}
function networkReason(error) {
  const message = typeof error.message === "string" ? error.message : "request failed";
  const cause = error.cause;
  const code = cause?.code ?? cause?.cause?.code;
  return typeof code === "string" && !message.includes(code) ? `${message} (${code})` : message;
}
function oneLine(text) {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
function toGitHubApiError(error, method, path) {
  if (error instanceof GitHubApiError) return error;
  const e = error ?? {};
  const requestMethod = typeof e.request?.method === "string" ? e.request.method : method;
  const requestPath = typeof e.request?.url === "string" ? pathOf(e.request.url) : path;
  const status = typeof e.status === "number" ? e.status : null;
  if (e.response === void 0 || status === null) {
    return new GitHubApiError(requestMethod, requestPath, null, oneLine(networkReason(e)));
  }
  const data = e.response.data;
  const apiMessage = typeof data === "object" && data !== null && typeof data.message === "string" ? data.message : typeof e.message === "string" && e.message ? e.message : "no message";
  return new GitHubApiError(requestMethod, requestPath, status, oneLine(apiMessage + validationDetails(data)));
}
async function callApi(method, path, call) {
  try {
    return await call();
  } catch (error) {
    throw toGitHubApiError(error, method, path);
  }
}
var RATE_LIMIT_PATTERN = /rate limit/i;
function isPermissionError(error) {
  return error instanceof GitHubApiError && error.status === 403 && !RATE_LIMIT_PATTERN.test(error.reason);
}
function isNotFoundError(error) {
  return error instanceof GitHubApiError && error.status === 404;
}
function isValidationError(error) {
  return error instanceof GitHubApiError && error.status === 422;
}

export {
  GitHubApiError,
  toGitHubApiError,
  callApi,
  isPermissionError,
  isNotFoundError,
  isValidationError
};
