import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  EXIT_OK,
  UsageError
} from "./chunk-BRQO75XL.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import {
  BUILTIN_COLUMNS,
  BUILTIN_SORT,
  cellPlainText,
  detectLang,
  normalizeHeaderName,
  parseConfig,
  parseLinkCell,
  parseTracker,
  readTrackerFile
} from "./chunk-IO6Q2TCM.js";
import {
  require_dist
} from "./chunk-OTC6373Z.js";
import "./chunk-ZZGS4GRB.js";
import {
  __toESM
} from "./chunk-3Y2NLIWH.js";

// src/cli/init.ts
var import_yaml = __toESM(require_dist(), 1);
import { access } from "node:fs/promises";

// src/core/infer-schema.ts
var segmenter = new Intl.Segmenter(void 0, { granularity: "grapheme" });
var VARIATION_SELECTORS = /[\uFE0E\uFE0F]/g;
var DATE_PATTERN = /^\d{4}-\d{1,2}-\d{1,2}$/;
function graphemes(text) {
  return [...segmenter.segment(text.replace(VARIATION_SELECTORS, "").replace(/\s+/g, ""))].map((s) => s.segment);
}
function ratingOf(text) {
  const parts = graphemes(text);
  if (parts.length === 0 || /[\p{L}\p{N}]/u.test(parts[0])) return null;
  return parts.every((p) => p === parts[0]) ? [parts[0], parts.length] : null;
}
function readLegends(source) {
  const legends = /* @__PURE__ */ new Map();
  const pattern = /^[>\s]*([^\n:：|]+?)\s*[:：]\s*(\S+?)\s*[~～-]\s*(\S+?)\s*$/gmu;
  for (const match of source.matchAll(pattern)) {
    const low = ratingOf(match[2]);
    const high = ratingOf(match[3]);
    if (!low || !high || low[0] !== high[0]) continue;
    legends.set(normalizeHeaderName(match[1]), { symbol: low[0], min: low[1], max: high[1] });
  }
  return legends;
}
function firstTableWithRows(tracker) {
  const tables = tracker.sections.flatMap((s) => s.tables);
  return tables.find((t) => t.rows.length > 0) ?? tables[0];
}
function share(values, test) {
  return values.length === 0 ? 0 : values.filter(test).length / values.length;
}
function inferSchema(tracker) {
  const table = firstTableWithRows(tracker);
  if (!table) return null;
  const legends = readLegends(tracker.source);
  const allRows = tracker.sections.flatMap((s) => s.tables).filter((t) => t.header.cells.length === table.header.cells.length).flatMap((t) => t.rows);
  const notes = [];
  const columns = table.header.cells.map((headerCell, index) => {
    const name = cellPlainText(headerCell);
    const key = normalizeHeaderName(name);
    const builtin = BUILTIN_COLUMNS.find((c) => [c.name, ...c.aliases ?? []].some((n) => normalizeHeaderName(n) === key));
    const cells = allRows.map((r) => r.cells[index]).filter((c) => c !== void 0 && c.text !== "");
    const legend = legends.get(key);
    if (legend) {
      notes.push(`${name}: rating ${legend.symbol} ${legend.min}\u2013${legend.max}, from the legend line`);
      return { name, type: "rating", symbol: legend.symbol, min: legend.min, max: legend.max };
    }
    if (builtin) {
      notes.push(`${name}: ${builtin.type}, a known column name`);
      const { aliases: _aliases, ...rest } = builtin;
      return { ...rest, name };
    }
    if (cells.length > 0 && share(cells, (c) => parseLinkCell(c, tracker.source).ok) >= 0.8) {
      notes.push(`${name}: link, from its cells`);
      return { name, type: "link" };
    }
    if (cells.length > 0 && share(cells, (c) => DATE_PATTERN.test(cellPlainText(c))) >= 0.8) {
      notes.push(`${name}: date, from its cells`);
      return { name, type: "date" };
    }
    const ratings = cells.map((c) => ratingOf(c.text));
    if (cells.length > 0 && share(ratings, (r) => r !== null) >= 0.8) {
      const symbol = ratings.find((r) => r !== null)[0];
      const countsSeen = ratings.filter((r) => r !== null && r[0] === symbol).map((r) => r[1]);
      notes.push(`${name}: rating ${symbol}, from its cells`);
      return { name, type: "rating", symbol, min: Math.min(...countsSeen), max: Math.max(...countsSeen) };
    }
    notes.push(`${name}: text`);
    return { name, type: "text" };
  });
  const sort = [];
  const byName = (builtinName) => columns.find((c) => {
    const builtin = BUILTIN_COLUMNS.find((b) => b.name === builtinName);
    return [builtin.name, ...builtin.aliases ?? []].some((n) => normalizeHeaderName(n) === normalizeHeaderName(c.name));
  });
  for (const key of BUILTIN_SORT) {
    const column = byName(key.column);
    if (column) sort.push({ column: column.name, order: key.order });
  }
  return { columns, sort, notes };
}

// src/cli/init.ts
async function renderInferredConfig(file, source) {
  const inferred = inferSchema(parseTracker(source));
  if (!inferred) throw new UsageError(`${file}: no GFM table found to infer columns from`);
  const doc = new import_yaml.Document({
    files: [file],
    lang: detectLang(source),
    columns: inferred.columns,
    ...inferred.sort.length > 0 ? { sort: inferred.sort } : {}
  });
  doc.commentBefore = ` tracker-bot config, inferred from ${file} by \`tracker-bot init\`.
` + inferred.notes.map((n) => ` ${n}`).join("\n");
  for (const item of doc.get("columns").items) item.flow = true;
  const sort = doc.get("sort");
  for (const item of sort?.items ?? []) item.flow = true;
  const text = doc.toString({ lineWidth: 0 });
  await parseConfig(text, "inferred config");
  return text;
}
async function runInit(file, options) {
  const source = await readTrackerFile(file);
  const text = await renderInferredConfig(file, source);
  if (options.stdout) {
    process.stdout.write(text);
    return EXIT_OK;
  }
  if (!options.force) {
    const exists = await access(options.output).then(
      () => true,
      () => false
    );
    if (exists) throw new UsageError(`${options.output} already exists (use --force to overwrite, or --stdout to print)`);
  }
  await writeFileAtomic(options.output, text);
  process.stderr.write(`wrote ${options.output}
`);
  return EXIT_OK;
}
export {
  renderInferredConfig,
  runInit
};
