// Verdict reasons in words: every reason code the link engine and the host checkers can give is in
// the closed set and has a short English and Chinese description; the reporters show them.
import { describe, expect, it } from 'vitest';
import { describeReason, describeWait, isKnownReason } from '../../src/core/reasons.js';
import { BUILTIN_SIGNATURES } from '../../src/links/index.js';
import { linkMessage } from '../../src/report/messages.js';
import { toReportedLink } from '../../src/report/model.js';

const ENGINE_REASONS = [
  'timeout',
  'deadline',
  'budget-exhausted',
  'connection-reset',
  'dns-failure',
  'connection-refused',
  'dns-nxdomain',
  'tls-error:CERT_HAS_EXPIRED',
  'private-address',
  'redirect-loop',
  'too-many-redirects',
  'bad-redirect',
  'redirect-to-unsupported-protocol',
  'network-error',
  'rate-limited',
  'invalid-url',
  'unsupported-protocol',
  'excluded',
  'not-included',
  'github-repo',
  'github-repo-archived',
  'github-repo-missing',
  'github-repo-moved',
  'bot-wall:cloudflare-challenge',
  'soft-404:config',
  'http-200',
  'http-404',
  'http-999',
  'http-200-after-302',
  'accepted-403',
  'moved-301',
  'moved-308',
];

function signatureReasons(): string[] {
  return BUILTIN_SIGNATURES.flatMap((set) => [
    ...set.dead.map((s) => `soft-404:${s.id}`),
    ...set.blocked.map((s) => `bot-wall:${s.id}`),
    ...(set.unknownPageIsBlocked ? [`unknown-page:${set.id}`] : []),
    ...(set.blockedRedirects ? [`bot-wall:${set.id}-redirect`] : []),
  ]);
}

describe('the closed set of reasons', () => {
  it.each([...ENGINE_REASONS, ...signatureReasons()])('%s has an English and a Chinese description', (reason) => {
    expect(isKnownReason(reason)).toBe(true);
    const en = describeReason(reason, 'en');
    const zh = describeReason(reason, 'zh');
    expect(en).not.toBe(reason);
    expect(zh).not.toBe(en);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en.length).toBeLessThan(80);
  });

  it('an unknown code is shown as it is, never a crash', () => {
    expect(isKnownReason('soft-404:nobody-knows')).toBe(false);
    expect(describeReason('soft-404:nobody-knows', 'en')).toBe('soft-404:nobody-knows');
  });

  it('says what the page says', () => {
    expect(describeReason('soft-404:wechat-deleted', 'en')).toBe('the page says the article was deleted by its author');
    expect(describeReason('soft-404:wechat-deleted', 'zh')).toBe('文章已被作者删除');
    expect(describeReason('http-404', 'zh')).toBe('页面不存在（HTTP 404）');
    expect(describeReason('http-200-after-302', 'en')).toBe('the page answers (HTTP 200), after a temporary redirect');
  });

  it('gives a long Retry-After in words', () => {
    const facts = { checkedAt: '2026-01-01T00:00:00.000Z', retryAt: '2026-01-02T00:00:00.000Z' };
    expect(describeReason('rate-limited', 'en', facts)).toBe('the server limits requests, asks to come back in 24 h');
    expect(describeReason('rate-limited', 'zh', facts)).toBe('服务器限制访问频率，要求 24 小时后再访问');
    expect(describeWait(90_000, 'en')).toBe('90 s');
    expect(describeWait(3 * 86_400_000, 'zh')).toBe('3 天');
    expect(describeWait(20 * 60_000, 'en')).toBe('20 min');
  });

  it('reporters show the words, not the code', () => {
    const occurrence = { url: 'https://busy.test/a', line: 3, section: null, title: '资料' };
    const verdict = { url: 'https://busy.test/a', verdict: 'blocked' as const, status: 429, reason: 'rate-limited', ms: 5, checkedAt: '2026-01-01T00:00:00.000Z', retryAt: '2026-01-02T00:00:00.000Z' };
    expect(linkMessage(toReportedLink(occurrence, verdict), 'zh')).toBe('无法判断，服务器限制访问频率，要求 24 小时后再访问：资料 https://busy.test/a');
    const dead = { ...verdict, verdict: 'dead' as const, status: 200, reason: 'soft-404:wechat-deleted' };
    expect(linkMessage(toReportedLink(occurrence, dead), 'en')).toBe('Dead link, the page says the article was deleted by its author: 资料 https://busy.test/a');
  });
});
