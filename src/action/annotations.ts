// Action adapter › annotations: error and warning annotations (file, line, title) for diagnostics and
// link findings. GitHub shows only 10 of each kind per step, so new findings go first and the rest are
// counted, for the job summary's "N more not shown" note. Shared by every mode.
import { diagnosticAnnotation, linkAnnotation, renderAnnotation, type Annotation } from '../report/annotations.js';
import { linkMessage } from '../report/messages.js';
import type { FileReport } from '../report/model.js';

/** GitHub's per-step display limit for each annotation level. */
export const ANNOTATIONS_PER_KIND = 10;

export type AnnotationKind = 'error' | 'warning';

export interface EmitAnnotationsOptions {
  /** Findings for which this returns true are emitted first (e.g. on lines the pull request changed). */
  newFirst?: (path: string, line: number) => boolean;
  /** Lower goes first, before newFirst and document order (e.g. a scan puts dead links first). */
  priority?: (annotation: RankedAnnotation) => number;
  limit?: number;
  /** Where the workflow commands go; process.stdout by default. */
  write?: (line: string) => void;
}

export interface EmittedAnnotations {
  shown: Record<AnnotationKind, number>;
  /** Findings left out per kind because of the display limit. */
  omitted: Record<AnnotationKind, number>;
}

/** Every annotation a set of reports yields: rule diagnostics, dead links (error), moved links (warning). */
export interface RankedAnnotation extends Annotation {
  source: 'rule' | 'link';
}

export function collectAnnotations(files: readonly FileReport[]): RankedAnnotation[] {
  const annotations: RankedAnnotation[] = [];
  for (const file of files) {
    for (const d of file.diagnostics) annotations.push({ ...diagnosticAnnotation(file.path, d, file.lang), source: 'rule' });
    for (const link of file.links) {
      if (link.verdict !== 'dead' && link.verdict !== 'redirected') continue;
      annotations.push({ ...linkAnnotation(file.path, link, linkMessage(link, file.lang), file.lang), source: 'link' });
    }
  }
  return annotations;
}

export function emitAnnotations(files: readonly FileReport[], options: EmitAnnotationsOptions = {}): EmittedAnnotations {
  const limit = options.limit ?? ANNOTATIONS_PER_KIND;
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const isNew = options.newFirst ?? (() => false);
  const priority = options.priority ?? (() => 0);
  const ranked = collectAnnotations(files)
    .map((annotation, index) => ({ annotation, index, fresh: isNew(annotation.file, annotation.line), rank: priority(annotation) }))
    .sort((a, b) => a.rank - b.rank || Number(b.fresh) - Number(a.fresh) || a.index - b.index);
  const result: EmittedAnnotations = { shown: { error: 0, warning: 0 }, omitted: { error: 0, warning: 0 } };
  for (const { annotation } of ranked) {
    const kind: AnnotationKind = annotation.level === 'error' ? 'error' : 'warning';
    if (result.shown[kind] >= limit) {
      result.omitted[kind]++;
      continue;
    }
    result.shown[kind]++;
    const { source: _source, ...plain } = annotation;
    write(renderAnnotation(plain));
  }
  return result;
}
