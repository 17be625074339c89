// Rule link-cell: a link column's cell is exactly one [text](http(s) URL) with non-empty text;
// emphasis, badges and HTML tags around it are decoration, not extra text.
// Empty and placeholder cells (`-`, `N/A`) are required-cell's business; `links` columns hold
// several links and are not checked here. The other forms of one link (reference-style, <url>
// autolink, HTML <a href>) are checked like inline links and get a warning (never an error) with
// a fix that writes them inline.
import { lineColumnAt } from '../parse/index.js';
import type { Rule } from '../rule.js';
import { isBlank } from '../schema.js';
import { columnsOfType, tablesOf } from '../values/columns.js';
import type { Messages } from '../i18n.js';
import type { LinkForm } from '../parse/link-forms.js';
import { isDecoratedLink, linksOf, urlsOf } from '../values/link.js';

const messages = {
  'no-link': { en: 'Unexpected plain text, expected one [title](https://…) link', zh: '此处应为一个 [标题](https://…) 链接，而不是纯文本' },
  'multiple-links': { en: 'Unexpected several links, expected exactly one', zh: '一个单元格只能有一个链接' },
  'empty-text': { en: 'Unexpected empty link text, expected a title', zh: '链接文字为空，应填写标题' },
  'extra-text': { en: 'Unexpected text around the link, expected the link alone', zh: '链接前后有多余文字，单元格中只应有链接' },
  'bad-scheme': { en: 'Unexpected URL "{url}", expected an http(s) URL', zh: '链接地址“{url}”不是 http(s) 地址' },
  'too-complex': {
    en: 'Unexpected cell too complex to read (over 1,000 characters, or over 40 Markdown punctuation characters), expected one plain [title](https://…) link',
    zh: '单元格过于复杂（超过 1000 个字符，或超过 40 个 Markdown 标点符号），无法读取，应为一个简单的 [标题](https://…) 链接',
  },
};

const formMessages: Record<Exclude<LinkForm, 'inline'>, Messages> = {
  'full-reference': { en: 'Unexpected reference-style link, expected the inline form {inline}', zh: '引用式链接应写成行内链接 {inline}' },
  'collapsed-reference': { en: 'Unexpected reference-style link, expected the inline form {inline}', zh: '引用式链接应写成行内链接 {inline}' },
  'shortcut-reference': { en: 'Unexpected reference-style link, expected the inline form {inline}', zh: '引用式链接应写成行内链接 {inline}' },
  autolink: { en: 'Unexpected <URL> link without a title, expected {inline} (then give it a title)', zh: '<链接> 形式没有标题，应写成 {inline}（再补上标题）' },
  html: { en: 'Unexpected HTML link, expected the Markdown form {inline}', zh: 'HTML 链接应写成 Markdown 链接 {inline}' },
};

const rule: Rule = {
  id: 'link-cell',
  description: { en: 'Link cells hold exactly one titled http(s) link', zh: '链接列须为一个带标题的 http(s) 链接' },
  defaultSeverity: 'error',
  fixable: true,
  scope: 'row',
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table } of tablesOf(tracker)) {
      const linkColumns = columnsOfType(table, ctx.schema, 'link');
      if (linkColumns.length === 0) continue;
      for (const { cellIndex } of linkColumns) {
        const links = linksOf(tracker, table, cellIndex);
        const urls = urlsOf(tracker, table, cellIndex);
        table.rows.forEach((row, r) => {
          // A good inline link to an http(s) URL, as nearly every row has: nothing to read further.
          if (links.isInline(r) && urls.isHttp(r)) return;
          const parsed = links.at(r);
          const cell = row.cell(cellIndex);
          if (!cell || !parsed || isBlank(ctx.schema, cell)) return;
          if (!parsed.ok) {
            if (parsed.reason === 'empty' || isDecoratedLink(cell, tracker.source)) return;
            ctx.report({ span: cell.span, section, message: ctx.t(messages[parsed.reason], { url: parsed.url ?? '' }) });
          } else if (parsed.form !== 'inline' && parsed.inline !== undefined) {
            // Another form of one good link: never an error, and the fix writes it inline.
            ctx.report({
              span: cell.span,
              section,
              message: ctx.t(formMessages[parsed.form], { inline: parsed.inline }),
              severity: 'warning',
              fix: { edits: [{ start: cell.span.start.offset, end: cell.span.end.offset, text: parsed.inline }] },
              expected: parsed.inline,
            });
          }
          if (parsed.ok && !urls.isHttp(r)) {
            const { url, urlStart, urlEnd } = parsed.value;
            ctx.report({
              span: { start: lineColumnAt(tracker, urlStart), end: lineColumnAt(tracker, urlEnd) },
              section,
              message: ctx.t(messages['bad-scheme'], { url }),
            });
          }
        });
      }
    }
  },
};

export default rule;
