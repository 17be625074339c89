import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  analyzeSource,
  withPageFactRules
} from "./chunk-OUU6IZDC.js";
import {
  capAnnotations,
  renderAnnotation
} from "./chunk-F5PHMIYO.js";

// src/action/analyse.ts
function analyzeOptions(settings) {
  return { config: settings.config, now: settings.now, ...settings.lang ? { lang: settings.lang } : {} };
}
function analyseTracker(settings, path, source, options = {}) {
  return analyzeSource(path, source, { ...analyzeOptions(settings), ...options });
}
function addPageFactFindings(settings, file, pageFacts, verdicts) {
  return withPageFactRules(file, pageFacts, analyzeOptions(settings), verdicts);
}

// src/action/annotations.ts
function emitAnnotations(files, options = {}) {
  const write = options.write ?? ((line) => void process.stdout.write(`${line}
`));
  const { shownAnnotations, shown, omitted } = capAnnotations(files, options);
  for (const annotation of shownAnnotations) write(renderAnnotation(annotation));
  return { shown, omitted };
}

export {
  analyseTracker,
  addPageFactFindings,
  emitAnnotations
};
