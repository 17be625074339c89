// GitHub workflow-command annotations (`::error file=…,line=…::message`), built from the report model:
// rule diagnostics, dead links (error) and moved links (warning). Used by `tracker-bot check --format
// github` (every one) and by the Action (ordered, and capped at GitHub's 10 per kind and step).
import type { Diagnostic, Lang } from '../core/types.js';
import { linkMessage, ruleWords } from './messages.js';
import type { FileReport, ReportedLink } from './model.js';
import { escapeWorkflowProperty, escapeWorkflowValue } from './workflow-commands.js';


export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file: string;
  line: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  title: string;
  message: string;
}

const LINK_TITLE: Record<'dead' | 'redirected', Record<Lang, string>> = {
  dead: { en: 'Dead link', zh: '链接失效' },
  redirected: { en: 'Link moved', zh: '链接已迁移' },
};

/** Annotation titles are words in the tracker's language ("tracker-bot: 日期须为…"), never rule ids. */
export function diagnosticAnnotation(file: string, d: Diagnostic, lang: Lang = 'en'): Annotation {
  return {
    level: d.severity,
    file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    title: `tracker-bot: ${ruleWords(d.rule, lang)}`,
    message: d.message,
  };
}

export function linkAnnotation(file: string, link: ReportedLink, message: string, lang: Lang = 'en'): Annotation {
  return {
    level: link.severity ?? (link.verdict === 'dead' ? 'error' : 'warning'),
    file,
    line: link.line,
    title: `tracker-bot: ${LINK_TITLE[link.verdict === 'dead' ? 'dead' : 'redirected'][lang]}`,
    message,
  };
}

export function renderAnnotation(a: Annotation): string {
  const props = [`file=${escapeWorkflowProperty(a.file)}`, `line=${a.line}`];
  if (a.column !== undefined) props.push(`col=${a.column}`);
  if (a.endLine !== undefined && a.endLine !== a.line) props.push(`endLine=${a.endLine}`);
  else if (a.endColumn !== undefined) props.push(`endColumn=${a.endColumn}`);
  props.push(`title=${escapeWorkflowProperty(a.title)}`);
  return `::${a.level} ${props.join(',')}::${escapeWorkflowValue(a.message)}`;
}

/** GitHub's per-step display limit for each annotation level. */
export const ANNOTATIONS_PER_KIND = 10;

export type AnnotationKind = 'error' | 'warning';

/** An annotation with what it came from, for ordering. */
export interface RankedAnnotation extends Annotation {
  source: 'rule' | 'link';
}

/**
 * Every annotation a set of reports yields, in file and document order: rule diagnostics, then dead and
 * moved links. Made one at a time, so that a writer can stream them (`check --format github`: 54k
 * findings held at once as annotations and their rendered lines were 60 MB more at peak).
 */
export function* annotationsOf(files: readonly FileReport[]): Generator<RankedAnnotation> {
  for (const file of files) {
    for (const d of file.diagnostics) yield { ...diagnosticAnnotation(file.path, d, file.lang), source: 'rule' };
    for (const link of file.links) {
      if (link.verdict !== 'dead' && link.verdict !== 'redirected') continue;
      yield { ...linkAnnotation(file.path, link, linkMessage(link, file.lang), file.lang), source: 'link' };
    }
  }
}

/** annotationsOf's annotations in one array. */
export function collectAnnotations(files: readonly FileReport[]): RankedAnnotation[] {
  return [...annotationsOf(files)];
}

export interface CapOptions {
  /** Findings for which this returns true go first (e.g. on lines the pull request changed). */
  newFirst?: (path: string, line: number) => boolean;
  /** Lower goes first, before newFirst and document order (e.g. a scan puts dead links first). */
  priority?: (annotation: RankedAnnotation) => number;
  /** Annotations shown per kind; ANNOTATIONS_PER_KIND by default. */
  limit?: number;
}

export interface CappedAnnotations {
  /** The annotations to show, in order. */
  shownAnnotations: Annotation[];
  shown: Record<AnnotationKind, number>;
  /** Findings left out per kind because of the display limit. */
  omitted: Record<AnnotationKind, number>;
}

/** The annotations GitHub will display: ordered by priority, then new first, then document order; at most `limit` per kind. */
export function capAnnotations(files: readonly FileReport[], options: CapOptions = {}): CappedAnnotations {
  const limit = options.limit ?? ANNOTATIONS_PER_KIND;
  const isNew = options.newFirst ?? (() => false);
  const priority = options.priority ?? (() => 0);
  const ranked = collectAnnotations(files)
    .map((annotation, index) => ({ annotation, index, fresh: isNew(annotation.file, annotation.line), rank: priority(annotation) }))
    .sort((a, b) => a.rank - b.rank || Number(b.fresh) - Number(a.fresh) || a.index - b.index);
  const result: CappedAnnotations = { shownAnnotations: [], shown: { error: 0, warning: 0 }, omitted: { error: 0, warning: 0 } };
  for (const { annotation } of ranked) {
    const kind: AnnotationKind = annotation.level === 'error' ? 'error' : 'warning';
    if (result.shown[kind] >= limit) {
      result.omitted[kind]++;
      continue;
    }
    result.shown[kind]++;
    const { source: _source, ...plain } = annotation;
    result.shownAnnotations.push(plain);
  }
  return result;
}
