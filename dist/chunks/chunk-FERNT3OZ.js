import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  SourceCell,
  analyzedLinks,
  boundTable,
  boundTablesOf,
  byDistinctText,
  cellPlainText,
  columnIndexByName,
  columnLabel,
  columnTextValues,
  columnsOfType,
  compareSortValues,
  datePeriod,
  dateSortKey,
  datesOf,
  entryColumns,
  entryTitle,
  formatDate,
  graphemesOf,
  isBlank,
  isBlankAt,
  isDecoratedLink,
  lineColumnAt,
  linkListsOf,
  linksInCell,
  linksOf,
  normalizeHeaderName,
  parseTracker,
  resolveSchema,
  sectionMatches,
  tableColumns,
  tablesOf,
  urlFixRange,
  urlIdCounts,
  urlIdsOf,
  urlSpan,
  urlsOf
} from "./chunk-3Z7GGO6U.js";
import {
  normalizeTitle,
  parseDuration
} from "./chunk-J2765Y67.js";
import {
  canonicalizeUrl,
  detectLang,
  format,
  rememberCanonical,
  stripUrlParams
} from "./chunk-DIFKNW75.js";

// src/core/rules/cell-count.ts
var messages = {
  fewer: {
    en: "Unexpected {actual} cells, expected {expected} (GitHub shows the missing ones empty)",
    zh: "\u672C\u884C\u6709 {actual} \u4E2A\u5355\u5143\u683C\uFF0C\u5E94\u4E3A {expected} \u4E2A\uFF08\u7F3A\u5C11\u7684\u5355\u5143\u683C\u663E\u793A\u4E3A\u7A7A\uFF09"
  },
  emptyExtra: {
    en: "Unexpected empty cell after the last column, expected {expected} cells",
    zh: "\u672C\u884C\u672B\u5C3E\u591A\u51FA\u7A7A\u5355\u5143\u683C\uFF0C\u5E94\u4E3A {expected} \u4E2A\u5355\u5143\u683C"
  },
  more: {
    en: 'Unexpected {actual} cells, expected {expected}: GitHub drops "{dropped}"',
    zh: "\u672C\u884C\u6709 {actual} \u4E2A\u5355\u5143\u683C\uFF0C\u5E94\u4E3A {expected} \u4E2A\uFF0CGitHub \u4E0D\u4F1A\u663E\u793A\u591A\u51FA\u7684\u201C{dropped}\u201D\uFF0C\u9700\u4EBA\u5DE5\u5904\u7406"
  }
};
function contentEnd(tracker, row) {
  const lineStart = tracker.lineStarts[row.line - 1] ?? row.span.start.offset;
  let end = row.endWithEol;
  const { source } = tracker;
  while (end > lineStart && /[\r\n \t]/.test(source[end - 1])) end--;
  return end;
}
function endsWithPipe(source, end) {
  if (source[end - 1] !== "|") return false;
  let backslashes = 0;
  while (source[end - 2 - backslashes] === "\\") backslashes++;
  return backslashes % 2 === 0;
}
var rule = {
  id: "cell-count",
  description: { en: "Rows have as many cells as their header, as GitHub shows them", zh: "\u6BCF\u884C\u5355\u5143\u683C\u6570\u987B\u4E0E\u8868\u5934\u4E00\u81F4\uFF08\u6309 GitHub \u7684\u663E\u793A\u5224\u65AD\uFF09" },
  defaultSeverity: "error",
  fixable: true,
  scope: "row",
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table, bound } of boundTablesOf(tracker, ctx.schema)) {
      const expected = table.header.cells.length;
      const rows = table.rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        const actual = row.cellCount;
        if (actual === expected) continue;
        const params = { actual, expected };
        if (actual < expected) {
          if (bound.byCell.slice(actual).some((column) => column?.required)) continue;
          const end = contentEnd(tracker, row);
          const closing = endsWithPipe(tracker.source, end) ? "" : " |";
          const text = closing + " |".repeat(expected - actual);
          ctx.report({
            span: row.span,
            section,
            severity: "warning",
            message: ctx.t(messages.fewer, params),
            fix: { edits: [{ start: end, end, text }] }
          });
          continue;
        }
        const extra = row.cells.slice(expected);
        const firstExtra = extra[0];
        const span = { start: firstExtra.span.start, end: row.span.end };
        const withContent = extra.filter((cell) => cell.text !== "");
        if (withContent.length > 0) {
          ctx.report({ span, section, message: ctx.t(messages.more, { ...params, dropped: withContent.map((c) => c.text).join(" | ") }) });
          continue;
        }
        const last = row.cells[expected - 1];
        const lastExtra = extra[extra.length - 1];
        const fix = last instanceof SourceCell && lastExtra instanceof SourceCell ? { edits: [{ start: last.rawEnd, end: lastExtra.rawEnd, text: "" }] } : void 0;
        ctx.report({ span, section, severity: "warning", message: ctx.t(messages.emptyExtra, params), ...fix ? { fix } : {} });
      }
    }
  }
};
var cell_count_default = rule;

// src/core/rules/date-format.ts
var messages2 = {
  unpadded: { en: 'Unexpected date "{actual}", expected "{expected}"', zh: "\u65E5\u671F\u201C{actual}\u201D\u672A\u8865\u96F6\uFF0C\u5E94\u4E3A\u201C{expected}\u201D" },
  invalid: { en: 'Unexpected date "{actual}", expected a real calendar date', zh: "\u65E5\u671F\u201C{actual}\u201D\u4E0D\u5B58\u5728" },
  format: { en: 'Unexpected date format "{actual}" in "{column}", expected {formats}', zh: "\u201C{column}\u201D\u7684\u65E5\u671F\u683C\u5F0F\u201C{actual}\u201D\u4E0D\u7B26\uFF0C\u5E94\u4E3A {formats}" }
};
var rule2 = {
  id: "date-format",
  description: { en: "Dates are real dates in the column's format (default YYYY-MM-DD)", zh: "\u65E5\u671F\u987B\u4E3A\u8BE5\u5217\u683C\u5F0F\uFF08\u9ED8\u8BA4 YYYY-MM-DD\uFF09\u7684\u771F\u5B9E\u65E5\u671F" },
  defaultSeverity: "error",
  fixable: true,
  scope: "row",
  check(ctx) {
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, "date")) {
        const formats = column.formats ?? ["YYYY-MM-DD"];
        const dates = datesOf(ctx.tracker, table, cellIndex, formats);
        for (let r = 0; r < table.rows.length; r++) {
          const parsed = dates[r];
          if (!parsed || parsed.kind === "ok" || parsed.kind === "empty") continue;
          const cell = table.rows[r].cell(cellIndex);
          if (!cell || isBlank(ctx.schema, cell)) continue;
          const span = cell.span;
          if (parsed.kind === "unpadded") {
            ctx.report({
              span,
              section,
              severity: "warning",
              message: ctx.t(messages2.unpadded, { actual: cell.text, expected: parsed.padded }),
              expected: parsed.padded,
              fix: { edits: [{ start: span.start.offset, end: span.end.offset, text: parsed.padded }] }
            });
          } else if (parsed.kind === "invalid") {
            ctx.report({ span, section, message: ctx.t(messages2.invalid, { actual: cell.text }) });
          } else if (parsed.kind === "bad-format") {
            ctx.report({ span, section, message: ctx.t(messages2.format, { actual: cell.text, column: columnLabel(table, cellIndex, column), formats: formats.join(" / ") }) });
          }
        }
      }
    }
  }
};
var date_format_default = rule2;

// src/core/values/row-facts.ts
var SOURCE_COLUMN_NAMES = ["\u6765\u6E90", "\u51FA\u5904", "\u4F5C\u8005", "\u53D1\u5E03\u8005", "\u53D1\u5E03\u65B9", "source", "author", "authors", "publisher", "by"];
function* rowsWithFacts(ctx) {
  for (const { section, table } of tablesOf(ctx.tracker)) {
    const first = columnsOfType(table, ctx.schema, "link")[0];
    if (!first) continue;
    const links = linksOf(ctx.tracker, table, first.cellIndex);
    const urls = urlsOf(ctx.tracker, table, first.cellIndex);
    for (const [rowIndex, row] of table.rows.entries()) {
      const parsed = links.at(rowIndex);
      const analysis = urls.at(rowIndex);
      if (!parsed?.ok || !analysis) continue;
      const facts = ctx.pageFacts(analysis.canonical);
      if (facts) yield { section, table, row, rowIndex, link: parsed.value, facts };
    }
  }
}
function sourceCellIndex(table, ctx) {
  const { byCell } = tableColumns(table, ctx.schema);
  const wanted = new Set(SOURCE_COLUMN_NAMES);
  return byCell.findIndex((column, index) => {
    if (column && column.type !== "text") return false;
    const names = column ? column.names : [table.header.cells[index]?.text ?? ""];
    return names.some((n) => wanted.has(normalizeHeaderName(n)));
  });
}

// src/core/rules/date-mismatch.ts
var DAY_MS = 864e5;
var messages3 = {
  mismatch: { en: "Unexpected date {actual}, expected {page} (the publish date the page states)", zh: "\u65E5\u671F {actual} \u4E0E\u9875\u9762\u6240\u8F7D\u53D1\u5E03\u65E5\u671F {page} \u4E0D\u7B26" }
};
function dayNumber(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
}
var rule3 = {
  id: "date-mismatch",
  description: { en: "Dates agree with the publish date the linked page states", zh: "\u65E5\u671F\u4E0E\u94FE\u63A5\u9875\u9762\u7684\u53D1\u5E03\u65E5\u671F\u4E00\u81F4" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "row",
  usesPageFacts: true,
  parseOptions(raw) {
    const { tolerance = "1d", ...rest } = raw;
    const unknown = Object.keys(rest)[0];
    if (unknown !== void 0) throw new Error(`unknown option "${unknown}" (known: tolerance)`);
    if (typeof tolerance !== "string" && typeof tolerance !== "number") throw new Error("tolerance: expected a duration such as 1d or 2d");
    const ms = parseDuration(tolerance);
    if (ms < DAY_MS) throw new Error(`tolerance: expected at least 1d (dates are days), got "${tolerance}"`);
    return { toleranceDays: Math.ceil(ms / DAY_MS) };
  },
  check(ctx) {
    const toleranceDays = ctx.options.toleranceDays;
    for (const { section, table, row, rowIndex, facts } of rowsWithFacts(ctx)) {
      const page = facts.published;
      const pageDay = page === void 0 ? null : dayNumber(page);
      if (pageDay === null) continue;
      for (const { cellIndex } of columnsOfType(table, ctx.schema, "date")) {
        const cell = row.cell(cellIndex);
        const parsed = datesOf(ctx.tracker, table, cellIndex)[rowIndex];
        if (!cell || !parsed || parsed.kind !== "ok" && parsed.kind !== "unpadded") continue;
        const actual = formatDate(parsed.value);
        if (Math.abs(dayNumber(actual) - pageDay) < toleranceDays) continue;
        const text = cell.text.includes("\\-") ? page.replace(/-/g, "\\-") : page;
        ctx.report({
          span: cell.span,
          section,
          message: ctx.t(messages3.mismatch, { actual, page }),
          fix: { edits: [{ start: cell.span.start.offset, end: cell.span.end.offset, text }] },
          expected: text
        });
      }
    }
  }
};
var date_mismatch_default = rule3;

// src/core/rules/date-range.ts
var EARLIEST_DATE = { y: 1990, m: 1, d: 1 };
var messages4 = {
  future: { en: "Unexpected future date {actual}, expected {today} or earlier", zh: "\u65E5\u671F {actual} \u665A\u4E8E\u4ECA\u5929\uFF08{today}\uFF09" },
  past: { en: "Unexpected date {actual}, expected {earliest} or later", zh: "\u65E5\u671F {actual} \u65E9\u4E8E {earliest}\uFF0C\u8BF7\u6838\u5BF9" }
};
var rule4 = {
  id: "date-range",
  description: { en: "Dates are not in the future nor before 1990", zh: "\u65E5\u671F\u4E0D\u5F97\u665A\u4E8E\u4ECA\u5929\u6216\u65E9\u4E8E 1990 \u5E74" },
  defaultSeverity: "warning",
  fixable: false,
  scope: "row",
  check(ctx) {
    const today = { y: ctx.now.getUTCFullYear(), m: ctx.now.getUTCMonth() + 1, d: ctx.now.getUTCDate() };
    const todayKey = today.y * 1e4 + today.m * 100 + today.d;
    const earliestKey = EARLIEST_DATE.y * 1e4 + EARLIEST_DATE.m * 100 + EARLIEST_DATE.d;
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, "date")) {
        const dates = datesOf(ctx.tracker, table, cellIndex, column.formats);
        for (let r = 0; r < table.rows.length; r++) {
          const parsed = dates[r];
          if (!parsed || parsed.kind !== "ok" && parsed.kind !== "unpadded") continue;
          const period = datePeriod(parsed.value);
          const first = period[0];
          const last = period[1];
          if (first <= todayKey && last >= earliestKey) continue;
          const cell = table.rows[r].cell(cellIndex);
          const actual = formatDate(parsed.value);
          if (first > todayKey) {
            ctx.report({ span: cell.span, section, message: ctx.t(messages4.future, { actual, today: formatDate(today) }) });
          } else {
            ctx.report({
              span: cell.span,
              section,
              message: ctx.t(messages4.past, { actual, earliest: formatDate(EARLIEST_DATE) })
            });
          }
        }
      }
    }
  }
};
var date_range_default = rule4;

// src/core/rules/duplicate-link.ts
var messages5 = {
  duplicate: {
    en: "Unexpected duplicate link, expected a link not already listed at line {line}",
    zh: "\u91CD\u590D\u94FE\u63A5\uFF1A\u4E0E\u7B2C {line} \u884C\u6307\u5411\u540C\u4E00\u8D44\u6E90"
  }
};
function titleKey(title) {
  return title.toLowerCase().replace(/[\s\p{P}]+/gu, "");
}
var rule5 = {
  id: "duplicate-link",
  description: { en: "Each resource is listed once (per file, section or table)", zh: "\u540C\u4E00\u8D44\u6E90\u53EA\u6536\u5F55\u4E00\u6B21\uFF08\u6309\u6587\u4EF6\u3001\u7AE0\u8282\u6216\u8868\u683C\uFF09" },
  defaultSeverity: "error",
  fixable: false,
  scope: "row",
  check(ctx) {
    const { tracker } = ctx;
    const { scope, exempt } = ctx.schema.duplicates;
    const candidates = [];
    let tableNumber = 0;
    for (const { section, table } of tablesOf(tracker)) {
      tableNumber++;
      if (exempt.length > 0 && sectionMatches(exempt, section.title)) continue;
      const bound = boundTable(ctx.schema, table, section);
      if (!bound) continue;
      const list = ctx.schema.tables.indexOf(bound.schema);
      const prefix = `${list}\0` + (scope === "file" ? "" : scope === "section" ? `s${section.line}\0` : `t${tableNumber}\0`);
      const entry = entryColumns(bound.byCell.map((c) => c?.type ?? null), table.rows);
      if (!entry) continue;
      const links = linksOf(tracker, table, entry.link);
      candidates.push({ section, prefix, entryTable: { table, entry, links }, ids: urlIdsOf(tracker, table, entry.link) });
    }
    const counts = urlIdCounts(tracker);
    const entryTables = [];
    const entryRows = [];
    const seenByScope = /* @__PURE__ */ new Map();
    for (const { section, prefix, entryTable, ids } of candidates) {
      let seen = seenByScope.get(prefix);
      if (!seen) {
        seen = /* @__PURE__ */ new Map();
        seenByScope.set(prefix, seen);
      }
      const add = (rowIndex) => {
        entryTables.push(entryTable);
        return entryRows.push(rowIndex) - 1;
      };
      for (let r = 0; r < ids.length; r++) {
        const id = ids[r];
        if (id < 0 || counts[id] < 2) continue;
        const parsed = entryTable.links.at(r);
        if (!parsed?.ok) continue;
        const earlier = seen.get(id);
        if (earlier === void 0) {
          seen.set(id, add(r));
          continue;
        }
        const name = titleKey(entryTitle(entryTable, r));
        const same = (typeof earlier === "number" ? [earlier] : earlier).find((e) => {
          const other = titleKey(entryTitle(entryTables[e], entryRows[e]));
          return other === "" || name === "" || other.includes(name) || name.includes(other);
        });
        if (same === void 0) {
          if (typeof earlier === "number") seen.set(id, [earlier, add(r)]);
          else earlier.push(add(r));
          continue;
        }
        const seenAt = entryTables[same].table.rows[entryRows[same]].line;
        ctx.report({
          span: { start: lineColumnAt(tracker, parsed.value.urlStart), end: lineColumnAt(tracker, parsed.value.urlEnd) },
          section,
          message: ctx.t(messages5.duplicate, { line: seenAt })
        });
      }
    }
  }
};
var duplicate_link_default = rule5;

// src/core/rules/link-cell.ts
var messages6 = {
  "no-link": { en: "Unexpected plain text, expected one [title](https://\u2026) link", zh: "\u6B64\u5904\u5E94\u4E3A\u4E00\u4E2A [\u6807\u9898](https://\u2026) \u94FE\u63A5\uFF0C\u800C\u4E0D\u662F\u7EAF\u6587\u672C" },
  "multiple-links": { en: "Unexpected several links, expected exactly one", zh: "\u4E00\u4E2A\u5355\u5143\u683C\u53EA\u80FD\u6709\u4E00\u4E2A\u94FE\u63A5" },
  "empty-text": { en: "Unexpected empty link text, expected a title", zh: "\u94FE\u63A5\u6587\u5B57\u4E3A\u7A7A\uFF0C\u5E94\u586B\u5199\u6807\u9898" },
  "extra-text": { en: "Unexpected text around the link, expected the link alone", zh: "\u94FE\u63A5\u524D\u540E\u6709\u591A\u4F59\u6587\u5B57\uFF0C\u5355\u5143\u683C\u4E2D\u53EA\u5E94\u6709\u94FE\u63A5" },
  "bad-scheme": { en: 'Unexpected URL "{url}", expected an http(s) URL', zh: "\u94FE\u63A5\u5730\u5740\u201C{url}\u201D\u4E0D\u662F http(s) \u5730\u5740" },
  "too-complex": {
    en: "Unexpected cell too complex to read (over 1,000 characters, or over 40 Markdown punctuation characters), expected one plain [title](https://\u2026) link",
    zh: "\u5355\u5143\u683C\u8FC7\u4E8E\u590D\u6742\uFF08\u8D85\u8FC7 1000 \u4E2A\u5B57\u7B26\uFF0C\u6216\u8D85\u8FC7 40 \u4E2A Markdown \u6807\u70B9\u7B26\u53F7\uFF09\uFF0C\u65E0\u6CD5\u8BFB\u53D6\uFF0C\u5E94\u4E3A\u4E00\u4E2A\u7B80\u5355\u7684 [\u6807\u9898](https://\u2026) \u94FE\u63A5"
  }
};
var formMessages = {
  "full-reference": { en: "Unexpected reference-style link, expected the inline form {inline}", zh: "\u5F15\u7528\u5F0F\u94FE\u63A5\u5E94\u5199\u6210\u884C\u5185\u94FE\u63A5 {inline}" },
  "collapsed-reference": { en: "Unexpected reference-style link, expected the inline form {inline}", zh: "\u5F15\u7528\u5F0F\u94FE\u63A5\u5E94\u5199\u6210\u884C\u5185\u94FE\u63A5 {inline}" },
  "shortcut-reference": { en: "Unexpected reference-style link, expected the inline form {inline}", zh: "\u5F15\u7528\u5F0F\u94FE\u63A5\u5E94\u5199\u6210\u884C\u5185\u94FE\u63A5 {inline}" },
  autolink: { en: "Unexpected <URL> link without a title, expected {inline} (then give it a title)", zh: "<\u94FE\u63A5> \u5F62\u5F0F\u6CA1\u6709\u6807\u9898\uFF0C\u5E94\u5199\u6210 {inline}\uFF08\u518D\u8865\u4E0A\u6807\u9898\uFF09" },
  html: { en: "Unexpected HTML link, expected the Markdown form {inline}", zh: "HTML \u94FE\u63A5\u5E94\u5199\u6210 Markdown \u94FE\u63A5 {inline}" }
};
var rule6 = {
  id: "link-cell",
  description: { en: "Link cells hold exactly one titled http(s) link", zh: "\u94FE\u63A5\u5217\u987B\u4E3A\u4E00\u4E2A\u5E26\u6807\u9898\u7684 http(s) \u94FE\u63A5" },
  defaultSeverity: "error",
  fixable: true,
  scope: "row",
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table } of tablesOf(tracker)) {
      const linkColumns = columnsOfType(table, ctx.schema, "link");
      if (linkColumns.length === 0) continue;
      for (const { cellIndex } of linkColumns) {
        const links = linksOf(tracker, table, cellIndex);
        const urls = urlsOf(tracker, table, cellIndex);
        table.rows.forEach((row, r) => {
          if (links.isInline(r) && urls.isHttp(r)) return;
          const parsed = links.at(r);
          const cell = row.cell(cellIndex);
          if (!cell || !parsed || isBlank(ctx.schema, cell)) return;
          if (!parsed.ok) {
            if (parsed.reason === "empty" || isDecoratedLink(cell, tracker.source)) return;
            ctx.report({ span: cell.span, section, message: ctx.t(messages6[parsed.reason], { url: parsed.url ?? "" }) });
          } else if (parsed.form !== "inline" && parsed.inline !== void 0) {
            ctx.report({
              span: cell.span,
              section,
              message: ctx.t(formMessages[parsed.form], { inline: parsed.inline }),
              severity: "warning",
              fix: { edits: [{ start: cell.span.start.offset, end: cell.span.end.offset, text: parsed.inline }] },
              expected: parsed.inline
            });
          }
          if (parsed.ok && !urls.isHttp(r)) {
            const { url, urlStart, urlEnd } = parsed.value;
            ctx.report({
              span: { start: lineColumnAt(tracker, urlStart), end: lineColumnAt(tracker, urlEnd) },
              section,
              message: ctx.t(messages6["bad-scheme"], { url })
            });
          }
        });
      }
    }
  }
};
var link_cell_default = rule6;

// src/core/extract-links.ts
function* linkCells(tracker, schema) {
  for (const { section, table, bound } of boundTablesOf(tracker, schema)) {
    const linkColumns = bound.byCell.flatMap(
      (column, index) => column?.type === "links" ? [{ index, lists: linkListsOf(tracker, table, index), links: null, urls: null }] : column?.type === "link" ? [{ index, lists: null, links: linksOf(tracker, table, index), urls: urlsOf(tracker, table, index) }] : []
    );
    if (linkColumns.length === 0) continue;
    for (const [r, row] of table.rows.entries()) {
      for (const { index, lists, links, urls } of linkColumns) {
        const cell = row.cell(index);
        if (!cell) continue;
        if (lists) {
          for (const link of lists[r] ?? []) if (/^https?:\/\//i.test(link.url)) yield { section, row, cell, link };
          continue;
        }
        const parsed = links.at(r);
        if (parsed.ok) {
          rememberCanonical(parsed.value.url, urls.at(r) ?? null);
          yield { section, row, cell, link: parsed.value };
        } else if (isDecoratedLink(cell, tracker.source)) yield { section, row, cell, link: linksInCell(cell, tracker.source)[0] };
      }
    }
  }
}
function extractLinks(tracker, schema, file) {
  const links = [];
  for (const { section, row, cell, link } of linkCells(tracker, schema)) {
    links.push({ file, url: link.url, line: row.line, column: cell.span.start.column, section: section.title, title: link.text });
  }
  return links;
}

// src/core/rules/link-redirected.ts
var messages7 = {
  moved: { en: "Unexpected moved link, expected its new address {finalUrl}", zh: "\u94FE\u63A5\u5DF2\u6C38\u4E45\u8FC1\u79FB\uFF0C\u5E94\u6539\u4E3A\u65B0\u5730\u5740 {finalUrl}" }
};
function asLinkDestination(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  } catch {
    return null;
  }
  return url.replace(/[\s()<>]/g, (c) => c === "(" ? "%28" : c === ")" ? "%29" : encodeURIComponent(c));
}
function movedLinkEdit(link, verdict) {
  if (verdict?.verdict !== "redirected" || !verdict.finalUrl) return null;
  const target = asLinkDestination(verdict.finalUrl);
  if (!target || canonicalizeUrl(target) === canonicalizeUrl(link.url)) return null;
  return { start: link.urlStart, end: link.urlEnd, text: target };
}
var rule7 = {
  id: "link-redirected",
  description: { en: "Links point where they live now, not at an address that moved permanently", zh: "\u94FE\u63A5\u6307\u5411\u5F53\u524D\u5730\u5740\uFF0C\u800C\u4E0D\u662F\u5DF2\u6C38\u4E45\u8FC1\u79FB\u7684\u65E7\u5730\u5740" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "row",
  botSafeFix: true,
  usesLinkVerdicts: true,
  ownsVerdict: "redirected",
  check(ctx) {
    for (const { section, cell, link } of linkCells(ctx.tracker, ctx.schema)) {
      const verdict = ctx.linkVerdict(canonicalizeUrl(link.url));
      const edit = movedLinkEdit(link, verdict);
      if (!edit) continue;
      ctx.report({ span: cell.span, section, message: ctx.t(messages7.moved, { finalUrl: edit.text }), fix: { edits: [edit] }, expected: edit.text });
    }
  }
};
var link_redirected_default = rule7;

// src/core/values/rating.ts
var VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;
var SPACE = /^\s+$/u;
function bare(grapheme) {
  return grapheme.replace(VARIATION_SELECTORS, "");
}
function repeatCount(text, symbol) {
  const n = text.length / symbol.length;
  if (!Number.isInteger(n)) return 0;
  for (let i = 0; i < text.length; i += symbol.length) {
    if (!text.startsWith(symbol, i)) return 0;
  }
  return n;
}
function parseRatingText(text, spec) {
  if (text === "") return { kind: "empty" };
  const plainCount = repeatCount(text, spec.symbol);
  if (plainCount > 0) return withinRange(plainCount, text, spec) ?? { kind: "ok", count: plainCount };
  if (new RegExp("\\p{Nd}", "u").test(text)) return { kind: "digits", text };
  const count = repeatCount(text.replace(VARIATION_SELECTORS, "").replace(/\s+/gu, ""), bare(spec.symbol));
  if (count > 0) return withinRange(count, text, spec) ?? { kind: "normalize", count, normalized: spec.symbol.repeat(count) };
  const symbols = [];
  for (const segment of graphemesOf(text)) {
    if (!SPACE.test(segment)) symbols.push(bare(segment));
  }
  const first = symbols[0];
  if (first === void 0) return { kind: "empty" };
  if (symbols.some((s) => s !== first)) return { kind: "mixed", text };
  return { kind: "wrong-symbol", text, found: first };
}
function withinRange(count, text, spec) {
  return count < spec.min || count > spec.max ? { kind: "count", text, count } : null;
}
function ratingStyleOf(text, symbol, count) {
  const plain = bare(symbol);
  if (repeatCount(text, plain) === count) return "plain";
  if (repeatCount(text, plain + "\uFE0F") === count) return "emoji";
  return "other";
}
function spellRating(symbol, count, style) {
  const plain = bare(symbol);
  return (style === "emoji" ? plain + "\uFE0F" : plain).repeat(count);
}
function ratingSpecOf(column) {
  return { symbol: column.symbol ?? "\u2B50", min: column.min ?? 1, max: column.max ?? 5 };
}
function ratingsOf(tracker, table, column, cellIndex) {
  const spec = ratingSpecOf(column);
  return columnTextValues(tracker, column, table, cellIndex, byDistinctText((text) => parseRatingText(text, spec), 256));
}
function ratingSortKey(parsed) {
  return parsed.kind === "ok" || parsed.kind === "normalize" ? parsed.count : null;
}

// src/core/rules/rating-normalize.ts
var messages8 = {
  normalize: {
    en: 'Unexpected rating spelling "{actual}", expected "{expected}" like the rest of the file',
    zh: "\u8BC4\u5206\u5199\u6CD5\u201C{actual}\u201D\u4E0E\u5168\u6587\u4E0D\u4E00\u81F4\uFF0C\u5E94\u5199\u4F5C\u201C{expected}\u201D"
  }
};
function ratingColumns(ctx) {
  const found = [];
  for (const { section, table } of tablesOf(ctx.tracker)) {
    for (const { column, cellIndex } of columnsOfType(table, ctx.schema, "rating")) {
      const symbol = column.symbol ?? "\u2B50";
      const ratings = ratingsOf(ctx.tracker, table, column, cellIndex);
      found.push({ section, table, column, cellIndex, symbol, ratings, symbolStyle: ratingStyleOf(symbol, symbol, 1) });
    }
  }
  return found;
}
function isRightCount(parsed) {
  return parsed?.kind === "ok" || parsed?.kind === "normalize";
}
function spellingAt(ratingColumn, r, parsed) {
  if (parsed.kind === "ok") return ratingColumn.symbolStyle;
  return ratingStyleOf(ratingColumn.table.rows[r].cell(ratingColumn.cellIndex).text, ratingColumn.symbol, parsed.count);
}
var rule8 = {
  id: "rating-normalize",
  description: { en: "Ratings are spelled one way (with or without variation selectors, no spaces)", zh: "\u8BC4\u5206\u5199\u6CD5\u5168\u6587\u7EDF\u4E00\uFF08\u53D8\u4F53\u9009\u62E9\u7B26\u4E00\u81F4\u3001\u65E0\u7A7A\u683C\uFF09" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "row",
  check(ctx) {
    const columns = ratingColumns(ctx);
    const votes = { plain: 0, emoji: 0 };
    for (const ratingColumn of columns) {
      if (ratingColumn.column.style) continue;
      for (let r = 0; r < ratingColumn.ratings.length; r++) {
        const parsed = ratingColumn.ratings[r];
        if (!isRightCount(parsed)) continue;
        const style = spellingAt(ratingColumn, r, parsed);
        if (style !== "other") votes[style]++;
      }
    }
    const majority = votes.plain + votes.emoji === 0 ? null : votes.emoji > 2 * votes.plain ? "emoji" : "plain";
    for (const ratingColumn of columns) {
      const { section, table, column, cellIndex, symbol, ratings } = ratingColumn;
      const target = column.style ?? majority;
      if (target === null) continue;
      for (let r = 0; r < ratings.length; r++) {
        const parsed = ratings[r];
        if (!isRightCount(parsed) || spellingAt(ratingColumn, r, parsed) === target) continue;
        const cell = table.rows[r].cell(cellIndex);
        const span = cell.span;
        const expected = spellRating(symbol, parsed.count, target);
        ctx.report({
          span,
          section,
          message: ctx.t(messages8.normalize, { actual: cell.text, expected }),
          expected,
          fix: { edits: [{ start: span.start.offset, end: span.end.offset, text: expected }] }
        });
      }
    }
  }
};
var rating_normalize_default = rule8;

// src/core/rules/rating-symbol.ts
var messages9 = {
  digits: { en: 'Unexpected digits in "{actual}", expected {symbol} repeated {min}\u2013{max} times', zh: "\u8BC4\u5206\u201C{actual}\u201D\u4E0D\u5E94\u4F7F\u7528\u6570\u5B57\uFF0C\u5E94\u4E3A {min}\u2013{max} \u4E2A {symbol}" },
  "wrong-symbol": { en: 'Unexpected symbol "{found}", expected {symbol}', zh: "\u8BC4\u5206\u7B26\u53F7\u201C{found}\u201D\u4E0D\u7B26\uFF0C\u5E94\u4E3A {symbol}" },
  mixed: { en: 'Unexpected mixed content "{actual}", expected only {symbol}', zh: "\u8BC4\u5206\u201C{actual}\u201D\u6DF7\u6709\u5176\u4ED6\u5B57\u7B26\uFF0C\u53EA\u5E94\u4F7F\u7528 {symbol}" },
  count: { en: "Unexpected {count} \xD7 {symbol}, expected {min}\u2013{max}", zh: "\u8BC4\u5206\u4E3A {count} \u4E2A {symbol}\uFF0C\u5E94\u4E3A {min}\u2013{max} \u4E2A" }
};
var rule9 = {
  id: "rating-symbol",
  description: { en: "Ratings use the column symbol, min..max times", zh: "\u8BC4\u5206\u987B\u7528\u89C4\u5B9A\u7B26\u53F7\uFF0C\u6570\u91CF\u5728\u8303\u56F4\u5185" },
  defaultSeverity: "error",
  fixable: false,
  scope: "row",
  check(ctx) {
    for (const { section, table } of tablesOf(ctx.tracker)) {
      for (const { column, cellIndex } of columnsOfType(table, ctx.schema, "rating")) {
        const base = { symbol: column.symbol ?? "\u2B50", min: column.min ?? 1, max: column.max ?? 5 };
        const ratings = ratingsOf(ctx.tracker, table, column, cellIndex);
        for (let r = 0; r < table.rows.length; r++) {
          const parsed = ratings[r];
          if (!parsed || parsed.kind === "empty" || parsed.kind === "ok" || parsed.kind === "normalize") continue;
          const cell = table.rows[r].cell(cellIndex);
          if (!cell || isBlank(ctx.schema, cell)) continue;
          const params = {
            ...base,
            actual: parsed.text,
            found: parsed.kind === "wrong-symbol" ? parsed.found : "",
            count: parsed.kind === "count" ? parsed.count : 0
          };
          ctx.report({ span: cell.span, section, message: ctx.t(messages9[parsed.kind], params) });
        }
      }
    }
  }
};
var rating_symbol_default = rule9;

// src/core/rules/repo-archived.ts
var messages10 = {
  archived: {
    en: "Unexpected archived repository (read-only, no longer maintained); the entry may be stale: {title}",
    zh: "\u94FE\u63A5\u7684\u4ED3\u5E93\u5DF2\u5F52\u6863\uFF08\u53EA\u8BFB\uFF0C\u4E0D\u518D\u7EF4\u62A4\uFF09\uFF0C\u6761\u76EE\u5185\u5BB9\u53EF\u80FD\u5DF2\u8FC7\u65F6\uFF1A{title}"
  }
};
var rule10 = {
  id: "repo-archived",
  // Worded as the finding: annotations are titled with it ("tracker-bot: 链接的仓库已归档").
  description: { en: "Linked repository is archived", zh: "\u94FE\u63A5\u7684\u4ED3\u5E93\u5DF2\u5F52\u6863" },
  defaultSeverity: "warning",
  fixable: false,
  scope: "row",
  usesLinkVerdicts: true,
  check(ctx) {
    for (const { section, cell, link } of linkCells(ctx.tracker, ctx.schema)) {
      if (ctx.linkVerdict(canonicalizeUrl(link.url))?.reason.kind !== "github-repo-archived") continue;
      const at = cell.span.start;
      ctx.report({ span: { start: at, end: at }, section, message: ctx.t(messages10.archived, { title: link.text || link.url }) });
    }
  }
};
var repo_archived_default = rule10;

// src/core/rules/required-cell.ts
var messages11 = {
  empty: { en: 'Unexpected empty cell, expected a value for "{column}"', zh: "\u201C{column}\u201D\u4E0D\u80FD\u4E3A\u7A7A" },
  missing: { en: "Missing cells for {columns}, expected a value in each", zh: "\u672C\u884C\u7F3A\u5C11{columns}\u7684\u5355\u5143\u683C" }
};
var rule11 = {
  id: "required-cell",
  description: { en: "Required columns have a value in every row", zh: "\u5FC5\u586B\u5217\u7684\u6BCF\u4E00\u884C\u90FD\u987B\u6709\u503C" },
  defaultSeverity: "error",
  fixable: false,
  scope: "row",
  check(ctx) {
    for (const { section, table, bound } of boundTablesOf(ctx.tracker, ctx.schema)) {
      const required = bound.byCell.map((column, cellIndex) => ({ column, cellIndex })).filter((entry) => entry.column?.required);
      if (required.length === 0) continue;
      const label = ({ column, cellIndex }) => columnLabel(table, cellIndex, column);
      const lastRequired = required[required.length - 1].cellIndex;
      const rows = table.rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r];
        for (let e = 0; e < required.length; e++) {
          const entry = required[e];
          if (entry.cellIndex >= row.cellCount || !isBlankAt(ctx.schema, row, entry.cellIndex)) continue;
          ctx.report({ span: row.cell(entry.cellIndex).span, section, message: ctx.t(messages11.empty, { column: label(entry) }) });
        }
        if (row.cellCount > lastRequired) continue;
        const absent = required.filter((entry) => entry.cellIndex >= row.cellCount).map(label);
        const columns = absent.map((name) => ctx.lang === "zh" ? `\u201C${name}\u201D` : `"${name}"`).join(ctx.lang === "zh" ? "\u3001" : ", ");
        ctx.report({ span: row.span, section, message: ctx.t(messages11.missing, { columns }) });
      }
    }
  }
};
var required_cell_default = rule11;

// src/core/rules/sort-order.ts
var messages12 = {
  order: {
    en: "Unexpected row order, expected this row before line {line} (sorted by {keys})",
    zh: "\u884C\u987A\u5E8F\u4E0D\u7B26\uFF1A\u672C\u884C\u5E94\u6392\u5728\u7B2C {line} \u884C\u4E4B\u524D\uFF08\u6392\u5E8F\u89C4\u5219\uFF1A{keys}\uFF09"
  },
  belongsAfter: {
    en: "Line {line} belongs after line {target} (sorted by {keys})",
    zh: "\u7B2C {line} \u884C\u5E94\u79FB\u5230\u7B2C {target} \u884C\u4E4B\u540E\uFF08\u6392\u5E8F\u89C4\u5219\uFF1A{keys}\uFF09"
  },
  belongsBefore: {
    en: "Line {line} belongs before line {target} (sorted by {keys})",
    zh: "\u7B2C {line} \u884C\u5E94\u79FB\u5230\u7B2C {target} \u884C\u4E4B\u524D\uFF08\u6392\u5E8F\u89C4\u5219\uFF1A{keys}\uFF09"
  },
  asc: { en: "{column} asc", zh: "{column}\u5347\u5E8F" },
  desc: { en: "{column} desc", zh: "{column}\u964D\u5E8F" }
};
function sortColumns(bound) {
  const { cellOf, schema } = bound;
  const found = [];
  for (const key of schema.sort) {
    const columnIndex = columnIndexByName(schema, key.column);
    const column = schema.columns[columnIndex];
    const cellIndex = cellOf[columnIndex] ?? -1;
    if (column && cellIndex >= 0) found.push({ column, cellIndex, direction: key.order === "desc" ? -1 : 1 });
  }
  return found;
}
function sortValues(tracker, schema, table, key) {
  const { column, cellIndex } = key;
  const plainText = (cell) => cell && !isBlank(schema, cell) ? cellPlainText(cell) : null;
  switch (column.type) {
    case "rating":
      return ratingsOf(tracker, table, column, cellIndex).map((v) => v ? ratingSortKey(v) : null);
    case "date":
      return datesOf(tracker, table, cellIndex, column.formats).map((v) => v ? dateSortKey(v) : null);
    case "link": {
      const links = linksOf(tracker, table, cellIndex);
      return table.rows.map((row, r) => {
        const link = links.at(r);
        return link?.ok ? link.value.text : plainText(row.cell(cellIndex));
      });
    }
    case "text":
    case "links":
      return table.rows.map((row) => plainText(row.cell(cellIndex)));
  }
}
function rowComparator(tracker, table, schema) {
  const bound = boundTable(schema, table);
  const keys = bound ? sortColumns(bound) : [];
  if (keys.length === 0) return null;
  const values = keys.map((key) => sortValues(tracker, schema, table, key));
  return (a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const key = keys[k];
      const c = compareSortValues(values[k][a], values[k][b], key.direction, key.column.type === "date");
      if (c !== 0) return c;
    }
    return 0;
  };
}
function lineOf(tracker, row) {
  const start = tracker.lineStarts[row.line - 1] ?? row.span.start.offset;
  const end = row.endWithEol;
  let contentEnd2 = end;
  if (tracker.source[contentEnd2 - 1] === "\n") contentEnd2--;
  if (tracker.source[contentEnd2 - 1] === "\r") contentEnd2--;
  return { start, contentEnd: contentEnd2, end };
}
function reorderEdit(tracker, rows, order) {
  const lines = rows.map((row) => lineOf(tracker, row));
  const { source } = tracker;
  let text = "";
  order.forEach((from, to) => {
    const moved = lines[from];
    const slot = lines[to];
    text += source.slice(moved.start, moved.contentEnd) + source.slice(slot.contentEnd, slot.end);
  });
  return { start: lines[0].start, end: lines[lines.length - 1].end, text };
}
var rule12 = {
  id: "sort-order",
  description: { en: "Rows follow the table's sort order (configured, or one the rows already nearly follow)", zh: "\u5404\u8868\u7684\u884C\u6309\u89C4\u5B9A\u987A\u5E8F\u6392\u5217\uFF08\u914D\u7F6E\u7684\uFF0C\u6216\u5404\u884C\u5DF2\u57FA\u672C\u9075\u5FAA\u7684\u987A\u5E8F\uFF09" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "table",
  botSafeFix: true,
  ordersRows: true,
  check(ctx) {
    const { tracker, schema } = ctx;
    for (const { section, table, bound } of boundTablesOf(tracker, schema)) {
      if (table.rows.length < 2) continue;
      const keys = sortColumns(bound);
      if (keys.length === 0) continue;
      const values = keys.map((key) => sortValues(tracker, schema, table, key));
      const compareByKeys = (a, b) => {
        for (let k = 0; k < keys.length; k++) {
          const key = keys[k];
          const c = compareSortValues(values[k][a], values[k][b], key.direction, key.column.type === "date");
          if (c !== 0) return c;
        }
        return 0;
      };
      const readable = (i) => values.every((column) => column[i] !== null);
      const compare = (a, b) => compareByKeys(a, b) || a - b;
      const describedKeys = keys.map((k) => ctx.t(k.direction < 0 ? messages12.desc : messages12.asc, { column: columnLabel(table, k.cellIndex, k.column) })).join(ctx.lang === "zh" ? "\uFF0C" : ", ");
      const indices = table.rows.map((_, i) => i);
      const focus = ctx.focusLines;
      const focused = focus ? indices.filter((i) => focus(table.rows[i].line) && readable(i)) : [];
      const others = (focus ? indices.filter((i) => !focus(table.rows[i].line)) : indices).filter(readable);
      const inversion = others.findIndex((row, k) => k > 0 && compare(others[k - 1], row) > 0);
      if (inversion > 0) {
        const row = table.rows[others[inversion]];
        ctx.report({
          span: row.span,
          section,
          message: ctx.t(messages12.order, { line: table.rows[others[inversion - 1]].line, keys: describedKeys }),
          // Sorting the table and writing it out again costs as much as the table is long: only a face that reads the fix does it.
          ...focus ? {} : { deferredFix: () => ({ edits: [reorderEdit(tracker, table.rows, [...indices].sort(compare))] }) }
        });
      }
      if (focused.length === 0) continue;
      reportMisplacedRows(ctx, { section, table, compareByKeys, focused, describedKeys });
    }
  }
};
function reportMisplacedRows(ctx, input) {
  const { section, table, compareByKeys, focused, describedKeys } = input;
  const inOrder = (a, b) => compareByKeys(a, b) <= 0;
  const isFocused = new Set(focused);
  const misplaced = focused.filter((i) => {
    let above = i - 1;
    while (above >= 0 && isFocused.has(above)) above--;
    let below = i + 1;
    while (below < table.rows.length && isFocused.has(below)) below++;
    if (above >= 0 && !inOrder(above, i)) return true;
    if (below < table.rows.length && !inOrder(i, below)) return true;
    return i - 1 >= 0 && isFocused.has(i - 1) && !inOrder(i - 1, i);
  });
  if (misplaced.length === 0) return;
  const moving = new Set(misplaced);
  const order = table.rows.map((_, i) => i).filter((i) => !moving.has(i));
  const targets = /* @__PURE__ */ new Map();
  for (const row of misplaced) {
    let at = order.findIndex((other) => compareByKeys(row, other) < 0);
    if (at < 0) at = order.length;
    targets.set(row, at > 0 ? { index: order[at - 1], after: true } : { index: order[0], after: false });
    order.splice(at, 0, row);
  }
  const fix = { edits: [reorderEdit(ctx.tracker, table.rows, order)] };
  for (const row of misplaced) {
    const target = targets.get(row);
    const message = target.after ? messages12.belongsAfter : messages12.belongsBefore;
    ctx.report({
      span: table.rows[row].span,
      section,
      message: ctx.t(message, { line: table.rows[row].line, target: table.rows[target.index].line, keys: describedKeys }),
      fix
    });
  }
}
var sort_order_default = rule12;

// src/core/rules/source-mismatch.ts
var DEFAULT_SOURCE_SUFFIXES = ["\u516C\u4F17\u53F7", "\u5B98\u7F51", "\u5B98\u65B9", "Official"];
var PLATFORM_NAMES = {
  "bilibili.com": ["B\u7AD9", "\u54D4\u54E9\u54D4\u54E9", "bilibili"],
  "zhihu.com": ["\u77E5\u4E4E"],
  "weixin.qq.com": ["\u5FAE\u4FE1", "\u5FAE\u4FE1\u516C\u4F17\u53F7"]
};
function hostOf(url) {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return void 0;
  }
}
var messages13 = {
  mismatch: { en: `Unexpected source "{source}", expected the page's publisher "{publisher}"`, zh: "\u6765\u6E90\u201C{source}\u201D\u4E0E\u9875\u9762\u53D1\u5E03\u8005\u201C{publisher}\u201D\u4E0D\u7B26" }
};
function normalizer(suffixes) {
  const folded = suffixes.map((s) => s.normalize("NFKC").toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, "")).filter((s) => s !== "");
  return (name) => {
    let out = name.normalize("NFKC").toLowerCase().replace(/\\(.)/g, "$1").replace(/[\p{P}\p{S}\s]+/gu, "");
    for (let changed = true; changed; ) {
      changed = false;
      for (const suffix of folded) {
        if (out.length > suffix.length && out.endsWith(suffix)) {
          out = out.slice(0, -suffix.length);
          changed = true;
        }
      }
    }
    return out;
  };
}
var rule13 = {
  id: "source-mismatch",
  description: { en: "The source names the linked page's publisher or author", zh: "\u6765\u6E90\u4E0E\u94FE\u63A5\u9875\u9762\u7684\u53D1\u5E03\u8005\u6216\u4F5C\u8005\u4E00\u81F4" },
  defaultSeverity: "warning",
  fixable: false,
  scope: "row",
  offByDefault: true,
  usesPageFacts: true,
  parseOptions(raw) {
    const { suffixes = DEFAULT_SOURCE_SUFFIXES, ...rest } = raw;
    const unknown = Object.keys(rest)[0];
    if (unknown !== void 0) throw new Error(`unknown option "${unknown}" (known: suffixes)`);
    if (!Array.isArray(suffixes) || !suffixes.every((s) => typeof s === "string")) throw new Error("suffixes: expected a list of strings");
    return { suffixes };
  },
  check(ctx) {
    const normalize2 = normalizer(ctx.options.suffixes);
    for (const { section, table, row, link, facts } of rowsWithFacts(ctx)) {
      const names = [facts.publisher, facts.author].filter((n) => n !== void 0).map((n) => ({ raw: n, key: normalize2(n) }));
      if (names.length === 0) continue;
      const index = sourceCellIndex(table, ctx);
      const cell = index < 0 ? void 0 : row.cell(index);
      const source = cell ? normalize2(cell.text) : "";
      if (!cell || source === "") continue;
      if (names.some(({ key }) => key !== "" && (key.includes(source) || source.includes(key)))) continue;
      const host = hostOf(link.url);
      const platforms = Object.entries(PLATFORM_NAMES).flatMap(([h, list]) => host === h || host?.endsWith(`.${h}`) ? list : []);
      if (platforms.some((p) => source === normalize2(p))) continue;
      ctx.report({ span: cell.span, section, message: ctx.t(messages13.mismatch, { source: cell.text, publisher: names[0].raw }) });
    }
  }
};
var source_mismatch_default = rule13;

// src/core/rules/table-gap.ts
var messages14 = {
  gap: {
    en: "Unexpected blank line before this row: it is outside the table above, remove the blank line",
    zh: "\u672C\u884C\u5728\u4E0A\u65B9\u8868\u683C\u4E4B\u5916\uFF1A\u8BF7\u5220\u9664\u5B83\u4E0A\u9762\u7684\u7A7A\u884C"
  }
};
function lineText(tracker, n) {
  const start = tracker.lineStarts[n - 1];
  if (start === void 0) return null;
  const end = tracker.lineStarts[n] ?? tracker.source.length;
  return tracker.source.slice(start, end).replace(/\r?\n$/, "");
}
var DELIMITER_ROW = /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;
function point(tracker, line, column) {
  return { line, column, offset: tracker.lineStarts[line - 1] + column - 1 };
}
var rule14 = {
  id: "table-gap",
  description: { en: "No blank line splits a table", zh: "\u8868\u683C\u4E2D\u95F4\u4E0D\u80FD\u6709\u7A7A\u884C" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "table",
  check(ctx) {
    const { tracker } = ctx;
    for (const { section, table } of tablesOf(tracker)) {
      const last = table.span.end.line;
      let next = last + 1;
      while (lineText(tracker, next)?.trim() === "") next++;
      if (next === last + 1) continue;
      const text = lineText(tracker, next);
      if (text === null || !text.trimStart().startsWith("|")) continue;
      if (DELIMITER_ROW.test(lineText(tracker, next + 1) ?? "")) continue;
      const cells = text.trim().replace(/^\||\|$/g, "").split(/(?<!\\)\|/).length;
      const width = table.header.cells.length;
      if (cells !== width && (width < 4 || Math.abs(cells - width) > 1)) continue;
      const span = { start: point(tracker, next, 1), end: point(tracker, next, text.length + 1) };
      const gapStart = tracker.lineStarts[last];
      ctx.report({ span, section, message: ctx.t(messages14.gap), fix: { edits: [{ start: gapStart, end: tracker.lineStarts[next - 1], text: "" }] } });
    }
  }
};
var table_gap_default = rule14;

// src/core/rules/table-header.ts
var messages15 = {
  renamed: { en: 'Unexpected column "{actual}", expected "{expected}"', zh: "\u5217\u540D\u201C{actual}\u201D\u4E0D\u7B26\uFF0C\u5E94\u4E3A\u201C{expected}\u201D" },
  extra: { en: 'Unexpected column "{actual}", expected none here', zh: "\u591A\u4F59\u7684\u5217\u201C{actual}\u201D" },
  repeated: { en: 'Unexpected repeated column "{actual}"', zh: "\u5217\u201C{actual}\u201D\u91CD\u590D" },
  missing: { en: 'Missing required column "{expected}"', zh: "\u7F3A\u5C11\u5FC5\u586B\u5217\u201C{expected}\u201D" },
  order: {
    en: 'Unexpected column order "{actual}", expected "{expected}"',
    zh: "\u5217\u987A\u5E8F\u4E3A\u201C{actual}\u201D\uFF0C\u5E94\u4E3A\u201C{expected}\u201D"
  }
};
var rule15 = {
  id: "table-header",
  description: {
    en: "Table headers match the configured columns: required ones present, each once, in order",
    zh: "\u8868\u5934\u987B\u4E0E\u914D\u7F6E\u7684\u5217\u4E00\u81F4\uFF1A\u5FC5\u586B\u5217\u9F50\u5168\u3001\u4E0D\u91CD\u590D\u3001\u987A\u5E8F\u4E00\u81F4"
  },
  defaultSeverity: "error",
  fixable: false,
  scope: "table",
  check(ctx) {
    const { schema } = ctx;
    if (schema.origin !== "config") return;
    for (const { section, table, bound } of boundTablesOf(ctx.tracker, schema)) {
      const { byCell, cellOf } = bound;
      const columns = bound.schema.columns;
      const headerSpan = table.header.span;
      const missing = columns.filter((_, i) => cellOf[i] === -1);
      const unmatched = table.header.cells.filter((_, i) => byCell[i] === null);
      const known = new Set(columns.flatMap((c) => c.names.map(normalizeHeaderName)));
      const repeated = unmatched.filter((cell) => known.has(normalizeHeaderName(cell.text)));
      const unknown = unmatched.filter((cell) => !repeated.includes(cell));
      const renames = unknown.length > 0 && unknown.length === missing.length;
      for (const cell of repeated) {
        ctx.report({ span: cell.span, section, message: ctx.t(messages15.repeated, { actual: cell.text }) });
      }
      unknown.forEach((cell, i) => {
        const expected = missing[i];
        const message = renames && expected ? ctx.t(messages15.renamed, { actual: cell.text, expected: expected.name }) : ctx.t(messages15.extra, { actual: cell.text });
        ctx.report({ span: cell.span, section, message, ...renames && expected ? { expected: expected.name } : {} });
      });
      if (!renames) {
        for (const column of missing.filter((c) => c.required)) {
          ctx.report({ span: headerSpan, section, message: ctx.t(messages15.missing, { expected: column.name }) });
        }
      }
      const present = byCell.filter((c) => c !== null).map((c) => c.name);
      const inSchemaOrder = columns.map((c) => c.name).filter((name) => present.includes(name));
      if (present.join("|") !== inSchemaOrder.join("|")) {
        ctx.report({
          span: headerSpan,
          section,
          message: ctx.t(messages15.order, { actual: present.join(" | "), expected: inSchemaOrder.join(" | ") }),
          expected: inSchemaOrder.join(" | ")
        });
      }
    }
  }
};
var table_header_default = rule15;

// node_modules/n-gram/index.js
var bigram = nGram(2);
var trigram = nGram(3);
function nGram(n) {
  if (typeof n !== "number" || Number.isNaN(n) || n < 1 || n === Number.POSITIVE_INFINITY) {
    throw new Error("`" + n + "` is not a valid argument for `n-gram`");
  }
  return grams;
  function grams(value) {
    const nGrams = [];
    if (value === null || value === void 0) {
      return nGrams;
    }
    const source = typeof value.slice === "function" ? value : String(value);
    let index = source.length - n + 1;
    if (index < 1) {
      return nGrams;
    }
    while (index--) {
      nGrams[index] = source.slice(index, index + n);
    }
    return nGrams;
  }
}

// node_modules/dice-coefficient/index.js
function diceCoefficient(value, other) {
  const left = toPairs(value);
  const right = toPairs(other);
  let index = -1;
  let intersections = 0;
  while (++index < left.length) {
    const leftPair = left[index];
    let offset = -1;
    while (++offset < right.length) {
      const rightPair = right[offset];
      if (leftPair === rightPair) {
        intersections++;
        right[offset] = "";
        break;
      }
    }
  }
  return 2 * intersections / (left.length + right.length);
}
function toPairs(value) {
  if (Array.isArray(value)) {
    return value.map((bigram2) => normalize(bigram2));
  }
  const normal = normalize(value);
  return normal.length === 1 ? [normal] : bigram(normal);
}
function normalize(value) {
  return String(value).toLowerCase();
}

// src/core/rules/title-mismatch.ts
var DEFAULT_TITLE_THRESHOLD = 0.3;
var messages16 = {
  mismatch: {
    en: 'Unexpected link text "{text}" for a page titled "{title}": is this the right link?',
    zh: "\u94FE\u63A5\u6587\u5B57\u201C{text}\u201D\u4E0E\u9875\u9762\u6807\u9898\u201C{title}\u201D\u51E0\u4E4E\u6CA1\u6709\u5171\u540C\u4E4B\u5904\uFF0C\u94FE\u63A5\u662F\u5426\u6307\u5411\u4E86\u522B\u7684\u9875\u9762\uFF1F"
  }
};
function titleSimilarity(a, b) {
  const x = normalizeTitle(a).replace(/\s+/g, "");
  const y = normalizeTitle(b).replace(/\s+/g, "");
  if (x === "" || y === "") return 1;
  if (x.includes(y) || y.includes(x)) return 1;
  const shorter = Math.min(x.length, y.length);
  if (shorter < 2) return 0;
  const shared = diceCoefficient(x, y) * (x.length - 1 + (y.length - 1)) / 2;
  return shared / (shorter - 1);
}
var rule16 = {
  id: "title-mismatch",
  description: { en: "Link text shares words with the linked page's title", zh: "\u94FE\u63A5\u6587\u5B57\u4E0E\u94FE\u63A5\u9875\u9762\u7684\u6807\u9898\u76F8\u7B26" },
  defaultSeverity: "warning",
  fixable: false,
  scope: "row",
  offByDefault: true,
  usesPageFacts: true,
  parseOptions(raw) {
    const { threshold = DEFAULT_TITLE_THRESHOLD, ...rest } = raw;
    const unknown = Object.keys(rest)[0];
    if (unknown !== void 0) throw new Error(`unknown option "${unknown}" (known: threshold)`);
    if (typeof threshold !== "number" || !(threshold >= 0 && threshold <= 1)) throw new Error("threshold: expected a number from 0 to 1");
    return { threshold };
  },
  check(ctx) {
    const threshold = ctx.options.threshold;
    for (const { section, row, link, facts } of rowsWithFacts(ctx)) {
      if (!facts.title || titleSimilarity(link.text, facts.title) >= threshold) continue;
      const cell = row.cells.find((c) => c.span.start.offset <= link.urlStart && link.urlStart <= c.span.end.offset) ?? row.cells[0];
      ctx.report({ span: cell.span, section, message: ctx.t(messages16.mismatch, { text: link.text, title: facts.title }) });
    }
  }
};
var title_mismatch_default = rule16;

// src/core/rules/url-secret-params.ts
var messages17 = {
  secret: {
    en: "Unexpected personal session parameters {params}, expected a URL without them",
    zh: "\u94FE\u63A5\u542B\u4E2A\u4EBA\u4F1A\u8BDD\u53C2\u6570 {params}\uFF0C\u4F1A\u6CC4\u9732\u8D26\u53F7\u4FE1\u606F\uFF0C\u5E94\u53BB\u9664"
  }
};
var rule17 = {
  id: "url-secret-params",
  description: { en: "Link URLs carry no personal session parameters", zh: "\u94FE\u63A5\u4E0D\u5E26\u4E2A\u4EBA\u4F1A\u8BDD\u53C2\u6570" },
  defaultSeverity: "error",
  fixable: true,
  scope: "row",
  botSafeFix: true,
  check(ctx) {
    const messageFor = /* @__PURE__ */ new Map();
    for (const link of analyzedLinks(ctx.tracker, ctx.schema, (analysis) => analysis.secrets.length > 0)) {
      const { section, analysis } = link;
      let message = messageFor.get(analysis.secrets);
      if (message === void 0) {
        message = ctx.t(messages17.secret, { params: analysis.secrets.join(", ") });
        messageFor.set(analysis.secrets, message);
      }
      const range = urlFixRange(ctx.tracker, link);
      ctx.report({
        span: urlSpan(ctx.tracker, link),
        section,
        message,
        expected: analysis.cleaned,
        ...range ? { fix: { edits: [{ start: range[0], end: range[1], text: analysis.cleaned }] } } : {}
      });
    }
  }
};
var url_secret_params_default = rule17;

// src/core/rules/url-tracking-params.ts
var messages18 = {
  tracking: {
    en: "Unexpected tracking parameters {params}, expected a URL without them",
    zh: "\u94FE\u63A5\u542B\u8DDF\u8E2A\u53C2\u6570 {params}\uFF0C\u5E94\u53BB\u9664"
  }
};
var rule18 = {
  id: "url-tracking-params",
  description: { en: "Link URLs carry no tracking parameters", zh: "\u94FE\u63A5\u4E0D\u5E26\u8DDF\u8E2A\u53C2\u6570" },
  defaultSeverity: "warning",
  fixable: true,
  scope: "row",
  botSafeFix: true,
  check(ctx) {
    const messageFor = /* @__PURE__ */ new Map();
    for (const link of analyzedLinks(ctx.tracker, ctx.schema, (analysis) => analysis.tracking.length > 0)) {
      const { section, url, analysis } = link;
      let message = messageFor.get(analysis.tracking);
      if (message === void 0) {
        message = ctx.t(messages18.tracking, { params: analysis.tracking.join(", ") });
        messageFor.set(analysis.tracking, message);
      }
      const range = urlFixRange(ctx.tracker, link);
      const expected = analysis.secrets.length === 0 ? analysis.cleaned : stripUrlParams(url, { tracking: true, secrets: false });
      ctx.report({
        span: urlSpan(ctx.tracker, link),
        section,
        message,
        expected,
        ...range ? { fix: { edits: [{ start: range[0], end: range[1], text: expected }] } } : {}
      });
    }
  }
};
var url_tracking_params_default = rule18;

// src/core/rules/index.ts
var RULES = [
  table_header_default,
  cell_count_default,
  table_gap_default,
  required_cell_default,
  link_cell_default,
  duplicate_link_default,
  // Before the URL-parameter rules: on one URL, the moved link's new address wins over cleaning the old one.
  link_redirected_default,
  repo_archived_default,
  url_tracking_params_default,
  url_secret_params_default,
  date_format_default,
  date_range_default,
  rating_symbol_default,
  rating_normalize_default,
  sort_order_default,
  date_mismatch_default,
  title_mismatch_default,
  source_mismatch_default
];
var RULE_IDS = RULES.map((rule19) => rule19.id);
var BOT_SAFE_FIX_RULE_IDS = new Set(RULES.filter((rule19) => rule19.botSafeFix).map((rule19) => rule19.id));
var ROW_ORDER_RULE_IDS = RULES.filter((rule19) => rule19.ordersRows).map((rule19) => rule19.id);

// src/core/lint.ts
var SEVERITY_RANK = { error: 0, warning: 1 };
var RULE_RANK = new Map(RULE_IDS.map((id, index) => [id, index]));
function assertKnownRuleIds(rules) {
  for (const id of Object.keys(rules)) {
    if (!RULE_RANK.has(id)) throw new Error(`unknown rule "${id}" in rules (known: ${RULE_IDS.join(", ")})`);
  }
}
function ruleSettings(rule19, entry) {
  if (entry === void 0 || typeof entry === "string") {
    return { setting: entry ?? (rule19.offByDefault ? "off" : rule19.defaultSeverity), options: rule19.parseOptions?.({}) ?? {} };
  }
  const { severity, ...raw } = entry;
  const setting = severity ?? rule19.defaultSeverity;
  if (!rule19.parseOptions) {
    const key = Object.keys(raw)[0];
    if (key !== void 0) throw new Error(`rules.${rule19.id}: unknown option "${key}" (this rule takes only severity)`);
    return { setting, options: {} };
  }
  try {
    return { setting, options: rule19.parseOptions(raw) };
  } catch (e) {
    throw new Error(`rules.${rule19.id}: ${e.message}`);
  }
}
function verdictSettings(rules) {
  const settings = /* @__PURE__ */ new Map();
  for (const rule19 of RULES) if (rule19.ownsVerdict) settings.set(rule19.ownsVerdict, ruleSettings(rule19, rules[rule19.id]).setting);
  return settings;
}
function lintTracker(tracker, options) {
  const config = options.config ?? {};
  const settings = config.rules ?? {};
  assertKnownRuleIds(settings);
  const schema = resolveSchema(config, tracker);
  const lang = !options.lang || options.lang === "auto" ? detectLang(tracker.source) : options.lang;
  const diagnostics = [];
  const messageTexts = /* @__PURE__ */ new Map();
  const { pageFacts, linkVerdicts } = options;
  const keepFixes = options.fixes !== false;
  for (const rule19 of RULES) {
    if (rule19.usesPageFacts ? !pageFacts : rule19.usesLinkVerdicts ? !linkVerdicts : options.onlyPageFactRules) continue;
    const { setting, options: ruleOptions } = ruleSettings(rule19, settings[rule19.id]);
    if (setting === "off") continue;
    const ctx = {
      tracker,
      schema,
      lang,
      now: options.now,
      options: ruleOptions,
      pageFacts: (canonicalUrl) => pageFacts?.get(canonicalUrl),
      linkVerdict: (canonicalUrl) => linkVerdicts?.get(canonicalUrl),
      ...options.focusLines ? { focusLines: options.focusLines } : {},
      t: (messages19, params) => format(messages19, lang, params),
      report(input) {
        const severity = setting === "warning" ? "warning" : input.severity ?? setting;
        const diagnostic = newDiagnostic(rule19.id, severity, internedMessage(messageTexts, input.message), input);
        if (keepFixes && input.fix) diagnostic.fix = input.fix;
        else if (keepFixes && input.deferredFix) deferFix(diagnostic, input.deferredFix);
        diagnostics.push(diagnostic);
      }
    };
    rule19.check(ctx);
  }
  return sortByPosition(diagnostics);
}
function newDiagnostic(rule19, severity, message, input) {
  const { start, end } = input.span;
  const section = input.section.title;
  const fixable = input.fix !== void 0 ? input.fix.edits.length > 0 : input.deferredFix !== void 0;
  const { expected } = input;
  return expected === void 0 ? { rule: rule19, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, section, fixable } : { rule: rule19, severity, message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, section, fixable, expected };
}
function internedMessage(texts, message) {
  const kept = texts.get(message);
  if (kept !== void 0) return kept;
  if (texts.size < MESSAGE_TEXTS_LIMIT) texts.set(message, message);
  return message;
}
var MESSAGE_TEXTS_LIMIT = 1e4;
function deferFix(diagnostic, build) {
  let fix;
  Object.defineProperty(diagnostic, "fix", {
    enumerable: true,
    configurable: true,
    get: () => fix ??= build(),
    set: (value) => {
      fix = value;
    }
  });
}
function sortByPosition(diagnostics) {
  const COLUMN_SPAN = 2 ** 21;
  const position = new Float64Array(diagnostics.length);
  const rank = new Float64Array(diagnostics.length);
  const order = new Array(diagnostics.length);
  for (let i = 0; i < diagnostics.length; i++) {
    const diagnostic = diagnostics[i];
    position[i] = diagnostic.line * COLUMN_SPAN + Math.min(diagnostic.column, COLUMN_SPAN - 1);
    rank[i] = SEVERITY_RANK[diagnostic.severity] * RULE_IDS.length + RULE_RANK.get(diagnostic.rule);
    order[i] = i;
  }
  order.sort((a, b) => position[a] - position[b] || rank[a] - rank[b]);
  return order.map((i) => diagnostics[i]);
}
function lintSource(source, options) {
  const tracker = parseTracker(source);
  return { tracker, diagnostics: lintTracker(tracker, options) };
}

export {
  linkCells,
  extractLinks,
  sourceCellIndex,
  rowComparator,
  RULES,
  assertKnownRuleIds,
  ruleSettings,
  verdictSettings,
  lintTracker,
  sortByPosition,
  lintSource
};
