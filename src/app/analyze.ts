// Application service shared by the CLI and the Action: lint tracker sources with a config,
// check their links with the link engine, and assemble FileReports for the reporters.
import type { Config } from '../config/schema.js';
import { extractLinks } from '../core/extract-links.js';
import { detectLang } from '../core/i18n.js';
import { lintSource } from '../core/lint.js';
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

export function analyzeSource(path: string, source: string, options: AnalyzeOptions): AnalyzedFile {
  const lang = resolveLang(source, options.config, options.lang);
  const now = options.now ?? new Date();
  const { tracker, diagnostics } = lintSource(source, { config: options.config, lang, now });
  const links = extractLinks(tracker, resolveSchema(options.config), path);
  return { path, source, lang, tracker, diagnostics, links };
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
