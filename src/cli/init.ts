// `tracker-bot init`: infer a config from an existing tracker and write .tracker-bot.yml.
import { access } from 'node:fs/promises';
import { Document } from 'yaml';
import { parseConfig } from '../config/load.js';
import { detectLang } from '../core/i18n.js';
import { inferSchema } from '../core/infer-schema.js';
import { parseTracker } from '../core/parse/index.js';
import { readTrackerFile } from '../io/read-tracker.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { EXIT_OK, UsageError } from './errors.js';

export interface InitOptions {
  output: string;
  force?: boolean;
  stdout?: boolean;
}

/**
 * The config `init` writes for a tracker: one table schema per distinct header shape, each column
 * typed from its header and cells. Throws UsageError when the file has no table. The result is
 * validated by the config loader before it is returned.
 */
export async function renderInferredConfig(file: string, source: string): Promise<string> {
  const inferred = inferSchema(parseTracker(source));
  if (!inferred) throw new UsageError(`${file}: no GFM table found to infer columns from`);
  const tables = inferred.tables.map(({ tableCount: _tables, rowCount: _rows, ...schema }) => schema);
  const doc = new Document({ files: [file], lang: detectLang(source), tables, ...(inferred.placeholders ? { placeholders: inferred.placeholders } : {}), ...(inferred.duplicates ? { duplicates: inferred.duplicates } : {}) });
  doc.commentBefore = ` tracker-bot config, inferred from ${file} by \`tracker-bot init\`.\n` + inferred.notes.map((n) => ` ${n}`).join('\n');
  for (const table of (doc.get('tables') as { items: { get(key: string): { items: { flow?: boolean }[] } | undefined }[] }).items) {
    for (const item of table.get('columns')?.items ?? []) item.flow = true;
    for (const item of table.get('sort')?.items ?? []) item.flow = true;
  }
  const text = doc.toString({ lineWidth: 0 });
  await parseConfig(text, 'inferred config');
  return text;
}

export async function runInit(file: string, options: InitOptions): Promise<number> {
  const source = await readTrackerFile(file);
  const text = await renderInferredConfig(file, source);
  if (options.stdout) {
    process.stdout.write(text);
    return EXIT_OK;
  }
  if (!options.force) {
    const exists = await access(options.output).then(
      () => true,
      () => false,
    );
    if (exists) throw new UsageError(`${options.output} already exists (use --force to overwrite, or --stdout to print)`);
  }
  await writeFileAtomic(options.output, text);
  process.stderr.write(`wrote ${options.output}\n`);
  return EXIT_OK;
}
