// Action adapter › annotations: writes the error and warning annotations of a run (chosen and ordered by
// capAnnotations in src/report/annotations.ts; GitHub shows only 10 of each kind per step) as workflow
// commands, and returns what was left out for the job summary's note. Shared by every mode.
import { capAnnotations, renderAnnotation, type CapOptions, type CappedAnnotations } from '../report/annotations.js';
import type { FileReport } from '../report/model.js';

export interface EmitAnnotationsOptions extends CapOptions {
  /** Where the workflow commands go; process.stdout by default. */
  write?: (line: string) => void;
}

export type EmittedAnnotations = Pick<CappedAnnotations, 'shown' | 'omitted'>;

export function emitAnnotations(files: readonly FileReport[], options: EmitAnnotationsOptions = {}): EmittedAnnotations {
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const { shownAnnotations, shown, omitted } = capAnnotations(files, options);
  for (const annotation of shownAnnotations) write(renderAnnotation(annotation));
  return { shown, omitted };
}
