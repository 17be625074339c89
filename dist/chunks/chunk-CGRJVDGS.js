import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  createTwoFilesPatch
} from "./chunk-OABLC2TR.js";

// src/report/bounded-diff.ts
function lines(text) {
  return text.split("\n");
}
function lineEditLowerBound(before, after) {
  const counts = /* @__PURE__ */ new Map();
  for (const line of lines(before)) counts.set(line, (counts.get(line) ?? 0) + 1);
  let inserted = 0;
  for (const line of lines(after)) {
    const left = counts.get(line) ?? 0;
    if (left > 0) counts.set(line, left - 1);
    else inserted++;
  }
  let deleted = 0;
  for (const left of counts.values()) deleted += left;
  return inserted + deleted;
}
function boundedUnifiedDiff(path, before, after, maxEdits, context = 1) {
  if (lineEditLowerBound(before, after) > maxEdits) return null;
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, "", "", { context, maxEditLength: maxEdits }) ?? null;
}

export {
  boundedUnifiedDiff
};
