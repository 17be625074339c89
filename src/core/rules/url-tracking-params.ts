// Rule url-tracking-params: link URLs carry no click/share tracking parameters (per-host tables in
// src/core/url/host-params.ts). The fix strips them and keeps every other byte of the URL.
import type { Rule } from '../rule.js';
import { stripUrlParams } from '../url/canonicalize.js';
import { analyzedLinks, urlFixRange, urlSpan } from '../values/link.js';

const messages = {
  tracking: {
    en: 'Unexpected tracking parameters {params}, expected a URL without them',
    zh: '链接含跟踪参数 {params}，应去除',
  },
};

const rule: Rule = {
  id: 'url-tracking-params',
  description: { en: 'Link URLs carry no tracking parameters', zh: '链接不带跟踪参数' },
  defaultSeverity: 'warning',
  fixable: true,
  scope: 'row',
  botSafeFix: true,
  check(ctx) {
    // One message per list of parameter names: analyses share equal lists (canonicalize.ts), and a
    // large tracker repeats a few lists thousands of times.
    const messageFor = new Map<readonly string[], string>();
    for (const link of analyzedLinks(ctx.tracker, ctx.schema, (analysis) => analysis.tracking.length > 0)) {
      const { section, url, analysis } = link;
      let message = messageFor.get(analysis.tracking);
      if (message === undefined) {
        message = ctx.t(messages.tracking, { params: analysis.tracking.join(', ') });
        messageFor.set(analysis.tracking, message);
      }
      const range = urlFixRange(ctx.tracker, link);
      // Without secrets the fully cleaned URL is the tracking-only one; skip a second parse.
      const expected = analysis.secrets.length === 0 ? analysis.cleaned : stripUrlParams(url, { tracking: true, secrets: false });
      ctx.report({
        span: urlSpan(ctx.tracker, link),
        section,
        message,
        expected,
        ...(range ? { fix: { edits: [{ start: range[0], end: range[1], text: expected }] } } : {}),
      });
    }
  },
};

export default rule;
