// Verdict reasons in words and in files: the one place that describes every member of the closed
// Reason union (src/core/types.ts) in English and Chinese, and that turns a reason into its stable
// string form for files (the JSON report, the cache, shard reports) and back. Every reporter shows
// describeReason(), never the string form. Pure.
//
// Adding a reason (see CONTRIBUTING.md): its member in Reason (or its kind in PlainReasonKind), its
// entry in DESCRIPTIONS here (the type checker refuses a kind without one; a plain kind goes in
// PLAIN), its string form in reasonCode/parseReasonCode when it carries data, and an example in
// __tests__/core/reasons.test.ts (whose table the type checker also holds to every kind).
import { format, type Messages } from './i18n.js';
import type { Lang, PlainReasonKind, Reason, ReasonKind } from './types.js';

/** Reasons without parameters. */
const PLAIN: Record<PlainReasonKind, Messages> = {
  timeout: { en: 'no answer before the timeout', zh: '超时未响应' },
  deadline: { en: 'no final answer within links.deadline (redirects and retries included)', zh: '在 links.deadline 时限内未得到最终结果（含重定向与重试）' },
  'budget-exhausted': { en: 'not checked: the run used up its links.budget', zh: '未检查：本次运行已用完 links.budget 时间' },
  'connection-reset': { en: 'the server dropped the connection', zh: '服务器中断了连接' },
  'dns-failure': { en: 'the host name could not be looked up', zh: '域名解析失败' },
  'connection-refused': { en: 'the server refused the connection', zh: '服务器拒绝连接' },
  'dns-nxdomain': { en: 'the domain does not exist', zh: '域名不存在' },
  'private-address': { en: 'points at a private or local address, not checked', zh: '指向内网或本机地址，未检查' },
  'redirect-loop': { en: 'the redirects go round in a loop', zh: '重定向形成循环' },
  'too-many-redirects': { en: 'too many redirects', zh: '重定向次数过多' },
  'bad-redirect': { en: 'redirects to an invalid address', zh: '重定向到无效地址' },
  'redirect-to-unsupported-protocol': { en: 'redirects to a non-web address', zh: '重定向到非网页地址' },
  'network-error': { en: 'network error', zh: '网络错误' },
  'rate-limited': { en: 'the server limits requests', zh: '服务器限制访问频率' },
  'invalid-url': { en: 'not a valid URL', zh: '不是有效的网址' },
  'unsupported-protocol': { en: 'not an http(s) link', zh: '不是 http(s) 链接' },
  excluded: { en: 'excluded by links.exclude', zh: '被 links.exclude 排除' },
  'not-included': { en: 'not matched by links.include', zh: '不在 links.include 范围内' },
  'github-repo': { en: 'the GitHub repository exists', zh: 'GitHub 仓库存在' },
  'github-repo-archived': { en: 'the GitHub repository is archived (read-only)', zh: 'GitHub 仓库已归档（只读）' },
  'github-repo-missing': { en: 'the GitHub repository does not exist or is private', zh: 'GitHub 仓库不存在或已设为私有' },
  'github-repo-moved': { en: 'the GitHub repository was renamed or transferred', zh: 'GitHub 仓库已改名或转移' },
};

/** `soft-404:<signature>`: the page itself says the content is gone. */
const SOFT_404: Record<string, Messages> = {
  'wechat-deleted': { en: 'the page says the article was deleted by its author', zh: '文章已被作者删除' },
  'wechat-removed': { en: 'the page says the platform removed the article', zh: '文章因违规或投诉已被平台删除' },
  'wechat-account-gone': { en: 'the page says the account was blocked or closed', zh: '公众号已被屏蔽或注销' },
  'bilibili-deleted': { en: 'the page says the video was deleted', zh: '视频已被删除' },
  'bilibili-api-deleted': { en: 'the Bilibili API says the video was deleted', zh: 'B 站接口显示视频已被删除' },
  'zhihu-not-found': { en: 'the page says it does not exist', zh: '知乎页面不存在' },
  'zhihu-deleted': { en: 'the page says the answer or article was deleted', zh: '回答或文章已被删除' },
  config: { en: 'the page matches a pattern in links.signatures', zh: '页面内容匹配 links.signatures 中的失效特征' },
};

/** `bot-wall:<wall>`: an anti-bot or verification page that says nothing about the link. */
const BOT_WALL: Record<string, Messages> = {
  'cloudflare-challenge': { en: 'Cloudflare asks for a browser check', zh: 'Cloudflare 要求浏览器验证' },
  'wechat-verify': { en: 'WeChat asks for a verification', zh: '微信要求验证或提示访问过于频繁' },
  'wechat-migrated': { en: 'the account moved; relink by hand', zh: '公众号已迁移，需手动更新链接' },
  'bilibili-risk-control': { en: "Bilibili's risk control refused the check", zh: '哔哩哔哩风控拒绝了访问' },
  'bilibili-api-blocked': { en: 'the Bilibili video is under review or hidden', zh: 'B 站视频审核中或不公开' },
  'zhihu-api-blocked': { en: "Zhihu's anti-bot wall", zh: '知乎反爬验证' },
  'zhihu-redirect': { en: 'redirected to a sign-in or anti-bot page', zh: '被重定向到登录或验证页面' },
};

const UNKNOWN_PAGE: Messages = { en: 'the page is neither the content nor a known notice', zh: '页面既不是正文也不是已知提示，无法判断' };
const TLS: Messages = { en: 'the secure connection failed ({detail})', zh: '安全连接失败（{detail}）' };
const ACCEPTED: Messages = { en: 'HTTP {status}, accepted by links.accept', zh: 'HTTP {status}，按 links.accept 视为正常' };
const MOVED: Messages = { en: 'moved permanently (HTTP {status})', zh: '已永久迁移（HTTP {status}）' };
const AFTER_REDIRECT: Messages = { en: '{what}, after a temporary redirect', zh: '{what}（经临时重定向）' };
const COME_BACK: Messages = { en: '{what}, asks to come back in {wait}', zh: '{what}，要求 {wait}后再访问' };

function httpStatus(status: number): Messages {
  const s = String(status);
  if (status >= 200 && status < 300) return { en: `the page answers (HTTP ${s})`, zh: `页面正常（HTTP ${s}）` };
  if (status === 404) return { en: 'the page does not exist (HTTP 404)', zh: '页面不存在（HTTP 404）' };
  if (status === 410) return { en: 'the page was removed for good (HTTP 410)', zh: '页面已被永久删除（HTTP 410）' };
  if (status === 451) return { en: 'unavailable for legal reasons (HTTP 451)', zh: '因法律原因不可访问（HTTP 451）' };
  if (status === 401 || status === 407) return { en: `the page needs a login (HTTP ${s})`, zh: `需要登录（HTTP ${s}）` };
  if (status === 403 || status === 412 || status === 999) return { en: `the site refuses automated checks (HTTP ${s})`, zh: `网站拒绝自动访问（HTTP ${s}）` };
  if (status === 408) return { en: 'the server timed out (HTTP 408)', zh: '服务器超时（HTTP 408）' };
  if (status === 429) return { en: 'the server limits requests (HTTP 429)', zh: '服务器限制访问频率（HTTP 429）' };
  if (status >= 500) return { en: `server error (HTTP ${s})`, zh: `服务器错误（HTTP ${s}）` };
  return { en: `the server answered HTTP ${s}`, zh: `服务器返回 HTTP ${s}` };
}

/** A wait in words: "45 s", "20 min", "24 h", "3 d" / "45 秒", "20 分钟", "24 小时", "3 天". */
export function describeWait(ms: number, lang: Lang): string {
  const units: [number, string, string][] = [
    [86_400_000, 'd', ' 天'],
    [3_600_000, 'h', ' 小时'],
    [60_000, 'min', ' 分钟'],
    [1000, 's', ' 秒'],
  ];
  const [size, en, zh] = units.find(([size]) => ms >= 2 * size) ?? units[units.length - 1]!;
  const n = Math.max(1, Math.round(ms / size));
  return lang === 'zh' ? `${n}${zh}` : `${n} ${en}`;
}

/** Signature ids outside the tables above (none built in today) still get their family's words. */
const SOFT_404_OTHER: Messages = { en: 'the page says the content is gone', zh: '页面显示内容已不存在' };
const BOT_WALL_OTHER: Messages = { en: 'an anti-bot page answered instead of the content', zh: '返回的是反爬验证页面而不是内容' };

function withParams(messages: Messages, params: Record<string, string | number>): Messages {
  return { en: format(messages, 'en', params), zh: format(messages, 'zh', params) };
}

function afterRedirect(what: Messages, status: number | undefined): Messages {
  return status === undefined ? what : { en: format(AFTER_REDIRECT, 'en', { what: what.en }), zh: format(AFTER_REDIRECT, 'zh', { what: what.zh }) };
}

type Describe<K extends ReasonKind> = (reason: Extract<Reason, { kind: K }>) => Messages;

const plainDescriptions = Object.fromEntries(
  (Object.entries(PLAIN) as [PlainReasonKind, Messages][]).map(([kind, messages]) => [kind, () => messages]),
) as unknown as { [K in PlainReasonKind]: Describe<K> };

/** Every reason kind's words. A mapped type over ReasonKind: a kind without a description does not compile. */
const DESCRIPTIONS: { [K in ReasonKind]: Describe<K> } = {
  ...plainDescriptions,
  'http-status': (r) => afterRedirect(httpStatus(r.status), r.afterRedirect),
  'accepted-status': (r) => afterRedirect(withParams(ACCEPTED, { status: r.status }), r.afterRedirect),
  moved: (r) => withParams(MOVED, { status: r.status }),
  'soft-404': (r) => SOFT_404[r.signature] ?? SOFT_404_OTHER,
  'bot-wall': (r) => BOT_WALL[r.wall] ?? BOT_WALL_OTHER,
  'unknown-page': () => UNKNOWN_PAGE,
  'tls-error': (r) => withParams(TLS, { detail: r.detail || 'TLS' }),
};

/** The kinds of the union, in DESCRIPTIONS order (for tests and validation). */
export const REASON_KINDS = Object.keys(DESCRIPTIONS) as ReasonKind[];

/** A reason's words in both languages. */
export function reasonMessages(reason: Reason): Messages {
  return (DESCRIPTIONS[reason.kind] as Describe<ReasonKind>)(reason);
}

export interface ReasonFacts {
  /** `rate-limited`: when the server asked to be asked again (ISO 8601)… */
  retryAt?: string;
  /** …counted from when the verdict was given (ISO 8601). */
  checkedAt?: string;
}

/**
 * A verdict reason as a short phrase for a maintainer, e.g. "the page says the article was
 * deleted by its author" / "文章已被作者删除", "the server limits requests, asks to come back
 * in 24 h" (with `facts.retryAt`).
 */
export function describeReason(reason: Reason, lang: Lang, facts: ReasonFacts = {}): string {
  const text = format(reasonMessages(reason), lang);
  if (reason.kind === 'rate-limited' && facts.retryAt) {
    const wait = Date.parse(facts.retryAt) - (facts.checkedAt ? Date.parse(facts.checkedAt) : Date.now());
    if (wait > 0) return format(COME_BACK, lang, { what: text, wait: describeWait(wait, lang) });
  }
  return text;
}

/**
 * A reason's stable string form, the one files hold (the JSON report's `links[].reason`, the link
 * cache, shard reports): the plain kind (`timeout`), `http-404`, `http-200-after-302`, `accepted-403`,
 * `moved-301`, `soft-404:<signature>`, `bot-wall:<wall>`, `unknown-page:<site>`, `tls-error:<detail>`.
 */
export function reasonCode(reason: Reason): string {
  switch (reason.kind) {
    case 'http-status':
    case 'accepted-status': {
      const base = `${reason.kind === 'http-status' ? 'http' : 'accepted'}-${reason.status}`;
      return reason.afterRedirect === undefined ? base : `${base}-after-${reason.afterRedirect}`;
    }
    case 'moved':
      return `moved-${reason.status}`;
    case 'soft-404':
      return `soft-404:${reason.signature}`;
    case 'bot-wall':
      return `bot-wall:${reason.wall}`;
    case 'unknown-page':
      return `unknown-page:${reason.site}`;
    case 'tls-error':
      return `tls-error:${reason.detail}`;
    default:
      return reason.kind;
  }
}

const ID = /^[A-Za-z0-9_.-]{1,100}$/;

/**
 * The reason a string form (reasonCode) stands for; null when it is not one (a file from another
 * version, or a hand-edited one). The only place a reason is ever read from a string.
 */
export function parseReasonCode(code: string): Reason | null {
  if (Object.hasOwn(PLAIN, code)) return { kind: code as PlainReasonKind };
  const status = /^(http|accepted)-([1-9]\d{2})(?:-after-(30[0-8]))?$/.exec(code);
  if (status) {
    const kind = status[1] === 'http' ? 'http-status' : 'accepted-status';
    return status[3] === undefined ? { kind, status: Number(status[2]) } : { kind, status: Number(status[2]), afterRedirect: Number(status[3]) };
  }
  const moved = /^moved-(30[18])$/.exec(code);
  if (moved) return { kind: 'moved', status: Number(moved[1]) };
  const colon = code.indexOf(':');
  const family = colon < 0 ? code : code.slice(0, colon);
  const rest = colon < 0 ? '' : code.slice(colon + 1);
  if (family === 'tls-error') return { kind: 'tls-error', detail: rest };
  if (!ID.test(rest)) return null;
  if (family === 'soft-404') return { kind: 'soft-404', signature: rest };
  if (family === 'bot-wall') return { kind: 'bot-wall', wall: rest };
  if (family === 'unknown-page') return { kind: 'unknown-page', site: rest };
  return null;
}
