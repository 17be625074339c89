import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  format
} from "./chunk-DIFKNW75.js";

// src/core/reasons.ts
var PLAIN = {
  timeout: { en: "no answer before the timeout", zh: "\u8D85\u65F6\u672A\u54CD\u5E94" },
  deadline: { en: "no final answer within links.deadline (redirects and retries included)", zh: "\u5728 links.deadline \u65F6\u9650\u5185\u672A\u5F97\u5230\u6700\u7EC8\u7ED3\u679C\uFF08\u542B\u91CD\u5B9A\u5411\u4E0E\u91CD\u8BD5\uFF09" },
  "budget-exhausted": { en: "not checked: the run used up its links.budget", zh: "\u672A\u68C0\u67E5\uFF1A\u672C\u6B21\u8FD0\u884C\u5DF2\u7528\u5B8C links.budget \u65F6\u95F4" },
  "connection-reset": { en: "the server dropped the connection", zh: "\u670D\u52A1\u5668\u4E2D\u65AD\u4E86\u8FDE\u63A5" },
  "dns-failure": { en: "the host name could not be looked up", zh: "\u57DF\u540D\u89E3\u6790\u5931\u8D25" },
  "connection-refused": { en: "the server refused the connection", zh: "\u670D\u52A1\u5668\u62D2\u7EDD\u8FDE\u63A5" },
  "dns-nxdomain": { en: "the domain does not exist", zh: "\u57DF\u540D\u4E0D\u5B58\u5728" },
  "private-address": { en: "points at a private or local address, not checked", zh: "\u6307\u5411\u5185\u7F51\u6216\u672C\u673A\u5730\u5740\uFF0C\u672A\u68C0\u67E5" },
  "redirect-loop": { en: "the redirects go round in a loop", zh: "\u91CD\u5B9A\u5411\u5F62\u6210\u5FAA\u73AF" },
  "too-many-redirects": { en: "too many redirects", zh: "\u91CD\u5B9A\u5411\u6B21\u6570\u8FC7\u591A" },
  "bad-redirect": { en: "redirects to an invalid address", zh: "\u91CD\u5B9A\u5411\u5230\u65E0\u6548\u5730\u5740" },
  "redirect-to-unsupported-protocol": { en: "redirects to a non-web address", zh: "\u91CD\u5B9A\u5411\u5230\u975E\u7F51\u9875\u5730\u5740" },
  "network-error": { en: "network error", zh: "\u7F51\u7EDC\u9519\u8BEF" },
  "rate-limited": { en: "the server limits requests", zh: "\u670D\u52A1\u5668\u9650\u5236\u8BBF\u95EE\u9891\u7387" },
  "invalid-url": { en: "not a valid URL", zh: "\u4E0D\u662F\u6709\u6548\u7684\u7F51\u5740" },
  "unsupported-protocol": { en: "not an http(s) link", zh: "\u4E0D\u662F http(s) \u94FE\u63A5" },
  excluded: { en: "excluded by links.exclude", zh: "\u88AB links.exclude \u6392\u9664" },
  "not-included": { en: "not matched by links.include", zh: "\u4E0D\u5728 links.include \u8303\u56F4\u5185" },
  "github-repo": { en: "the GitHub repository exists", zh: "GitHub \u4ED3\u5E93\u5B58\u5728" },
  "github-repo-archived": { en: "the GitHub repository is archived (read-only)", zh: "GitHub \u4ED3\u5E93\u5DF2\u5F52\u6863\uFF08\u53EA\u8BFB\uFF09" },
  "github-repo-missing": { en: "the GitHub repository does not exist or is private", zh: "GitHub \u4ED3\u5E93\u4E0D\u5B58\u5728\u6216\u5DF2\u8BBE\u4E3A\u79C1\u6709" },
  "github-repo-moved": { en: "the GitHub repository was renamed or transferred", zh: "GitHub \u4ED3\u5E93\u5DF2\u6539\u540D\u6216\u8F6C\u79FB" }
};
var SOFT_404 = {
  "wechat-deleted": { en: "the page says the article was deleted by its author", zh: "\u6587\u7AE0\u5DF2\u88AB\u4F5C\u8005\u5220\u9664" },
  "wechat-removed": { en: "the page says the platform removed the article", zh: "\u6587\u7AE0\u56E0\u8FDD\u89C4\u6216\u6295\u8BC9\u5DF2\u88AB\u5E73\u53F0\u5220\u9664" },
  "wechat-account-gone": { en: "the page says the account was blocked or closed", zh: "\u516C\u4F17\u53F7\u5DF2\u88AB\u5C4F\u853D\u6216\u6CE8\u9500" },
  "bilibili-deleted": { en: "the page says the video was deleted", zh: "\u89C6\u9891\u5DF2\u88AB\u5220\u9664" },
  "bilibili-api-deleted": { en: "the Bilibili API says the video was deleted", zh: "B \u7AD9\u63A5\u53E3\u663E\u793A\u89C6\u9891\u5DF2\u88AB\u5220\u9664" },
  "zhihu-not-found": { en: "the page says it does not exist", zh: "\u77E5\u4E4E\u9875\u9762\u4E0D\u5B58\u5728" },
  "zhihu-deleted": { en: "the page says the answer or article was deleted", zh: "\u56DE\u7B54\u6216\u6587\u7AE0\u5DF2\u88AB\u5220\u9664" },
  config: { en: "the page matches a pattern in links.signatures", zh: "\u9875\u9762\u5185\u5BB9\u5339\u914D links.signatures \u4E2D\u7684\u5931\u6548\u7279\u5F81" }
};
var BOT_WALL = {
  "cloudflare-challenge": { en: "Cloudflare asks for a browser check", zh: "Cloudflare \u8981\u6C42\u6D4F\u89C8\u5668\u9A8C\u8BC1" },
  "wechat-verify": { en: "WeChat asks for a verification", zh: "\u5FAE\u4FE1\u8981\u6C42\u9A8C\u8BC1\u6216\u63D0\u793A\u8BBF\u95EE\u8FC7\u4E8E\u9891\u7E41" },
  "wechat-migrated": { en: "the account moved; relink by hand", zh: "\u516C\u4F17\u53F7\u5DF2\u8FC1\u79FB\uFF0C\u9700\u624B\u52A8\u66F4\u65B0\u94FE\u63A5" },
  "bilibili-risk-control": { en: "Bilibili's risk control refused the check", zh: "\u54D4\u54E9\u54D4\u54E9\u98CE\u63A7\u62D2\u7EDD\u4E86\u8BBF\u95EE" },
  "bilibili-api-blocked": { en: "the Bilibili video is under review or hidden", zh: "B \u7AD9\u89C6\u9891\u5BA1\u6838\u4E2D\u6216\u4E0D\u516C\u5F00" },
  "zhihu-api-blocked": { en: "Zhihu's anti-bot wall", zh: "\u77E5\u4E4E\u53CD\u722C\u9A8C\u8BC1" },
  "zhihu-redirect": { en: "redirected to a sign-in or anti-bot page", zh: "\u88AB\u91CD\u5B9A\u5411\u5230\u767B\u5F55\u6216\u9A8C\u8BC1\u9875\u9762" }
};
var UNKNOWN_PAGE = { en: "the page is neither the content nor a known notice", zh: "\u9875\u9762\u65E2\u4E0D\u662F\u6B63\u6587\u4E5F\u4E0D\u662F\u5DF2\u77E5\u63D0\u793A\uFF0C\u65E0\u6CD5\u5224\u65AD" };
var TLS = { en: "the secure connection failed ({detail})", zh: "\u5B89\u5168\u8FDE\u63A5\u5931\u8D25\uFF08{detail}\uFF09" };
var ACCEPTED = { en: "HTTP {status}, accepted by links.accept", zh: "HTTP {status}\uFF0C\u6309 links.accept \u89C6\u4E3A\u6B63\u5E38" };
var MOVED = { en: "moved permanently (HTTP {status})", zh: "\u5DF2\u6C38\u4E45\u8FC1\u79FB\uFF08HTTP {status}\uFF09" };
var AFTER_REDIRECT = { en: "{what}, after a temporary redirect", zh: "{what}\uFF08\u7ECF\u4E34\u65F6\u91CD\u5B9A\u5411\uFF09" };
var COME_BACK = { en: "{what}, asks to come back in {wait}", zh: "{what}\uFF0C\u8981\u6C42 {wait}\u540E\u518D\u8BBF\u95EE" };
function httpStatus(status) {
  const s = String(status);
  if (status >= 200 && status < 300) return { en: `the page answers (HTTP ${s})`, zh: `\u9875\u9762\u6B63\u5E38\uFF08HTTP ${s}\uFF09` };
  if (status === 404) return { en: "the page does not exist (HTTP 404)", zh: "\u9875\u9762\u4E0D\u5B58\u5728\uFF08HTTP 404\uFF09" };
  if (status === 410) return { en: "the page was removed for good (HTTP 410)", zh: "\u9875\u9762\u5DF2\u88AB\u6C38\u4E45\u5220\u9664\uFF08HTTP 410\uFF09" };
  if (status === 451) return { en: "unavailable for legal reasons (HTTP 451)", zh: "\u56E0\u6CD5\u5F8B\u539F\u56E0\u4E0D\u53EF\u8BBF\u95EE\uFF08HTTP 451\uFF09" };
  if (status === 401 || status === 407) return { en: `the page needs a login (HTTP ${s})`, zh: `\u9700\u8981\u767B\u5F55\uFF08HTTP ${s}\uFF09` };
  if (status === 403 || status === 412 || status === 999) return { en: `the site refuses automated checks (HTTP ${s})`, zh: `\u7F51\u7AD9\u62D2\u7EDD\u81EA\u52A8\u8BBF\u95EE\uFF08HTTP ${s}\uFF09` };
  if (status === 408) return { en: "the server timed out (HTTP 408)", zh: "\u670D\u52A1\u5668\u8D85\u65F6\uFF08HTTP 408\uFF09" };
  if (status === 429) return { en: "the server limits requests (HTTP 429)", zh: "\u670D\u52A1\u5668\u9650\u5236\u8BBF\u95EE\u9891\u7387\uFF08HTTP 429\uFF09" };
  if (status >= 500) return { en: `server error (HTTP ${s})`, zh: `\u670D\u52A1\u5668\u9519\u8BEF\uFF08HTTP ${s}\uFF09` };
  return { en: `the server answered HTTP ${s}`, zh: `\u670D\u52A1\u5668\u8FD4\u56DE HTTP ${s}` };
}
function describeWait(ms, lang) {
  const units = [
    [864e5, "d", " \u5929"],
    [36e5, "h", " \u5C0F\u65F6"],
    [6e4, "min", " \u5206\u949F"],
    [1e3, "s", " \u79D2"]
  ];
  const [size, en, zh] = units.find(([size2]) => ms >= 2 * size2) ?? units[units.length - 1];
  const n = Math.max(1, Math.round(ms / size));
  return lang === "zh" ? `${n}${zh}` : `${n} ${en}`;
}
var SOFT_404_OTHER = { en: "the page says the content is gone", zh: "\u9875\u9762\u663E\u793A\u5185\u5BB9\u5DF2\u4E0D\u5B58\u5728" };
var BOT_WALL_OTHER = { en: "an anti-bot page answered instead of the content", zh: "\u8FD4\u56DE\u7684\u662F\u53CD\u722C\u9A8C\u8BC1\u9875\u9762\u800C\u4E0D\u662F\u5185\u5BB9" };
function withParams(messages, params) {
  return { en: format(messages, "en", params), zh: format(messages, "zh", params) };
}
function afterRedirect(what, status) {
  return status === void 0 ? what : { en: format(AFTER_REDIRECT, "en", { what: what.en }), zh: format(AFTER_REDIRECT, "zh", { what: what.zh }) };
}
var plainDescriptions = Object.fromEntries(
  Object.entries(PLAIN).map(([kind, messages]) => [kind, () => messages])
);
var DESCRIPTIONS = {
  ...plainDescriptions,
  "http-status": (r) => afterRedirect(httpStatus(r.status), r.afterRedirect),
  "accepted-status": (r) => afterRedirect(withParams(ACCEPTED, { status: r.status }), r.afterRedirect),
  moved: (r) => withParams(MOVED, { status: r.status }),
  "soft-404": (r) => SOFT_404[r.signature] ?? SOFT_404_OTHER,
  "bot-wall": (r) => BOT_WALL[r.wall] ?? BOT_WALL_OTHER,
  "unknown-page": () => UNKNOWN_PAGE,
  "tls-error": (r) => withParams(TLS, { detail: r.detail || "TLS" })
};
var REASON_KINDS = Object.keys(DESCRIPTIONS);
function reasonMessages(reason) {
  return DESCRIPTIONS[reason.kind](reason);
}
function describeReason(reason, lang, facts = {}) {
  const text = format(reasonMessages(reason), lang);
  if (reason.kind === "rate-limited" && facts.retryAt) {
    const wait = Date.parse(facts.retryAt) - (facts.checkedAt ? Date.parse(facts.checkedAt) : Date.now());
    if (wait > 0) return format(COME_BACK, lang, { what: text, wait: describeWait(wait, lang) });
  }
  return text;
}
function reasonCode(reason) {
  switch (reason.kind) {
    case "http-status":
    case "accepted-status": {
      const base = `${reason.kind === "http-status" ? "http" : "accepted"}-${reason.status}`;
      return reason.afterRedirect === void 0 ? base : `${base}-after-${reason.afterRedirect}`;
    }
    case "moved":
      return `moved-${reason.status}`;
    case "soft-404":
      return `soft-404:${reason.signature}`;
    case "bot-wall":
      return `bot-wall:${reason.wall}`;
    case "unknown-page":
      return `unknown-page:${reason.site}`;
    case "tls-error":
      return `tls-error:${reason.detail}`;
    default:
      return reason.kind;
  }
}
var ID = /^[A-Za-z0-9_.-]{1,100}$/;
function parseReasonCode(code) {
  if (Object.hasOwn(PLAIN, code)) return { kind: code };
  const status = /^(http|accepted)-([1-9]\d{2})(?:-after-(30[0-8]))?$/.exec(code);
  if (status) {
    const kind = status[1] === "http" ? "http-status" : "accepted-status";
    return status[3] === void 0 ? { kind, status: Number(status[2]) } : { kind, status: Number(status[2]), afterRedirect: Number(status[3]) };
  }
  const moved = /^moved-(30[18])$/.exec(code);
  if (moved) return { kind: "moved", status: Number(moved[1]) };
  const colon = code.indexOf(":");
  const family = colon < 0 ? code : code.slice(0, colon);
  const rest = colon < 0 ? "" : code.slice(colon + 1);
  if (family === "tls-error") return { kind: "tls-error", detail: rest };
  if (!ID.test(rest)) return null;
  if (family === "soft-404") return { kind: "soft-404", signature: rest };
  if (family === "bot-wall") return { kind: "bot-wall", wall: rest };
  if (family === "unknown-page") return { kind: "unknown-page", site: rest };
  return null;
}

export {
  describeReason,
  reasonCode,
  parseReasonCode
};
