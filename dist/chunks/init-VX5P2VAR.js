import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  EXIT_OK,
  UsageError,
  parseConfig,
  readTrackerFile
} from "./chunk-ZVD4DUZX.js";
import {
  require_dist
} from "./chunk-OTC6373Z.js";
import {
  inferSchema,
  parseTracker
} from "./chunk-3Z7GGO6U.js";
import {
  writeFileAtomic
} from "./chunk-GIB4PSQN.js";
import {
  detectLang
} from "./chunk-DIFKNW75.js";
import {
  __toESM
} from "./chunk-3Y2NLIWH.js";

// src/cli/init.ts
var import_yaml = __toESM(require_dist(), 1);
import { access } from "node:fs/promises";
async function renderInferredConfig(file, source) {
  const inferred = inferSchema(parseTracker(source));
  if (!inferred) throw new UsageError(`${file}: no GFM table found to infer columns from`);
  const tables = inferred.tables.map(({ tableCount: _tables, rowCount: _rows, ...schema }) => schema);
  const doc = new import_yaml.Document({ files: [file], lang: detectLang(source), tables, ...inferred.placeholders ? { placeholders: inferred.placeholders } : {}, ...inferred.duplicates ? { duplicates: inferred.duplicates } : {} });
  doc.commentBefore = ` tracker-bot config, inferred from ${file} by \`tracker-bot init\`.
` + inferred.notes.map((n) => ` ${n}`).join("\n");
  for (const table of doc.get("tables").items) {
    for (const item of table.get("columns")?.items ?? []) item.flow = true;
    for (const item of table.get("sort")?.items ?? []) item.flow = true;
  }
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
