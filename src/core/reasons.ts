// Verdict reasons in words: the closed set of `LinkVerdict.reason` codes the link engine and the
// host checkers produce, each with a short English and Chinese description. Every reporter shows
// describeReason(), never the raw code. Pure.
import { format, type Messages } from './i18n.js';
import type { Lang } from './types.js';

/** Reasons without parameters. */
const FIXED: Record<string, Messages> = {
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

/** The description of a reason, or null when the code is not in the closed set. */
function describeKnown(reason: string): { messages: Messages; params?: Record<string, string | number> } | null {
  const fixed = FIXED[reason];
  if (fixed) return { messages: fixed };
  const [family, rest = ''] = reason.split(/:(.*)/s, 2) as [string, string?];
  if (family === 'soft-404' && SOFT_404[rest]) return { messages: SOFT_404[rest] };
  if (family === 'bot-wall' && BOT_WALL[rest]) return { messages: BOT_WALL[rest] };
  if (family === 'unknown-page' && rest) return { messages: UNKNOWN_PAGE };
  if (family === 'tls-error') return { messages: TLS, params: { detail: rest || 'TLS' } };
  const http = /^http-(\d{3})(?:-after-(30[1278]))?$/.exec(reason);
  if (http) {
    const what = httpStatus(Number(http[1]));
    return http[2] ? { messages: { en: format(AFTER_REDIRECT, 'en', { what: what.en }), zh: format(AFTER_REDIRECT, 'zh', { what: what.zh }) } } : { messages: what };
  }
  const accepted = /^accepted-(\d{3})$/.exec(reason);
  if (accepted) return { messages: ACCEPTED, params: { status: accepted[1]! } };
  const moved = /^moved-(30[18])$/.exec(reason);
  if (moved) return { messages: MOVED, params: { status: moved[1]! } };
  return null;
}

/** True when `reason` belongs to the closed set of verdict reasons (so it has a description). */
export function isKnownReason(reason: string): boolean {
  return describeKnown(reason) !== null;
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
 * in 24 h". A code outside the closed set (e.g. from an old cache) is shown as it is.
 */
export function describeReason(reason: string, lang: Lang, facts: ReasonFacts = {}): string {
  const known = describeKnown(reason);
  if (!known) return reason;
  const text = format(known.messages, lang, known.params);
  if (reason === 'rate-limited' && facts.retryAt) {
    const wait = Date.parse(facts.retryAt) - (facts.checkedAt ? Date.parse(facts.checkedAt) : Date.now());
    if (wait > 0) return format(COME_BACK, lang, { what: text, wait: describeWait(wait, lang) });
  }
  return text;
}
