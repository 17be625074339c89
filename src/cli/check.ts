// `tracker-bot check`: lint (and optionally link-check) tracker files and print a report.
import { lintParsed, pageFactsOf, parseSource, toFileReport, wantsPageFacts, withPageFactRules } from '../app/analyze.js';
import { verdictSettings } from '../core/lint.js';
import { resolveSchema, unrecognisedTablesNote } from '../core/schema.js';
import type { Lang, LinkVerdict } from '../core/types.js';
import { annotationsOf, renderAnnotation } from '../report/annotations.js';
import { jsonChunks } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { countFindings, summarize, type FileReport, type ReportSummary } from '../report/model.js';
import { textLines } from '../report/text.js';
import { afterRequestsWritten } from '../links/event-loop.js';
import { EXIT_FINDINGS, EXIT_OK } from './errors.js';
import { loadInputs } from './load-files.js';
import { writeChunks } from './stdout.js';
import { keepYoungGenerationSmall, skipOptimizingCompilerForSmallInput } from './v8-tuning.js';

export interface CheckOptions {
  format: 'text' | 'json' | 'markdown' | 'github';
  config?: string;
  lang?: Lang;
  links?: boolean;
  cache?: string;
  allowPrivateHosts?: boolean;
  progress: boolean;
}

/**
 * Colour on a TTY unless NO_COLOR is set (no-color.org); FORCE_COLOR=1/2/3/true forces it on and
 * FORCE_COLOR=0/false forces it off (the convention of chalk and Node's own util.styleText).
 */
export function useColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return !['0', 'false'].includes(force.toLowerCase());
  if (env['NO_COLOR']) return false;
  return Boolean(stream.isTTY);
}

function* withLineEnds(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield line + '\n';
}

/** One workflow command per annotation, each made as the writer asks for it. */
function* annotationLines(reports: readonly FileReport[]): Generator<string> {
  for (const annotation of annotationsOf(reports)) yield renderAnnotation(annotation) + '\n';
}

/**
 * Reads, parses and lints the files (checking their links with --links) into reports and their summary.
 * A function of its own, so that no variable of runCheck holds the parsed model while the report is
 * written: lint keeps no fixes here (check applies none), so the reports hold only findings, and the
 * model's rows, cell offsets and column memos (about 45 MB at 100k rows) can be collected. The source
 * text stays: section titles and `expected` values are slices of it.
 */
async function analyzeFiles(fileArgs: string[], options: CheckOptions): Promise<{ reports: FileReport[]; summary: ReportSummary }> {
  // Start loading the link engine (undici) while the files are read.
  const linkEngine = options.links ? import('../app/check-links.js') : undefined;
  const { config, files } = await loadInputs(fileArgs, options.config);
  if (!options.links) skipOptimizingCompilerForSmallInput(files.reduce((chars, file) => chars + file.source.length, 0));
  if (options.allowPrivateHosts) config.links.allowPrivateHosts = true;
  if (options.cache) config.links.cache = options.cache;
  const parsed = files.map((f) => parseSource(f.path, f.source, { config, lang: options.lang, extractLinks: Boolean(options.links) }));

  let linkCheck: Promise<Map<string, LinkVerdict>> | undefined;
  if (linkEngine) {
    const { checkTrackerLinks } = await linkEngine;
    const progress = options.progress && process.stderr.isTTY ? (await import('./progress.js')).createProgressReporter(process.stderr, options.lang ?? parsed[0]?.lang ?? 'en') : undefined;
    linkCheck = checkTrackerLinks(parsed.flatMap((p) => p.links), config.links, { progress, facts: wantsPageFacts(config) }).then((result) => {
      for (const warning of result.warnings) process.stderr.write(`tracker-bot: warning: ${warning}\n`);
      return result.verdicts;
    });
    // Let the first requests go out, then run the rules while they are in flight. (A 5 ms sleep here
    // did not: its timer ran before the connects completed, so the requests waited for the rules.)
    await afterRequestsWritten();
  }
  let analyzed = parsed.map((p) => lintParsed(p, { config, lang: options.lang, fixes: false }));
  if (config.tables || config.columns) {
    for (const file of analyzed) {
      const note = unrecognisedTablesNote(resolveSchema(config, file.tracker), file.tracker, file.path, file.lang);
      if (note) process.stderr.write(`tracker-bot: ${note}\n`);
    }
  }
  const verdicts = await linkCheck;
  if (verdicts) {
    const pageFacts = pageFactsOf(verdicts);
    analyzed = analyzed.map((a) => withPageFactRules(a, pageFacts, { config, lang: options.lang, fixes: false }, verdicts));
  }
  const reports = analyzed.map((a) => toFileReport(a, verdicts, verdictSettings(config.rules)));
  return { reports, summary: summarize(reports, Boolean(options.links)) };
}

export async function runCheck(fileArgs: string[], options: CheckOptions): Promise<number> {
  keepYoungGenerationSmall();
  const { reports, summary } = await analyzeFiles(fileArgs, options);
  const lang = options.lang ?? reports[0]?.lang ?? 'en';
  // Errors as the headline counts them: rule errors, dead links, and moved links when link-redirected is an error.
  // Set before the report is written: a reader that closes the pipe early (`| head`) ends the process
  // while it waits for 'drain', and program.ts then exits with process.exitCode.
  const exitCode = countFindings(reports).errors > 0 ? EXIT_FINDINGS : EXIT_OK;
  process.exitCode = exitCode;

  switch (options.format) {
    case 'json':
      await writeChunks(jsonChunks(reports, summary));
      break;
    case 'markdown':
      process.stdout.write(renderMarkdown(reports, summary, { lang }));
      break;
    case 'github':
      await writeChunks(annotationLines(reports));
      break;
    default: {
      const color = useColor(process.stdout, process.env);
      await writeChunks(withLineEnds(textLines(reports, summary, { color, lang })));
    }
  }
  return exitCode;
}
