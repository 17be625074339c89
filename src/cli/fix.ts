// `tracker-bot fix`: apply every safe fix and write atomically, or print a unified diff (--dry-run).
import { resolveLang } from '../app/analyze.js';
import { fixSource } from '../core/fix.js';
import type { Lang } from '../core/types.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { resolveWriteTarget } from '../io/write-target.js';
import { escapeWorkflowValue } from '../report/workflow-commands.js';
import { EXIT_FINDINGS, EXIT_OK } from './errors.js';
import { loadInputs } from './load-files.js';

export interface FixOptions {
  dryRun?: boolean;
  config?: string;
  lang?: Lang;
}

export async function runFix(fileArgs: string[], options: FixOptions): Promise<number> {
  const { config, files } = await loadInputs(fileArgs, options.config);
  // Refuse unwritable targets (read-only files, links out of the project) before changing anything.
  const targets = new Map<string, string>();
  if (!options.dryRun) for (const file of files) targets.set(file.path, await resolveWriteTarget(file.path));
  let changedFiles = 0;
  for (const file of files) {
    const lang = resolveLang(file.source, config, options.lang);
    const result = fixSource(file.source, { config, lang, now: new Date() });
    if (result.output === file.source) {
      process.stderr.write(`${escapeWorkflowValue(file.path)}: nothing to fix\n`);
      continue;
    }
    changedFiles++;
    if (options.dryRun) {
      const { createTwoFilesPatch } = await import('diff');
      process.stdout.write(createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.source, result.output, '', '', { context: 1 }));
    } else {
      await writeFileAtomic(targets.get(file.path)!, result.output);
      process.stderr.write(`${escapeWorkflowValue(file.path)}: applied ${result.applied} fixes\n`);
    }
  }
  return options.dryRun && changedFiles > 0 ? EXIT_FINDINGS : EXIT_OK;
}
