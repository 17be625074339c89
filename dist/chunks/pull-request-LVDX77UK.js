import { createRequire as __trackerBotCreateRequire } from 'node:module';
const require = __trackerBotCreateRequire(import.meta.url);
import {
  checkOccurrences
} from "./chunk-SVOAVWIM.js";
import {
  WriteAccess,
  localFixCommand,
  pullRequestFromPayload
} from "./chunk-JNKXYZ72.js";
import {
  addPageFactFindings,
  analyseTracker,
  emitAnnotations,
  pageFactsOf,
  toFileReport
} from "./chunk-MYP532LJ.js";
import {
  applyFixes,
  fixSource
} from "./chunk-E3CT2VQN.js";
import {
  langOf,
  planPullRequest,
  runLang,
  withPullRequestConfig
} from "./chunk-CUJBB4E4.js";
import {
  lintSource,
  verdictSettings
} from "./chunk-SINAV7QO.js";
import "./chunk-VRCVEGMT.js";
import {
  publishPullRequestComment
} from "./chunk-MNY2HXDO.js";
import {
  renderJobSummary
} from "./chunk-KRHT5ZGR.js";
import {
  requireOctokit
} from "./chunk-4QZDYUUY.js";
import "./chunk-NJCGS6YH.js";
import {
  writeJobSummary
} from "./chunk-MXWROGEJ.js";
import {
  listPullRequestFiles,
  postReviewSuggestions,
  renderConfigNote,
  renderNextSteps,
  renderReviewBody,
  renderSortCommitted,
  renderSortDiff,
  sortForkNote,
  suggestionLinkReason,
  suggestionRuleReason
} from "./chunk-VRFK5W2V.js";
import {
  escapeWorkflowValue
} from "./chunk-A7EWG6JG.js";
import {
  buildPublishedReport,
  countFindings,
  exitCodeFor,
  setCountOutputs,
  writeReportFile
} from "./chunk-66EQE7WX.js";
import "./chunk-GIB4PSQN.js";
import {
  InputError,
  commitFile,
  lineLinker,
  readFile,
  readTrackerAtRef,
  readWorkspaceTracker
} from "./chunk-IGXHPRD4.js";
import "./chunk-QN5TL3GJ.js";
import {
  info
} from "./chunk-6PBNNB3M.js";
import {
  ROW_ORDER_RULE_IDS,
  RULE_IDS,
  ruleById
} from "./chunk-7XZYIZTT.js";
import "./chunk-6UP4LFZW.js";
import "./chunk-B7GBDUEW.js";
import "./chunk-LTZVS2E3.js";
import "./chunk-3Y2NLIWH.js";

// src/action/changed-lines.ts
function touchesChangedLine(d, isChanged) {
  for (let line = d.line; line <= d.endLine; line++) if (isChanged(line)) return true;
  return false;
}
function changedLinks(links, isChanged) {
  return links.filter((link) => isChanged(link.line));
}
function splitByChangedLines(report, isChanged) {
  const own = { ...report, diagnostics: [], links: [] };
  const preexisting = { ...report, diagnostics: [], links: [] };
  for (const d of report.diagnostics) (touchesChangedLine(d, isChanged) ? own : preexisting).diagnostics.push(d);
  for (const link of report.links) (isChanged(link.line) ? own : preexisting).links.push(link);
  return { own, preexisting };
}
function lineSet(lines2) {
  const set = new Set(lines2);
  return (line) => set.has(line);
}

// node_modules/diff/libesm/diff/base.js
var Diff = class {
  diff(oldStr, newStr, options = {}) {
    let callback;
    if (typeof options === "function") {
      callback = options;
      options = {};
    } else if ("callback" in options) {
      callback = options.callback;
    }
    const oldString = this.castInput(oldStr, options);
    const newString = this.castInput(newStr, options);
    const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
    const newTokens = this.removeEmpty(this.tokenize(newString, options));
    return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
  }
  diffWithOptionsObj(oldTokens, newTokens, options, callback) {
    var _a;
    const done = (value) => {
      value = this.postProcess(value, options);
      if (callback) {
        setTimeout(function() {
          callback(value);
        }, 0);
        return void 0;
      } else {
        return value;
      }
    };
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let editLength = 1;
    let maxEditLength = newLen + oldLen;
    if (options.maxEditLength != null) {
      maxEditLength = Math.min(maxEditLength, options.maxEditLength);
    }
    const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
    const abortAfterTimestamp = Date.now() + maxExecutionTime;
    const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
    let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
    if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
      return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
    }
    let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
    const execEditLength = () => {
      for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
        let basePath;
        const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
        if (removePath) {
          bestPath[diagonalPath - 1] = void 0;
        }
        let canAdd = false;
        if (addPath) {
          const addPathNewPos = addPath.oldPos - diagonalPath;
          canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
        }
        const canRemove = removePath && removePath.oldPos + 1 < oldLen;
        if (!canAdd && !canRemove) {
          bestPath[diagonalPath] = void 0;
          continue;
        }
        if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
          basePath = this.addToPath(addPath, true, false, 0, options);
        } else {
          basePath = this.addToPath(removePath, false, true, 1, options);
        }
        newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
        if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
        } else {
          bestPath[diagonalPath] = basePath;
          if (basePath.oldPos + 1 >= oldLen) {
            maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
          }
          if (newPos + 1 >= newLen) {
            minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
          }
        }
      }
      editLength++;
    };
    if (callback) {
      (function exec() {
        setTimeout(function() {
          if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
            return callback(void 0);
          }
          if (!execEditLength()) {
            exec();
          }
        }, 0);
      })();
    } else {
      while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
        const ret = execEditLength();
        if (ret) {
          return ret;
        }
      }
    }
  }
  addToPath(path, added, removed, oldPosInc, options) {
    const last = path.lastComponent;
    if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
      };
    } else {
      return {
        oldPos: path.oldPos + oldPosInc,
        lastComponent: { count: 1, added, removed, previousComponent: last }
      };
    }
  }
  extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
    const newLen = newTokens.length, oldLen = oldTokens.length;
    let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
      newPos++;
      oldPos++;
      commonCount++;
      if (options.oneChangePerToken) {
        basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
      }
    }
    if (commonCount && !options.oneChangePerToken) {
      basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
    }
    basePath.oldPos = oldPos;
    return newPos;
  }
  equals(left, right, options) {
    if (options.comparator) {
      return options.comparator(left, right);
    } else {
      return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
    }
  }
  removeEmpty(array) {
    const ret = [];
    for (let i = 0; i < array.length; i++) {
      if (array[i]) {
        ret.push(array[i]);
      }
    }
    return ret;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  castInput(value, options) {
    return value;
  }
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  tokenize(value, options) {
    return Array.from(value);
  }
  join(chars) {
    return chars.join("");
  }
  postProcess(changeObjects, options) {
    return changeObjects;
  }
  get useLongestToken() {
    return false;
  }
  buildValues(lastComponent, newTokens, oldTokens) {
    const components = [];
    let nextComponent;
    while (lastComponent) {
      components.push(lastComponent);
      nextComponent = lastComponent.previousComponent;
      delete lastComponent.previousComponent;
      lastComponent = nextComponent;
    }
    components.reverse();
    const componentLen = components.length;
    let componentPos = 0, newPos = 0, oldPos = 0;
    for (; componentPos < componentLen; componentPos++) {
      const component = components[componentPos];
      if (!component.removed) {
        if (!component.added && this.useLongestToken) {
          let value = newTokens.slice(newPos, newPos + component.count);
          value = value.map(function(value2, i) {
            const oldValue = oldTokens[oldPos + i];
            return oldValue.length > value2.length ? oldValue : value2;
          });
          component.value = this.join(value);
        } else {
          component.value = this.join(newTokens.slice(newPos, newPos + component.count));
        }
        newPos += component.count;
        if (!component.added) {
          oldPos += component.count;
        }
      } else {
        component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
        oldPos += component.count;
      }
    }
    return components;
  }
};

// node_modules/diff/libesm/diff/line.js
var LineDiff = class extends Diff {
  constructor() {
    super(...arguments);
    this.tokenize = tokenize;
  }
  equals(left, right, options) {
    if (options.ignoreWhitespace) {
      if (!options.newlineIsToken || !left.includes("\n")) {
        left = left.trim();
      }
      if (!options.newlineIsToken || !right.includes("\n")) {
        right = right.trim();
      }
    } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
      if (left.endsWith("\n")) {
        left = left.slice(0, -1);
      }
      if (right.endsWith("\n")) {
        right = right.slice(0, -1);
      }
    }
    return super.equals(left, right, options);
  }
};
var lineDiff = new LineDiff();
function diffLines(oldStr, newStr, options) {
  return lineDiff.diff(oldStr, newStr, options);
}
function tokenize(value, options) {
  if (options.stripTrailingCr) {
    value = value.replace(/\r\n/g, "\n");
  }
  const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
  if (!linesAndNewlines[linesAndNewlines.length - 1]) {
    linesAndNewlines.pop();
  }
  for (let i = 0; i < linesAndNewlines.length; i++) {
    const line = linesAndNewlines[i];
    if (i % 2 && !options.newlineIsToken) {
      retLines[retLines.length - 1] += line;
    } else {
      retLines.push(line);
    }
  }
  return retLines;
}

// node_modules/diff/libesm/patch/create.js
function needsQuoting(s) {
  for (let i = 0; i < s.length; i++) {
    if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
      return true;
    }
  }
  return false;
}
function quoteFileNameIfNeeded(s) {
  if (!needsQuoting(s)) {
    return s;
  }
  let result = '"';
  const bytes = new TextEncoder().encode(s);
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 7) {
      result += "\\a";
    } else if (b === 8) {
      result += "\\b";
    } else if (b === 9) {
      result += "\\t";
    } else if (b === 10) {
      result += "\\n";
    } else if (b === 11) {
      result += "\\v";
    } else if (b === 12) {
      result += "\\f";
    } else if (b === 13) {
      result += "\\r";
    } else if (b === 34) {
      result += '\\"';
    } else if (b === 92) {
      result += "\\\\";
    } else if (b >= 32 && b <= 126) {
      result += String.fromCharCode(b);
    } else {
      result += "\\" + b.toString(8).padStart(3, "0");
    }
    i++;
  }
  result += '"';
  return result;
}
var INCLUDE_HEADERS = {
  includeIndex: true,
  includeUnderline: true,
  includeFileHeaders: true
};
function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  let optionsObj;
  if (!options) {
    optionsObj = {};
  } else if (typeof options === "function") {
    optionsObj = { callback: options };
  } else {
    optionsObj = options;
  }
  if (typeof optionsObj.context === "undefined") {
    optionsObj.context = 4;
  }
  const context = optionsObj.context;
  if (optionsObj.newlineIsToken) {
    throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
  }
  if (!optionsObj.callback) {
    return diffLinesResultToPatch(diffLines(oldStr, newStr, optionsObj));
  } else {
    const { callback } = optionsObj;
    diffLines(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
      const patch = diffLinesResultToPatch(diff);
      callback(patch);
    } }));
  }
  function diffLinesResultToPatch(diff) {
    if (!diff) {
      return;
    }
    diff.push({ value: "", lines: [] });
    function contextLines(lines2) {
      return lines2.map(function(entry) {
        return " " + entry;
      });
    }
    const hunks = [];
    let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
    for (let i = 0; i < diff.length; i++) {
      const current = diff[i], lines2 = current.lines || splitLines(current.value);
      current.lines = lines2;
      if (current.added || current.removed) {
        if (!oldRangeStart) {
          const prev = diff[i - 1];
          oldRangeStart = oldLine;
          newRangeStart = newLine;
          if (prev) {
            curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
            oldRangeStart -= curRange.length;
            newRangeStart -= curRange.length;
          }
        }
        for (const line of lines2) {
          curRange.push((current.added ? "+" : "-") + line);
        }
        if (current.added) {
          newLine += lines2.length;
        } else {
          oldLine += lines2.length;
        }
      } else {
        if (oldRangeStart) {
          if (lines2.length <= context * 2 && i < diff.length - 2) {
            for (const line of contextLines(lines2)) {
              curRange.push(line);
            }
          } else {
            const contextSize = Math.min(lines2.length, context);
            for (const line of contextLines(lines2.slice(0, contextSize))) {
              curRange.push(line);
            }
            const hunk = {
              oldStart: oldRangeStart,
              oldLines: oldLine - oldRangeStart + contextSize,
              newStart: newRangeStart,
              newLines: newLine - newRangeStart + contextSize,
              lines: curRange
            };
            hunks.push(hunk);
            oldRangeStart = 0;
            newRangeStart = 0;
            curRange = [];
          }
        }
        oldLine += lines2.length;
        newLine += lines2.length;
      }
    }
    for (const hunk of hunks) {
      for (let i = 0; i < hunk.lines.length; i++) {
        if (hunk.lines[i].endsWith("\n")) {
          hunk.lines[i] = hunk.lines[i].slice(0, -1);
        } else {
          hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
          i++;
        }
      }
    }
    return {
      oldFileName,
      newFileName,
      oldHeader,
      newHeader,
      hunks
    };
  }
}
function formatPatch(patch, headerOptions) {
  var _a, _b, _c, _d, _e, _f;
  if (!headerOptions) {
    headerOptions = INCLUDE_HEADERS;
  }
  if (Array.isArray(patch)) {
    if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
      throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
    }
    return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
  }
  const ret = [];
  if (patch.isGit) {
    headerOptions = INCLUDE_HEADERS;
    if (!patch.oldFileName) {
      throw new Error("oldFileName must be specified for Git patches");
    }
    if (!patch.newFileName) {
      throw new Error("newFileName must be specified for Git patches");
    }
    let gitOldName = patch.oldFileName;
    let gitNewName = patch.newFileName;
    if (patch.isCreate && gitOldName === "/dev/null") {
      gitOldName = gitNewName.replace(/^b\//, "a/");
    } else if (patch.isDelete && gitNewName === "/dev/null") {
      gitNewName = gitOldName.replace(/^a\//, "b/");
    }
    ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
    if (patch.isDelete) {
      ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
    }
    if (patch.isCreate) {
      ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
    }
    if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
      ret.push("old mode " + patch.oldMode);
      ret.push("new mode " + patch.newMode);
    }
    if (patch.isRename) {
      ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
      ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
    }
    if (patch.isCopy) {
      ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
      ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
    }
  } else {
    if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
      ret.push("Index: " + patch.oldFileName);
    }
    if (headerOptions.includeUnderline) {
      ret.push("===================================================================");
    }
  }
  const hasHunks = patch.hunks.length > 0;
  if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
    ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
    ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
  }
  for (let i = 0; i < patch.hunks.length; i++) {
    const hunk = patch.hunks[i];
    const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
    const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
    ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
    for (const line of hunk.lines) {
      ret.push(line);
    }
  }
  return ret.join("\n") + "\n";
}
function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
  if (typeof options === "function") {
    options = { callback: options };
  }
  if (!(options === null || options === void 0 ? void 0 : options.callback)) {
    const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
    if (!patchObj) {
      return;
    }
    return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
  } else {
    const { callback } = options;
    structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
      if (!patchObj) {
        callback(void 0);
      } else {
        callback(formatPatch(patchObj, options.headerOptions));
      }
    } }));
  }
}
function splitLines(text) {
  const hasTrailingNl = text.endsWith("\n");
  const result = text.split("\n").map((line) => line + "\n");
  if (hasTrailingNl) {
    result.pop();
  } else {
    result.push(result.pop().slice(0, -1));
  }
  return result;
}

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

// src/action/sort.ts
var MAX_SORT_DIFF_EDITS = 300;
function sortSource(source, config, lang, now, focusLines) {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, ROW_ORDER_RULE_IDS.includes(id) ? "warning" : "off"]));
  const options = { config: { ...config, rules }, lang, now };
  if (!focusLines) return fixSource(source, options).output;
  const { diagnostics } = lintSource(source, { ...options, focusLines });
  return applyFixes(source, diagnostics.filter((d) => focusLines(d.line))).output;
}
function sortDiffBlock(path, before, after, lang, note, onlyChangedRows = false) {
  const patch = (boundedUnifiedDiff(path, before, after, MAX_SORT_DIFF_EDITS, 0) ?? "").split("\n").filter((line) => !line.startsWith("=====")).join("\n").trimEnd();
  return renderSortDiff({ path, patch, lang, ...note ? { note } : {}, ...onlyChangedRows ? {} : { command: localFixCommand([path]) } });
}

// src/action/suggestions.ts
function lineBounds(file, line) {
  const start = file.tracker.lineStarts[line - 1];
  if (start === void 0) return null;
  const next = file.tracker.lineStarts[line];
  let end = next ?? file.source.length;
  if (file.source[end - 1] === "\n") end--;
  if (file.source[end - 1] === "\r") end--;
  return { start, end };
}
function withinLine(d, bounds) {
  const edits = d.fix?.edits ?? [];
  return edits.length > 0 && edits.every((e) => e.start >= bounds.start && e.end <= bounds.end && !e.text.includes("\n"));
}
function relativeTo(d, offset) {
  return { ...d, fix: { edits: d.fix.edits.map((e) => ({ start: e.start - offset, end: e.end - offset, text: e.text })) } };
}
function buildLineSuggestions(file, diagnostics, links, isChanged) {
  const lines2 = /* @__PURE__ */ new Map();
  const entry = (line) => {
    let found = lines2.get(line);
    if (!found) lines2.set(line, found = { diagnostics: [], links: [] });
    return found;
  };
  for (const d of diagnostics) {
    if (!d.fixable || ruleById(d.rule)?.scope !== "row" || d.line !== d.endLine || !isChanged(d.line)) continue;
    const bounds = lineBounds(file, d.line);
    if (bounds && withinLine(d, bounds)) entry(d.line).diagnostics.push(d);
  }
  const paired = /* @__PURE__ */ new Map();
  for (const d of file.verdictFindings ?? []) {
    const nth = paired.get(d.line) ?? 0;
    paired.set(d.line, nth + 1);
    const link = links.filter((l) => l.line === d.line && l.verdict === "redirected")[nth];
    if (!link || !d.fixable || d.line !== d.endLine || !isChanged(d.line)) continue;
    const bounds = lineBounds(file, d.line);
    if (bounds && withinLine(d, bounds)) entry(d.line).links.push({ link, fix: d });
  }
  const suggestions = [];
  for (const [line, found] of [...lines2.entries()].sort((a, b) => a[0] - b[0])) {
    const bounds = lineBounds(file, line);
    const original = file.source.slice(bounds.start, bounds.end);
    const redirects = [];
    const reasons = [];
    for (const { link, fix } of found.links) {
      redirects.push(relativeTo(fix, bounds.start));
      reasons.push(suggestionLinkReason(link, file.lang));
    }
    const fixes = [...redirects, ...found.diagnostics.map((d) => relativeTo(d, bounds.start))];
    const applied = applyFixes(original, fixes);
    if (applied.output === original) continue;
    for (const d of found.diagnostics) reasons.push(suggestionRuleReason(d));
    suggestions.push({ path: file.path, line, replacement: applied.output, message: reasons.join("\n") });
  }
  return suggestions;
}

// src/action/pull-request.ts
async function withBaseBranchConfig(runCtx, octokit, pr) {
  const ctx = await withPullRequestConfig(runCtx, octokit, { sha: pr.baseSha, ref: pr.baseRef });
  const fromBase = ctx.configOrigin === "base-branch";
  const note = (lang) => renderConfigNote(fromBase ? "base-branch" : "defaults", ctx.inputs.config, pr.baseRef, lang);
  info(
    fromBase ? `tracker-bot: using ${escapeWorkflowValue(ctx.inputs.config)} from the base branch ${escapeWorkflowValue(pr.baseRef)}` : `tracker-bot: the base branch has no ${escapeWorkflowValue(ctx.inputs.config)}; using the built-in defaults (never the pull request's copy)`
  );
  return { ctx, note };
}
async function readPullRequestSources(ctx, octokit, plan, headSha) {
  const sources = /* @__PURE__ */ new Map();
  for (const path of plan.paths) {
    const source = plan.readFrom.kind === "api" ? await readTrackerAtRef(octokit, plan.readFrom.repo, path, plan.readFrom.ref) : await readWorkspaceTracker(ctx.workspace, path);
    if (source === null) throw new InputError(`${path}: not found at the pull request head ${headSha}`);
    sources.set(path, source);
  }
  return sources;
}
async function commitSortedFiles(ctx, octokit, pr, plan, sources, writes, changedFilter) {
  const outcome = { headSha: pr.headSha, committed: [], refused: false };
  for (const path of plan.paths) {
    const file = await readFile(octokit, { owner: ctx.repo.owner, repo: ctx.repo.repo, path, ref: pr.headRef });
    if (!file) continue;
    const sorted = sortSource(file.content, ctx.config, langOf(ctx, file.content), ctx.now, plan.focus === "all" ? void 0 : changedFilter(path));
    if (sorted === file.content) continue;
    const commit = await writes.attempt(
      "committing the sorted file",
      () => commitFile(octokit, {
        owner: ctx.repo.owner,
        repo: ctx.repo.repo,
        branch: pr.headRef,
        path,
        content: sorted,
        sha: file.sha,
        message: `Sort the rows of ${path} (tracker-bot)`
      })
    );
    if (!commit) {
      outcome.refused = true;
      return outcome;
    }
    info(`tracker-bot: committed the sorted ${escapeWorkflowValue(path)} as ${commit.commitSha}`);
    outcome.committed.push({ path, sha: commit.commitSha });
    outcome.headSha = commit.commitSha;
    sources.set(path, sorted);
  }
  return outcome;
}
async function judgeFiles(ctx, plan, sources, changedFilter) {
  let analyzed = plan.paths.map(
    (path) => analyseTracker(ctx, path, sources.get(path), plan.focus === "all" ? {} : { focusLines: changedFilter(path) })
  );
  const withLinks = plan.links !== "none";
  let verdicts;
  if (withLinks) {
    const occurrences = analyzed.flatMap((file) => plan.links === "all" ? file.links : changedLinks(file.links, changedFilter(file.path)));
    verdicts = await checkOccurrences(occurrences, ctx.config, ctx.octokit, plan.linkBudgetMs);
    const ownRows = analyzed.flatMap((file) => changedLinks(file.links, changedFilter(file.path)));
    const pageFacts = pageFactsOf(verdicts, ownRows);
    analyzed = analyzed.map((file) => addPageFactFindings(ctx, file, pageFacts, verdicts));
  }
  const own = [];
  const preexisting = [];
  for (const file of analyzed) {
    const report = toFileReport(file, verdicts, verdictSettings(ctx.config.rules));
    if (plan.focus === "all") {
      own.push(report);
      continue;
    }
    const split = splitByChangedLines(report, changedFilter(file.path));
    own.push(split.own);
    preexisting.push(split.preexisting);
  }
  return { analyzed, own, preexisting, withLinks };
}
async function runPullRequest(runCtx) {
  const octokit = requireOctokit(runCtx);
  const pr = pullRequestFromPayload(runCtx.payload, runCtx.repo);
  const prRef = { owner: runCtx.repo.owner, repo: runCtx.repo.repo, pullNumber: pr.number };
  const { ctx, note: configNote } = await withBaseBranchConfig(runCtx, octokit, pr);
  let prFiles = await listPullRequestFiles(octokit, prRef);
  const plan = planPullRequest(ctx, pr, prFiles);
  const { paths } = plan;
  info(`tracker-bot: PR #${pr.number} changes ${paths.length} tracker file(s)${paths.length ? `: ${escapeWorkflowValue(paths.join(", "))}` : ""}`);
  const sources = await readPullRequestSources(ctx, octokit, plan, pr.headSha);
  let filesByPath = new Map(prFiles.map((file) => [file.path, file]));
  const changedFilter = (path) => lineSet(filesByPath.get(path)?.addedLines ?? []);
  const focusFilter = plan.focus === "all" ? void 0 : changedFilter;
  const writes = new WriteAccess();
  let sortMode = plan.sort;
  let headSha = pr.headSha;
  const appendix = [];
  if (sortMode === "commit") {
    const outcome = await commitSortedFiles(ctx, octokit, pr, plan, sources, writes, changedFilter);
    headSha = outcome.headSha;
    if (outcome.refused) sortMode = "suggest";
    if (outcome.committed.length > 0) {
      prFiles = await listPullRequestFiles(octokit, prRef);
      filesByPath = new Map(prFiles.map((file) => [file.path, file]));
      for (const { path, sha } of outcome.committed) {
        appendix.push(renderSortCommitted(path, sha, langOf(ctx, sources.get(path))));
      }
    }
  }
  const { analyzed, own, preexisting, withLinks } = await judgeFiles(ctx, plan, sources, changedFilter);
  if (sortMode === "suggest") appendix.push(...sortDiffs(analyzed, own, ctx.config, ctx.now, plan.sortForkFallback, focusFilter));
  const commentLang = runLang(ctx, analyzed[0]?.source);
  const lineUrl = lineLinker({
    serverUrl: ctx.serverUrl,
    ...ctx.repo,
    sha: headSha,
    pullRequest: { number: pr.number, isChanged: (path, line) => changedFilter(path)(line) }
  });
  const counts = countFindings(own);
  setCountOutputs(ctx.outputs, counts);
  const annotations = emitAnnotations(own, { newFirst: (path, line) => changedFilter(path)(line) });
  let suggested = 0;
  if (plan.suggestions && !writes.denied) {
    const suggestions = analyzed.flatMap((file, index) => {
      const report = own[index];
      return buildLineSuggestions(file, report.diagnostics, report.links, changedFilter(file.path));
    });
    suggested = await postSuggestions(octokit, prRef, headSha, filesByPath, suggestions, commentLang, writes);
  }
  const hints = nextSteps(commentLang, { suggested, fixable: counts.fixable, isSameRepo: pr.isSameRepo, paths });
  await writeJobSummary(
    renderJobSummary(own, { lang: commentLang, preexisting, lineUrl, annotations, withLinks, appendix, hints, notes: [configNote(commentLang)] })
  );
  await writeReportFile(
    ctx.outputs,
    buildPublishedReport(own, preexisting, withLinks, { lang: commentLang, pullRequest: { number: pr.number, headSha } })
  );
  if (plan.comment) {
    const url = await writes.attempt(
      "posting the pull request comment",
      () => publishPullRequestComment(octokit, ctx.repo, pr.number, { lang: commentLang, files: own, preexisting, withLinks, lineUrl, appendix, hints })
    );
    if (url) ctx.outputs.set("comment-url", url);
  }
  return exitCodeFor(counts, plan.failOn);
}
function sortDiffs(analyzed, own, config, now, forkFallback, changedFilter) {
  const blocks = [];
  analyzed.forEach((file, index) => {
    if (!own[index].diagnostics.some((d) => ROW_ORDER_RULE_IDS.includes(d.rule))) return;
    const sorted = sortSource(file.source, config, file.lang, now, changedFilter?.(file.path));
    if (sorted === file.source) return;
    const forkNote = forkFallback ? sortForkNote(file.lang) : void 0;
    blocks.push(sortDiffBlock(file.path, file.source, sorted, file.lang, forkNote, changedFilter !== void 0));
  });
  return blocks;
}
async function postSuggestions(octokit, prRef, headSha, filesByPath, suggestions, lang, writes) {
  if (suggestions.length === 0) return 0;
  const diffHunks = new Map([...filesByPath].map(([path, file]) => [path, file.hunks]));
  const result = await writes.attempt(
    "posting review suggestions",
    () => postReviewSuggestions(octokit, {
      ...prRef,
      commitId: headSha,
      diffHunks,
      suggestions,
      reviewBody: renderReviewBody(lang)
    })
  );
  if (result) {
    info(
      `tracker-bot: suggestions: ${result.posted} posted, ${result.skippedDuplicate} already posted, ${result.skippedOutsideDiff} outside the diff, ${result.skippedOverLimit} over the limit, ${result.failed} refused`
    );
  }
  return result ? result.posted + result.skippedDuplicate : 0;
}
function nextSteps(lang, facts) {
  return renderNextSteps(lang, { ...facts, command: localFixCommand(facts.paths) });
}
export {
  nextSteps,
  runPullRequest
};
