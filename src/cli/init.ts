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

export async function renderInferredConfig(file: string, source: string): Promise<string> {
  const inferred = inferSchema(parseTracker(source));
  if (!inferred) throw new UsageError(`${file}: no GFM table found to infer columns from`);
  const doc = new Document({
    files: [file],
    lang: detectLang(source),
    columns: inferred.columns,
    ...(inferred.sort.length > 0 ? { sort: inferred.sort } : {}),
  });
  doc.commentBefore = ` tracker-bot config, inferred from ${file} by \`tracker-bot init\`.\n` + inferred.notes.map((n) => ` ${n}`).join('\n');
  for (const item of (doc.get('columns') as { items: { flow?: boolean }[] }).items) item.flow = true;
  const sort = doc.get('sort') as { items: { flow?: boolean }[] } | undefined;
  for (const item of sort?.items ?? []) item.flow = true;
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
