// `tracker-bot add URL`: fetches the page through the link engine (same guard, politeness and
// verdicts as `check --links`), builds a row from its facts in the table's schema and style, and
// inserts it at its sorted place: written atomically, or printed as a diff with --dry-run.
import { parseSource, resolveLang } from '../app/analyze.js';
import { addRow, AddRowError, findListed } from '../core/add-row.js';
import { format, type Messages } from '../core/i18n.js';
import { describeReason } from '../core/reasons.js';
import { resolveSchema } from '../core/schema.js';
import type { Lang, LinkVerdict, PageFacts } from '../core/types.js';
import { analyzeUrl } from '../core/url/canonicalize.js';
import { writeFileAtomic } from '../io/write-atomic.js';
import { EXIT_FINDINGS, EXIT_OK, UsageError } from './errors.js';
import { loadInputs } from './load-files.js';

export interface AddOptions {
  file?: string;
  section?: string;
  set: string[];
  dryRun?: boolean;
  force?: boolean;
  config?: string;
  lang?: Lang;
  allowPrivateHosts?: boolean;
}

const messages: Record<string, Messages> = {
  listed: { en: '{url} is already listed at {path}:{line} ("{title}")', zh: '{url} 已收录于 {path}:{line}（“{title}”）' },
  refused: {
    en: 'not added: {reason}; check the URL, or add it anyway with --force',
    zh: '未添加：{reason}；请核对 URL，或用 --force 强制添加',
  },
  added: { en: '{path}:{line}: added to {section}', zh: '{path}:{line}：已添加到“{section}”' },
  wouldAdd: { en: '{path}:{line}: would be added to {section}', zh: '{path}:{line}：将添加到“{section}”' },
  forced: { en: 'warning: {reason}; added because of --force', zh: '警告：{reason}；因 --force 仍然添加' },
};

function parseSets(sets: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of sets) {
    const at = item.indexOf('=');
    if (at <= 0) throw new UsageError(`--set ${JSON.stringify(item)}: expected COLUMN=VALUE`);
    out[item.slice(0, at).trim()] = item.slice(at + 1);
  }
  return out;
}

export async function runAdd(url: string, options: AddOptions): Promise<number> {
  const analysis = analyzeUrl(url.trim());
  if (!analysis || !/^https?:\/\//i.test(analysis.cleaned)) throw new UsageError(`${url}: not an http(s) URL`);
  const sets = parseSets(options.set);
  const { config, files } = await loadInputs(options.file ? [options.file] : [], options.config);
  const file = files[0]!;
  if (options.allowPrivateHosts) config.links.allowPrivateHosts = true;
  const lang = resolveLang(file.source, config, options.lang);
  const tracker = parseSource(file.path, file.source, { config, lang }).tracker;
  const schema = resolveSchema(config, tracker);

  const listedBefore = findListed(tracker, schema, analysis.cleaned);
  if (listedBefore) {
    process.stderr.write(`tracker-bot: ${format(messages.listed!, lang, { url: analysis.cleaned, path: file.path, line: listedBefore.line, title: listedBefore.title })}\n`);
    return EXIT_FINDINGS;
  }

  // The section and the --set columns are checked before any request goes out.
  const rowFor = (url: string, facts: PageFacts) => {
    try {
      return addRow(file.source, schema, { url, facts, sets, lang, ...(options.section !== undefined ? { section: options.section } : {}) });
    } catch (e) {
      if (e instanceof AddRowError) throw new UsageError(e.message);
      throw e;
    }
  };
  rowFor(analysis.cleaned, {});

  const { checkLinks } = await import('../links/index.js');
  const results = await checkLinks([analysis.cleaned], { ...config.links, factsBytes: config.links.factsBytes || 1_048_576 }, { facts: true });
  const verdict = [...results.values()][0] as LinkVerdict;
  const usable = verdict.verdict === 'alive' || verdict.verdict === 'redirected';
  const params = { reason: describeReason(verdict.reason, lang) };
  if (!usable && !options.force) {
    process.stderr.write(`tracker-bot: ${format(messages.refused!, lang, params)}\n`);
    return EXIT_FINDINGS;
  }
  if (!usable) process.stderr.write(`tracker-bot: ${format(messages.forced!, lang, params)}\n`);

  // A permanent redirect lists where the page now lives.
  const target = verdict.verdict === 'redirected' && verdict.finalUrl ? (analyzeUrl(verdict.finalUrl)?.cleaned ?? analysis.cleaned) : analysis.cleaned;
  if (target !== analysis.cleaned) {
    const listed = findListed(tracker, schema, target);
    if (listed) {
      process.stderr.write(`tracker-bot: ${format(messages.listed!, lang, { url: target, path: file.path, line: listed.line, title: listed.title })}\n`);
      return EXIT_FINDINGS;
    }
  }

  const result = rowFor(target, verdict.facts ?? {});
  for (const line of result.missing) process.stderr.write(`tracker-bot: ${line}\n`);
  const where = { path: file.path, line: result.line, section: result.section ?? '(top)' };
  if (options.dryRun) {
    const { createTwoFilesPatch } = await import('diff');
    process.stdout.write(createTwoFilesPatch(`a/${file.path}`, `b/${file.path}`, file.source, result.output, '', '', { context: 1 }));
    process.stderr.write(`${format(messages.wouldAdd!, lang, where)}\n`);
    return EXIT_OK;
  }
  await writeFileAtomic(file.path, result.output);
  process.stderr.write(`${format(messages.added!, lang, where)}\n`);
  return EXIT_OK;
}
