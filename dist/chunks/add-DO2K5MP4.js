import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  loadInputs,
  parseSource,
  resolveLang
} from "./chunk-CLBKDXLO.js";
import {
  EXIT_FINDINGS,
  EXIT_OK,
  UsageError
} from "./chunk-ZVD4DUZX.js";
import {
  linkCells,
  rowComparator,
  sourceCellIndex
} from "./chunk-FERNT3OZ.js";
import {
  normalizeHeaderName,
  parseTracker,
  resolveSchema,
  tableColumns
} from "./chunk-3Z7GGO6U.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import {
  describeReason
} from "./chunk-FO5PYSXK.js";
import "./chunk-J2765Y67.js";
import {
  analyzeUrl,
  canonicalizeUrl,
  format
} from "./chunk-DIFKNW75.js";
import "./chunk-3Y2NLIWH.js";

// src/core/add-row.ts
var AddRowError = class extends Error {
  name = "AddRowError";
};
var messages = {
  noSection: { en: 'no section "{name}" with a table (sections with tables: {list})', zh: "\u6CA1\u6709\u5E26\u8868\u683C\u7684\u7AE0\u8282\u201C{name}\u201D\uFF08\u5E26\u8868\u683C\u7684\u7AE0\u8282\uFF1A{list}\uFF09" },
  noTable: { en: "no table with a link column to add to", zh: "\u6CA1\u6709\u5E26\u94FE\u63A5\u5217\u7684\u8868\u683C\u53EF\u4F9B\u6DFB\u52A0" },
  unknownColumn: { en: "--set {column}: the table has no such column (columns: {list})", zh: "--set {column}\uFF1A\u8868\u683C\u6CA1\u6709\u8FD9\u4E00\u5217\uFF08\u5217\uFF1A{list}\uFF09" },
  noTitle: { en: "title: not found on the page; the link text is the URL, edit it", zh: "\u6807\u9898\uFF1A\u9875\u9762\u672A\u63D0\u4F9B\uFF0C\u94FE\u63A5\u6587\u5B57\u6682\u7528 URL\uFF0C\u8BF7\u4FEE\u6539" },
  noFact: { en: "{column}: not found on the page; cell left empty", zh: "{column}\uFF1A\u9875\u9762\u672A\u63D0\u4F9B\uFF0C\u5355\u5143\u683C\u7559\u7A7A" }
};
function findListed(tracker, schema, url) {
  const wanted = canonicalizeUrl(url.trim());
  for (const { row, link } of linkCells(tracker, schema)) {
    if (canonicalizeUrl(link.url.trim()) === wanted) return { line: row.line, title: link.text };
  }
  return null;
}
function linkColumnIndex(table, schema) {
  return tableColumns(table, schema).byCell.findIndex((c) => c?.type === "link");
}
function targetTable(tracker, schema, name, lang) {
  const candidates = tracker.sections.flatMap(
    (section, sectionIndex) => section.tables.map((table, tableIndex) => ({ section, table, tableIndex, sectionIndex })).filter(({ table }) => linkColumnIndex(table, schema) >= 0)
  );
  if (name === void 0) {
    const first = candidates[0];
    if (!first) throw new AddRowError(format(messages.noTable, lang));
    return first;
  }
  const wanted = normalizeHeaderName(name);
  const found = candidates.find((c) => c.section.title === name) ?? candidates.find((c) => c.section.title !== null && normalizeHeaderName(c.section.title) === wanted);
  if (!found) {
    const list = [...new Set(candidates.map((c) => c.section.title ?? "(top)"))].join(", ") || "\u2013";
    throw new AddRowError(format(messages.noSection, lang, { name, list }));
  }
  return found;
}
function cellText(value) {
  return value.replace(/\s+/g, " ").trim().replace(/\|/g, "\\|");
}
function linkText(value) {
  return cellText(value.replace(/\\/g, "\\\\")).replace(/([[\]])/g, "\\$1");
}
function linkDestination(url) {
  return /[\s<>]/.test(url) || /\((?![^()]*\))/.test(url) ? `<${url.replace(/[<>]/g, encodeURIComponent)}>` : url;
}
function rowStyle(tracker, table, schema) {
  const sample = table.rows[0] ?? table.header;
  const line = tracker.source.slice(sample.span.start.offset, sample.span.end.offset).trim();
  const dateIndex = tableColumns(table, schema).byCell.findIndex((c) => c?.type === "date");
  const dates = dateIndex < 0 ? [] : table.rows.map((r) => r.cell(dateIndex)?.text ?? "").filter((t) => t !== "");
  return {
    // The majority of rows decides (trackers that grew by hand mix both).
    padded: (table.rows.length > 0 ? table.rows : [table.header]).filter((r) => r.cell(0)?.raw.startsWith(" ")).length * 2 > Math.max(1, table.rows.length),
    leadingPipe: line.startsWith("|"),
    trailingPipe: line.endsWith("|") && !line.endsWith("\\|"),
    escapedDates: dates.filter((t) => t.includes("\\-")).length * 2 > dates.length
  };
}
function setValue(sets, column, header) {
  const names = [header, ...column?.names ?? []].map(normalizeHeaderName);
  const key = Object.keys(sets).find((k) => names.includes(normalizeHeaderName(k)));
  return key === void 0 ? void 0 : sets[key];
}
function addRow(source, schema, input) {
  const tracker = parseTracker(source);
  const { section, table, sectionIndex, tableIndex } = targetTable(tracker, schema, input.section, input.lang);
  const { byCell } = tableColumns(table, schema);
  const headers = table.header.cells.map((c) => c.text);
  for (const key of Object.keys(input.sets)) {
    const known = headers.some((h, i) => [h, ...byCell[i]?.names ?? []].some((n) => normalizeHeaderName(n) === normalizeHeaderName(key)));
    if (!known) throw new AddRowError(format(messages.unknownColumn, input.lang, { column: key, list: headers.join(", ") }));
  }
  const style = rowStyle(tracker, table, schema);
  const linkIndex = linkColumnIndex(table, schema);
  const sourceIndex = sourceCellIndex(table, { schema });
  const dateIndex = byCell.findIndex((c) => c?.type === "date");
  const missing = [];
  const cells = headers.map((header, i) => {
    const set = setValue(input.sets, byCell[i] ?? null, header);
    if (set !== void 0) return i === linkIndex ? `[${linkText(set)}](${linkDestination(input.url)})` : cellText(set);
    if (i === linkIndex) {
      if (!input.facts.title) missing.push(format(messages.noTitle, input.lang));
      return `[${linkText(input.facts.title ?? input.url)}](${linkDestination(input.url)})`;
    }
    if (i === sourceIndex) {
      const name = input.facts.publisher ?? input.facts.author;
      if (!name) missing.push(format(messages.noFact, input.lang, { column: header }));
      return name ? cellText(name) : "";
    }
    if (i === dateIndex) {
      if (!input.facts.published) missing.push(format(messages.noFact, input.lang, { column: header }));
      const day = input.facts.published ?? "";
      return style.escapedDates ? day.replace(/-/g, "\\-") : day;
    }
    return "";
  });
  const inner = cells.map((c) => style.padded ? ` ${c} ` : c).join("|");
  const rowText = `${style.leadingPipe ? "|" : ""}${inner}${style.trailingPipe ? "|" : ""}`;
  const last = table.rows[table.rows.length - 1] ?? table.delimiter;
  const appended = insertLine(source, tracker, last.endWithEol, rowText);
  const reparsed = parseTracker(appended);
  const newTable = reparsed.sections[sectionIndex].tables[tableIndex];
  const newIndex = newTable.rows.length - 1;
  const compare = rowComparator(reparsed, newTable, schema);
  const before = compare ? newTable.rows.findIndex((_, i) => i < newIndex && compare(newIndex, i) < 0) : -1;
  if (before < 0) return { output: appended, line: newTable.rows[newIndex].line, section: section.title, missing };
  const target = table.rows[before];
  const output = insertLine(source, tracker, tracker.lineStarts[target.line - 1], rowText);
  return { output, line: target.line, section: section.title, missing };
}
function insertLine(source, tracker, at, text) {
  const atLineStart = at === 0 || source[at - 1] === "\n";
  return atLineStart ? source.slice(0, at) + text + tracker.eol + source.slice(at) : source.slice(0, at) + tracker.eol + text + source.slice(at);
}

// src/cli/add.ts
var messages2 = {
  listed: { en: '{url} is already listed at {path}:{line} ("{title}")', zh: "{url} \u5DF2\u6536\u5F55\u4E8E {path}:{line}\uFF08\u201C{title}\u201D\uFF09" },
  refused: {
    en: "not added: {reason}; check the URL, or add it anyway with --force",
    zh: "\u672A\u6DFB\u52A0\uFF1A{reason}\uFF1B\u8BF7\u6838\u5BF9 URL\uFF0C\u6216\u7528 --force \u5F3A\u5236\u6DFB\u52A0"
  },
  added: { en: "{path}:{line}: added to {section}", zh: "{path}:{line}\uFF1A\u5DF2\u6DFB\u52A0\u5230\u201C{section}\u201D" },
  wouldAdd: { en: "{path}:{line}: would be added to {section}", zh: "{path}:{line}\uFF1A\u5C06\u6DFB\u52A0\u5230\u201C{section}\u201D" },
  forced: { en: "warning: {reason}; added because of --force", zh: "\u8B66\u544A\uFF1A{reason}\uFF1B\u56E0 --force \u4ECD\u7136\u6DFB\u52A0" }
};
function parseSets(sets) {
  const out = {};
  for (const item of sets) {
    const at = item.indexOf("=");
    if (at <= 0) throw new UsageError(`--set ${JSON.stringify(item)}: expected COLUMN=VALUE`);
    out[item.slice(0, at).trim()] = item.slice(at + 1);
  }
  return out;
}
async function runAdd(url, options) {
  const analysis = analyzeUrl(url.trim());
  if (!analysis || !/^https?:\/\//i.test(analysis.cleaned)) throw new UsageError(`${url}: not an http(s) URL`);
  const sets = parseSets(options.set);
  const { config, files } = await loadInputs(options.file ? [options.file] : [], options.config);
  const file = files[0];
  if (options.allowPrivateHosts) config.links.allowPrivateHosts = true;
  const lang = resolveLang(file.source, config, options.lang);
  const tracker = parseSource(file.path, file.source, { config, lang }).tracker;
  const schema = resolveSchema(config, tracker);
  const listedBefore = findListed(tracker, schema, analysis.cleaned);
  if (listedBefore) {
    process.stderr.write(`tracker-bot: ${format(messages2.listed, lang, { url: analysis.cleaned, path: file.path, line: listedBefore.line, title: listedBefore.title })}
`);
    return EXIT_FINDINGS;
  }
  const rowFor = (url2, facts) => {
    try {
      return addRow(file.source, schema, { url: url2, facts, sets, lang, ...options.section !== void 0 ? { section: options.section } : {} });
    } catch (e) {
      if (e instanceof AddRowError) throw new UsageError(e.message);
      throw e;
    }
  };
  rowFor(analysis.cleaned, {});
  const { checkLinks } = await import("./links-MOPUJOHT.js");
  const results = await checkLinks([analysis.cleaned], { ...config.links, factsBytes: config.links.factsBytes || 1048576 }, { facts: true });
  const verdict = [...results.values()][0];
  const usable = verdict.verdict === "alive" || verdict.verdict === "redirected";
  const params = { reason: describeReason(verdict.reason, lang) };
  if (!usable && !options.force) {
    process.stderr.write(`tracker-bot: ${format(messages2.refused, lang, params)}
`);
    return EXIT_FINDINGS;
  }
  if (!usable) process.stderr.write(`tracker-bot: ${format(messages2.forced, lang, params)}
`);
  const target = verdict.verdict === "redirected" && verdict.finalUrl ? analyzeUrl(verdict.finalUrl)?.cleaned ?? analysis.cleaned : analysis.cleaned;
  if (target !== analysis.cleaned) {
    const listed = findListed(tracker, schema, target);
    if (listed) {
      process.stderr.write(`tracker-bot: ${format(messages2.listed, lang, { url: target, path: file.path, line: listed.line, title: listed.title })}
`);
      return EXIT_FINDINGS;
    }
  }
  const result = rowFor(target, verdict.facts ?? {});
  for (const line of result.missing) process.stderr.write(`tracker-bot: ${line}
`);
  const where = { path: file.path, line: result.line, section: result.section ?? "(top)" };
  if (options.dryRun) {
    const { createTwoFilesPatch } = await import("./libesm-I2MSPYEE.js");
    process.stdout.write(createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.source, result.output, "", "", { context: 1 }));
    process.stderr.write(`${format(messages2.wouldAdd, lang, where)}
`);
    return EXIT_OK;
  }
  await writeFileAtomic(file.path, result.output);
  process.stderr.write(`${format(messages2.added, lang, where)}
`);
  return EXIT_OK;
}
export {
  runAdd
};
