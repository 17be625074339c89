// Verdict reasons: every member of the closed Reason union has an English and a Chinese description
// (the EXAMPLES table below is typed over every ReasonKind, so a new kind without an example does not
// compile), every reason the engine's signature sets can give is described in its own words, and the
// stable string form that files hold reads back to the same reason.
import { describe, expect, it } from 'vitest';
import { describeReason, describeWait, parseReasonCode, reasonCode, REASON_KINDS } from '../../src/core/reasons.js';
import type { Reason, ReasonKind } from '../../src/core/types.js';
import { BUILTIN_SIGNATURES } from '../../src/links/index.js';
import { linkMessage } from '../../src/report/messages.js';
import { toReportedLink } from '../../src/report/model.js';

/** At least one example per kind, with its string form. The type checker holds this table to every kind. */
const EXAMPLES: { [K in ReasonKind]: [Extract<Reason, { kind: K }>, string][] } = {
  timeout: [[{ kind: 'timeout' }, 'timeout']],
  deadline: [[{ kind: 'deadline' }, 'deadline']],
  'budget-exhausted': [[{ kind: 'budget-exhausted' }, 'budget-exhausted']],
  'connection-reset': [[{ kind: 'connection-reset' }, 'connection-reset']],
  'dns-failure': [[{ kind: 'dns-failure' }, 'dns-failure']],
  'connection-refused': [[{ kind: 'connection-refused' }, 'connection-refused']],
  'dns-nxdomain': [[{ kind: 'dns-nxdomain' }, 'dns-nxdomain']],
  'private-address': [[{ kind: 'private-address' }, 'private-address']],
  'redirect-loop': [[{ kind: 'redirect-loop' }, 'redirect-loop']],
  'too-many-redirects': [[{ kind: 'too-many-redirects' }, 'too-many-redirects']],
  'bad-redirect': [[{ kind: 'bad-redirect' }, 'bad-redirect']],
  'redirect-to-unsupported-protocol': [[{ kind: 'redirect-to-unsupported-protocol' }, 'redirect-to-unsupported-protocol']],
  'network-error': [[{ kind: 'network-error' }, 'network-error']],
  'rate-limited': [[{ kind: 'rate-limited' }, 'rate-limited']],
  'invalid-url': [[{ kind: 'invalid-url' }, 'invalid-url']],
  'unsupported-protocol': [[{ kind: 'unsupported-protocol' }, 'unsupported-protocol']],
  excluded: [[{ kind: 'excluded' }, 'excluded']],
  'not-included': [[{ kind: 'not-included' }, 'not-included']],
  'github-repo': [[{ kind: 'github-repo' }, 'github-repo']],
  'github-repo-archived': [[{ kind: 'github-repo-archived' }, 'github-repo-archived']],
  'github-repo-missing': [[{ kind: 'github-repo-missing' }, 'github-repo-missing']],
  'github-repo-moved': [[{ kind: 'github-repo-moved' }, 'github-repo-moved']],
  'http-status': [
    [{ kind: 'http-status', status: 200 }, 'http-200'],
    [{ kind: 'http-status', status: 404 }, 'http-404'],
    [{ kind: 'http-status', status: 999 }, 'http-999'],
    [{ kind: 'http-status', status: 200, afterRedirect: 302 }, 'http-200-after-302'],
  ],
  'accepted-status': [
    [{ kind: 'accepted-status', status: 403 }, 'accepted-403'],
    [{ kind: 'accepted-status', status: 403, afterRedirect: 307 }, 'accepted-403-after-307'],
  ],
  moved: [
    [{ kind: 'moved', status: 301 }, 'moved-301'],
    [{ kind: 'moved', status: 308 }, 'moved-308'],
  ],
  'soft-404': [[{ kind: 'soft-404', signature: 'config' }, 'soft-404:config']],
  'bot-wall': [[{ kind: 'bot-wall', wall: 'cloudflare-challenge' }, 'bot-wall:cloudflare-challenge']],
  'unknown-page': [[{ kind: 'unknown-page', site: 'wechat' }, 'unknown-page:wechat']],
  'tls-error': [[{ kind: 'tls-error', detail: 'CERT_HAS_EXPIRED' }, 'tls-error:CERT_HAS_EXPIRED']],
};

const ALL_EXAMPLES = Object.values(EXAMPLES).flat() as [Reason, string][];

/** Every reason the built-in page signature sets can give. */
function signatureReasons(): Reason[] {
  return BUILTIN_SIGNATURES.flatMap((set): Reason[] => [
    ...set.dead.map((s): Reason => ({ kind: 'soft-404', signature: s.id })),
    ...set.blocked.map((s): Reason => ({ kind: 'bot-wall', wall: s.id })),
    ...(set.unknownPageIsBlocked ? [{ kind: 'unknown-page', site: set.id } as const] : []),
    ...(set.blockedRedirects ? [{ kind: 'bot-wall', wall: `${set.id}-redirect` } as const] : []),
  ]);
}

describe('the closed Reason union', () => {
  it('has an example for every kind the describer knows, and no other', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual([...REASON_KINDS].sort());
  });

  it.each(ALL_EXAMPLES.map(([reason, code]) => [code, reason] as const))('%s has an English and a Chinese description', (code, reason) => {
    const en = describeReason(reason, 'en');
    const zh = describeReason(reason, 'zh');
    expect(en).not.toBe(code);
    expect(en).not.toMatch(/\{\w+\}/);
    expect(zh).not.toMatch(/\{\w+\}/);
    expect(zh).not.toBe(en);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en.length).toBeLessThan(80);
  });

  it.each(ALL_EXAMPLES.map(([reason, code]) => [code, reason] as const))('%s is the stable string form, and reads back', (code, reason) => {
    expect(reasonCode(reason)).toBe(code);
    expect(parseReasonCode(code)).toEqual(reason);
  });

  it('describes every reason the built-in signatures give in its own words, not its family fallback', () => {
    const fallback = { soft: describeReason({ kind: 'soft-404', signature: 'nobody-knows' }, 'en'), wall: describeReason({ kind: 'bot-wall', wall: 'nobody-knows' }, 'en') };
    for (const reason of signatureReasons()) {
      const en = describeReason(reason, 'en');
      expect([fallback.soft, fallback.wall], reasonCode(reason)).not.toContain(en);
      expect(parseReasonCode(reasonCode(reason))).toEqual(reason);
    }
  });

  it('reads no string that is not a reason', () => {
    for (const code of ['', 'http-', 'http-99', 'http-404-after-404', 'moved-302', 'soft-404:', 'soft-404:a b', 'nope', 'toString', '__proto__']) {
      expect(parseReasonCode(code), code).toBeNull();
    }
  });

  it('says what the page says', () => {
    expect(describeReason({ kind: 'soft-404', signature: 'wechat-deleted' }, 'en')).toBe('the page says the article was deleted by its author');
    expect(describeReason({ kind: 'soft-404', signature: 'wechat-deleted' }, 'zh')).toBe('文章已被作者删除');
    expect(describeReason({ kind: 'http-status', status: 404 }, 'zh')).toBe('页面不存在（HTTP 404）');
    expect(describeReason({ kind: 'http-status', status: 200, afterRedirect: 302 }, 'en')).toBe('the page answers (HTTP 200), after a temporary redirect');
  });

  it('gives a long Retry-After in words', () => {
    const facts = { checkedAt: '2026-01-01T00:00:00.000Z', retryAt: '2026-01-02T00:00:00.000Z' };
    expect(describeReason({ kind: 'rate-limited' }, 'en', facts)).toBe('the server limits requests, asks to come back in 24 h');
    expect(describeReason({ kind: 'rate-limited' }, 'zh', facts)).toBe('服务器限制访问频率，要求 24 小时后再访问');
    expect(describeWait(90_000, 'en')).toBe('90 s');
    expect(describeWait(3 * 86_400_000, 'zh')).toBe('3 天');
    expect(describeWait(20 * 60_000, 'en')).toBe('20 min');
  });

  it('reporters show the words, not the code', () => {
    const occurrence = { url: 'https://busy.test/a', line: 3, section: null, title: '资料' };
    const verdict = {
      url: 'https://busy.test/a',
      verdict: 'blocked' as const,
      status: 429,
      reason: { kind: 'rate-limited' } as Reason,
      ms: 5,
      checkedAt: '2026-01-01T00:00:00.000Z',
      retryAt: '2026-01-02T00:00:00.000Z',
    };
    expect(linkMessage(toReportedLink(occurrence, verdict), 'zh')).toBe('无法判断，服务器限制访问频率，要求 24 小时后再访问：资料 https://busy.test/a');
    const dead = { ...verdict, verdict: 'dead' as const, status: 200, reason: { kind: 'soft-404', signature: 'wechat-deleted' } as Reason };
    expect(linkMessage(toReportedLink(occurrence, dead), 'en')).toBe('Dead link, the page says the article was deleted by its author: 资料 https://busy.test/a');
  });
});
