// Application service shared by the CLI and the Action: lint tracker sources with a config,
// check their links with the link engine, and assemble FileReports for the reporters.
import type { Config } from '../core/options.js';
import { extractLinks } from '../core/extract-links.js';
import { detectLang } from '../core/i18n.js';
import { lintTracker, ruleSettings, RULES, sortByPosition } from '../core/lint.js';
import { parseTracker } from '../core/parse/index.js';
import { resolveSchema } from '../core/schema.js';
import type { Diagnostic, Lang, LinkOccurrence, LinkVerdict, PageFacts, RuleSetting, Tracker, Verdict } from '../core/types.js';
import { canonicalizeUrl } from '../core/url/canonicalize.js';
import { toReportedLink, type FileReport } from '../report/model.js';

export interface AnalyzeOptions {
  config: Config;
  /** Overrides config.lang. */
  lang?: Lang;
  now?: Date;
  /** Lines under review (a pull request's added or changed lines); see LintOptions.focusLines. */
  focusLines?: (line: number) => boolean;
  /** False when no link will be checked: the link occurrences are then not extracted (`links` is empty). */
  extractLinks?: boolean;
  /** False when no fix will be applied: diagnostics then carry no `fix` (see LintOptions.fixes). */
  fixes?: boolean;
}

export interface AnalyzedFile {
  path: string;
  source: string;
  lang: Lang;
  tracker: Tracker;
  diagnostics: Diagnostic[];
  links: LinkOccurrence[];
  /**
   * Findings of the rules that own a link verdict (Rule.ownsVerdict: link-redirected): the report shows
   * them on the link itself, so they are not in `diagnostics`; they carry the link's fix (a suggestion).
   */
  verdictFindings?: Diagnostic[];
}

export function resolveLang(source: string, config: Config, override?: Lang): Lang {
  if (override) return override;
  return config.lang === 'auto' ? detectLang(source) : config.lang;
}

/** A parsed file whose links are known but whose rules have not run yet. */
export type ParsedFile = Omit<AnalyzedFile, 'diagnostics'>;

/**
 * Parse a tracker and extract its links (cheap; lets link checks start before the rules run). The
 * language is detected when `lang` is first read (a getter, remembered): detection reads the whole
 * source (5–15 ms at 1,000 rows on a cold run), and `check --links` sends its first requests before
 * anything needs it.
 */
export function parseSource(path: string, source: string, options: AnalyzeOptions): ParsedFile {
  const tracker = parseTracker(source);
  const links = options.extractLinks === false ? [] : extractLinks(tracker, resolveSchema(options.config, tracker), path);
  let lang: Lang | undefined;
  return {
    path,
    source,
    get lang(): Lang {
      return (lang ??= resolveLang(source, options.config, options.lang));
    },
    tracker,
    links,
  };
}

/** Run the rules over a parsed file. */
export function lintParsed(file: ParsedFile, options: AnalyzeOptions): AnalyzedFile {
  const diagnostics = lintTracker(file.tracker, {
    config: options.config,
    lang: file.lang,
    now: options.now ?? new Date(),
    ...(options.focusLines ? { focusLines: options.focusLines } : {}),
    ...(options.fixes === false ? { fixes: false } : {}),
  });
  return { ...file, diagnostics };
}

export function analyzeSource(path: string, source: string, options: AnalyzeOptions): AnalyzedFile {
  return lintParsed(parseSource(path, source, options), options);
}

/** True when a rule that compares rows with their pages is on: the link engine should then read page facts. */
export function wantsPageFacts(config: Config): boolean {
  return config.links.factsBytes > 0 && RULES.some((rule) => rule.usesPageFacts && ruleSettings(rule, config.rules[rule.id]).setting !== 'off');
}

/**
 * Page facts from link verdicts, keyed by canonical URL. With `only`, just the facts of those
 * occurrences' links (a pull request's own rows).
 */
export function pageFactsOf(verdicts: ReadonlyMap<string, LinkVerdict>, only?: readonly LinkOccurrence[]): Map<string, PageFacts> {
  const wanted = only ? new Set(only.map((o) => canonicalizeUrl(o.url.trim()))) : null;
  const facts = new Map<string, PageFacts>();
  for (const [url, verdict] of verdicts) {
    if (verdict.facts && (!wanted || wanted.has(url))) facts.set(url, verdict.facts);
  }
  return facts;
}

/**
 * The file with the findings of the rules fed by the link engine added: the page-facts rules
 * (date-mismatch, title-mismatch, source-mismatch) and, given `linkVerdicts`, the link-verdict rules
 * (repo-archived; link-redirected's findings go to verdictFindings).
 */
export function withPageFactRules(
  file: AnalyzedFile,
  pageFacts: ReadonlyMap<string, PageFacts>,
  options: AnalyzeOptions,
  linkVerdicts?: ReadonlyMap<string, LinkVerdict>,
): AnalyzedFile {
  if (pageFacts.size === 0 && !linkVerdicts?.size) return file;
  const found = lintTracker(file.tracker, {
    config: options.config,
    lang: file.lang,
    now: options.now ?? new Date(),
    ...(pageFacts.size > 0 ? { pageFacts } : {}),
    ...(linkVerdicts?.size ? { linkVerdicts } : {}),
    ...(options.fixes === false ? { fixes: false } : {}),
    onlyPageFactRules: true,
  });
  const owned = new Set(RULES.filter((rule) => rule.ownsVerdict).map((rule) => rule.id));
  const verdictFindings = found.filter((d) => owned.has(d.rule));
  const added = found.filter((d) => !owned.has(d.rule));
  return {
    ...file,
    diagnostics: added.length === 0 ? file.diagnostics : sortByPosition([...file.diagnostics, ...added]),
    ...(verdictFindings.length > 0 ? { verdictFindings } : {}),
  };
}

/**
 * Place verdicts (keyed by canonical URL) back onto the rows that carry each link. With `settings` (see
 * verdictSettings), a link whose verdict's owning rule is off is left out, and one whose rule is on
 * carries that rule's severity.
 */
export function toFileReport(file: AnalyzedFile, verdicts?: Map<string, LinkVerdict>, settings?: ReadonlyMap<Verdict, RuleSetting>): FileReport {
  const links = [];
  if (verdicts) {
    for (const occurrence of file.links) {
      const verdict = verdicts.get(canonicalizeUrl(occurrence.url));
      if (!verdict) continue;
      const setting = settings?.get(verdict.verdict);
      if (setting === 'off') continue;
      const link = toReportedLink(occurrence, verdict);
      if (setting) link.severity = setting;
      links.push(link);
    }
  }
  const rowTitles: Record<number, string> = {};
  for (const occurrence of file.links) if (occurrence.title && !(occurrence.line in rowTitles)) rowTitles[occurrence.line] = occurrence.title;
  const sections = file.tracker.sections.map((section) => ({ title: section.title, line: section.line }));
  return { path: file.path, lang: file.lang, diagnostics: file.diagnostics, links, rowTitles, sections };
}
