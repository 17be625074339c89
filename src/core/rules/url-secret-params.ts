// Rule url-secret-params: link URLs carry no personal session parameters (a reader's WeChat key,
// uin, pass_ticket, …), which leak an account when published. The fix strips them together with
// any tracking parameters, so it never conflicts with url-tracking-params' fix on the next pass.
import type { Rule } from '../rule.js';
import { analyzedLinks, urlFixRange, urlSpan } from '../values/link.js';

const messages = {
  secret: {
    en: 'Unexpected personal session parameters {params}, expected a URL without them',
    zh: '链接含个人会话参数 {params}，会泄露账号信息，应去除',
  },
};

const rule: Rule = {
  id: 'url-secret-params',
  description: { en: 'Link URLs carry no personal session parameters', zh: '链接不带个人会话参数' },
  defaultSeverity: 'error',
  fixable: true,
  scope: 'row',
  botSafeFix: true,
  check(ctx) {
    // One message per list of parameter names, as url-tracking-params makes them.
    const messageFor = new Map<readonly string[], string>();
    for (const link of analyzedLinks(ctx.tracker, ctx.schema, (analysis) => analysis.secrets.length > 0)) {
      const { section, analysis } = link;
      let message = messageFor.get(analysis.secrets);
      if (message === undefined) {
        message = ctx.t(messages.secret, { params: analysis.secrets.join(', ') });
        messageFor.set(analysis.secrets, message);
      }
      const range = urlFixRange(ctx.tracker, link);
      ctx.report({
        span: urlSpan(ctx.tracker, link),
        section,
        message,
        expected: analysis.cleaned,
        ...(range ? { fix: { edits: [{ start: range[0], end: range[1], text: analysis.cleaned }] } } : {}),
      });
    }
  },
};

export default rule;
