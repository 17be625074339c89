// Application service shared by the CLI and the Action: lint tracker sources with a config,
// check their links with the link engine, and assemble FileReports for the reporters.
import type { Config } from '../config/schema.js';
import { extractLinks } from '../core/extract-links.js';
import { detectLang } from '../core/i18n.js';
import { lintTracker } from '../core/lint.js';
import { parseTracker } from '../core/parse/index.js';
import { resolveSchema } from '../core/schema.js';
import type { Diagnostic, Lang, LinkOccurrence, LinkVerdict, Tracker } from '../core/types.js';
import { canonicalizeUrl } from '../core/url/canonicalize.js';
import { toReportedLink, type FileReport } from '../report/model.js';

export interface AnalyzeOptions {
  config: Config;
  /** Overrides config.lang. */
  lang?: Lang;
  now?: Date;
}

export interface AnalyzedFile {
  path: string;
  source: string;
  lang: Lang;
  tracker: Tracker;
  diagnostics: Diagnostic[];
  links: LinkOccurrence[];
}

export function resolveLang(source: string, config: Config, override?: Lang): Lang {
  if (override) return override;
  return config.lang === 'auto' ? detectLang(source) : config.lang;
}

/** A parsed file whose links are known but whose rules have not run yet. */
export type ParsedFile = Omit<AnalyzedFile, 'diagnostics'>;

/** Parse a tracker and extract its links (cheap; lets link checks start before the rules run). */
export function parseSource(path: string, source: string, options: AnalyzeOptions): ParsedFile {
  const lang = resolveLang(source, options.config, options.lang);
  const tracker = parseTracker(source);
  const links = extractLinks(tracker, resolveSchema(options.config), path);
  return { path, source, lang, tracker, links };
}

/** Run the rules over a parsed file. */
export function lintParsed(file: ParsedFile, options: AnalyzeOptions): AnalyzedFile {
  const diagnostics = lintTracker(file.tracker, { config: options.config, lang: file.lang, now: options.now ?? new Date() });
  return { ...file, diagnostics };
}

export function analyzeSource(path: string, source: string, options: AnalyzeOptions): AnalyzedFile {
  return lintParsed(parseSource(path, source, options), options);
}

/** Place verdicts (keyed by canonical URL) back onto the rows that carry each link. */
export function toFileReport(file: AnalyzedFile, verdicts?: Map<string, LinkVerdict>): FileReport {
  const links = [];
  if (verdicts) {
    for (const occurrence of file.links) {
      const verdict = verdicts.get(canonicalizeUrl(occurrence.url));
      if (verdict) links.push(toReportedLink(occurrence, verdict));
    }
  }
  return { path: file.path, lang: file.lang, diagnostics: file.diagnostics, links };
}
