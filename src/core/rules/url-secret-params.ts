// Rule url-secret-params: link URLs carry no personal session parameters (a reader's WeChat key,
// uin, pass_ticket, …), which leak an account when published. The fix strips them together with
// any tracking parameters, so it never conflicts with url-tracking-params' fix on the next pass.
import { lineColumnAt } from '../parse/index.js';
import type { Rule } from '../rule.js';
import { columnsOfType, tablesOf } from '../values/columns.js';
import { linksOf, urlsOf, verbatimUrlRange } from '../values/link.js';

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
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table } of tablesOf(tracker)) {
      for (const { cellIndex } of columnsOfType(table, ctx.schema, 'link')) {
        const links = linksOf(tracker, table, cellIndex);
        const urls = urlsOf(tracker, table, cellIndex);
        for (let r = 0; r < table.rows.length; r++) {
          const analysis = urls[r];
          const parsed = links[r];
          if (!analysis || !parsed?.ok || analysis.secrets.length === 0) continue;
          const { url, urlStart, urlEnd } = parsed.value;
          const range = verbatimUrlRange(tracker.source, urlStart, urlEnd, url);
          ctx.report({
            span: { start: lineColumnAt(tracker, urlStart), end: lineColumnAt(tracker, urlEnd) },
            section,
            message: ctx.t(messages.secret, { params: analysis.secrets.join(', ') }),
            expected: analysis.cleaned,
            ...(range ? { fix: { edits: [{ start: range[0], end: range[1], text: analysis.cleaned }] } } : {}),
          });
        }
      }
    }
  },
};

export default rule;
