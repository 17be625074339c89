import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-IGXHPRD4.js";
import {
  warning
} from "./chunk-6PBNNB3M.js";
import {
  isPermissionError
} from "./chunk-LTZVS2E3.js";

// src/action/events.ts
function text(value) {
  return typeof value === "string" && value !== "" ? value : null;
}
function pullRequestFromPayload(payload, repo) {
  const pr = payload["pull_request"];
  const head = pr?.["head"];
  const base = pr?.["base"];
  const number = pr?.["number"];
  const headSha = text(head?.["sha"]);
  const baseSha = text(base?.["sha"]);
  const headRef = text(head?.["ref"]);
  const baseRef = text(base?.["ref"]);
  if (typeof number !== "number" || !headSha || !baseSha || !headRef || !baseRef) {
    throw new InputError("the event payload has no pull_request with number, head and base (GITHUB_EVENT_PATH)");
  }
  const headRepo = text(head?.["repo"]?.["full_name"]);
  const baseRepo = text(base?.["repo"]?.["full_name"]) ?? `${repo.owner}/${repo.repo}`;
  return {
    number,
    headSha,
    headRef,
    headRepo,
    baseSha,
    baseRef,
    isSameRepo: headRepo !== null && headRepo.toLowerCase() === baseRepo.toLowerCase()
  };
}
function commentFromPayload(payload) {
  const issue = payload["issue"];
  const comment = payload["comment"];
  if (!issue || typeof issue.number !== "number" || !comment) return null;
  return {
    action: payload["action"],
    issueNumber: issue.number,
    isPullRequest: issue.pull_request !== void 0 && issue.pull_request !== null,
    body: typeof comment.body === "string" ? comment.body : "",
    login: typeof comment.user?.login === "string" ? comment.user.login : "",
    userType: typeof comment.user?.type === "string" ? comment.user.type : "",
    authorAssociation: typeof comment.author_association === "string" ? comment.author_association : "NONE"
  };
}

// src/action/fix-command.ts
function shellQuote(arg) {
  if (/^[\w./][\w./-]*$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
var PLAIN_PATH = /^[A-Za-z0-9._/\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}-]+$/u;
function isPlainPath(path) {
  return PLAIN_PATH.test(path) && !path.startsWith("-");
}
function localFixCommand(paths, env = process.env) {
  const repo = env.GITHUB_ACTION_REPOSITORY ?? "";
  const ref = env.GITHUB_ACTION_REF ?? "";
  const plain = paths.filter(isPlainPath);
  const omitted = paths.filter((path) => !isPlainPath(path));
  const files = paths.length === 0 ? ["README.md"] : plain;
  const words = /^[\w.-]+\/[\w.-]+$/.test(repo) ? ["npx", "--yes", `github:${repo}${/^[\w./-]+$/.test(ref) && ref !== "" ? `#${ref}` : ""}`, "fix"] : ["tracker-bot", "fix"];
  return { command: [...words, ...files.map(shellQuote)].join(" "), omitted };
}

// src/action/write-access.ts
var WriteAccess = class {
  warned = false;
  get denied() {
    return this.warned;
  }
  /**
   * Runs a write; on a permission error warns (once per run) and returns null. Any other failure is rethrown.
   */
  async attempt(what, write) {
    try {
      return await write();
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      if (!this.warned) {
        warning(
          `tracker-bot: the token cannot write to this repository (${what} refused with 403; a fork's pull request gets a read-only token). Results are in the annotations and the job summary; see the two-stage workflow in the tracker-bot README ("Fork pull requests") to comment on fork pull requests.`
        );
        this.warned = true;
      }
      return null;
    }
  }
};

export {
  pullRequestFromPayload,
  commentFromPayload,
  localFixCommand,
  WriteAccess
};
