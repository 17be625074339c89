// Action adapter › analysis step of every executor: one tracker analysed once per run with the run's Settings
// (config with the input overrides, language, reference date), and the page-facts rules added once its links'
// verdicts are known. Pure; the executors read the text and check the links.
import { analyzeSource, withPageFactRules, type AnalyzedFile } from '../app/analyze.js';
import type { LinkVerdict, PageFacts } from '../core/types.js';
import type { Settings } from './settings.js';

function analyzeOptions(settings: Pick<Settings, 'config' | 'lang' | 'now'>) {
  return { config: settings.config, now: settings.now, ...(settings.lang ? { lang: settings.lang } : {}) };
}

/**
 * The run's one analysis of `source`. `focusLines`: the lines under review (a pull request's changed lines);
 * `extractLinks: false` when no link of the file will be checked.
 */
export function analyseTracker(
  settings: Pick<Settings, 'config' | 'lang' | 'now'>,
  path: string,
  source: string,
  options: { focusLines?: (line: number) => boolean; extractLinks?: boolean } = {},
): AnalyzedFile {
  return analyzeSource(path, source, { ...analyzeOptions(settings), ...options });
}

/**
 * The file with the findings of the rules fed by the link engine added: the page-facts rules (facts keyed
 * by canonical URL) and, given `verdicts`, the link-verdict rules (repo-archived, link-redirected).
 */
export function addPageFactFindings(
  settings: Pick<Settings, 'config' | 'lang' | 'now'>,
  file: AnalyzedFile,
  pageFacts: ReadonlyMap<string, PageFacts>,
  verdicts?: ReadonlyMap<string, LinkVerdict>,
): AnalyzedFile {
  return withPageFactRules(file, pageFacts, analyzeOptions(settings), verdicts);
}
