// The page-facts rules' options and the title threshold's measured examples (README: "How the
// title threshold was chosen"). Pairs are the link text a maintainer wrote and the page's title.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/load.js';
import { lintSource } from '../../../src/core/lint.js';
import { DEFAULT_TITLE_THRESHOLD, titleSimilarity } from '../../../src/core/rules/title-mismatch.js';
import { canonicalizeUrl } from '../../../src/core/url/canonicalize.js';

/** Same page: shortened, prefixed, suffixed, translated or reworded titles. */
export const SAME_PAGE: [string, string][] = [
  ['InstructGPT 论文精读【论文精读】_哔哩哔哩_bilibili', 'InstructGPT 论文精读【论文精读】'],
  ['InstructGPT论文精读', 'InstructGPT 论文精读【论文精读】'],
  ['ChatGPT数据集之谜', 'ChatGPT 数据集之谜：从 GPT-1 到 GPT-3 的训练数据全解析'],
  ['GPT-4 技术报告（中文翻译）', 'GPT-4 Technical Report 中文翻译'],
  ['Scaling Laws for Neural Language Models', '[2001.08361] Scaling Laws for Neural Language Models'],
  ['张俊林：由ChatGPT反思大语言模型（LLM）的技术精要', '由ChatGPT反思大语言模型（LLM）的技术精要'],
  ['OpenAI 官方 ChatGPT 介绍', 'Introducing ChatGPT'],
  ['李沐：InstructGPT 论文精读', 'InstructGPT 论文精读【论文精读】'],
  ['如何评价 ChatGPT？', '如何评价OpenAI的超级对话模型ChatGPT？ - 知乎'],
  ['ChatGPT 背后的 RLHF 技术', '图解 ChatGPT 背后的技术：RLHF 人类反馈强化学习'],
  ['Prompt Engineering 指南', 'Prompt Engineering Guide | 提示工程指南'],
  ['LLaMA 论文解读', 'LLaMA: Open and Efficient Foundation Language Models 论文解读'],
];

/** Wrong page: a different piece, a sign-in wall, a not-found page. */
export const WRONG_PAGE: [string, string][] = [
  ['ChatGPT 数据集之谜', '微软发布 Copilot 新功能'],
  ['Scaling Laws for Neural Language Models', 'Denoising Diffusion Probabilistic Models'],
  ['GPT-4 技术报告', 'Stable Diffusion 入门教程'],
  ['RLHF 详解', 'GitHub - openai/whisper: Robust Speech Recognition via Large-Scale Weak Supervision'],
  ['InstructGPT 论文精读', 'Sign in to your account'],
  ['ChatGPT 的技术原理', '页面不存在'],
  ['大模型训练数据综述', 'OpenAI 发布 GPT-4o'],
];

describe('title-mismatch threshold', () => {
  it.each(SAME_PAGE)('does not fire on "%s" for "%s"', (text, title) => {
    expect(titleSimilarity(text, title)).toBeGreaterThanOrEqual(DEFAULT_TITLE_THRESHOLD);
  });
  it.each(WRONG_PAGE)('fires on "%s" for "%s"', (text, title) => {
    expect(titleSimilarity(text, title)).toBeLessThan(DEFAULT_TITLE_THRESHOLD);
  });
  it('separates the measured sets with a margin on both sides', () => {
    const lowestSame = Math.min(...SAME_PAGE.map(([a, b]) => titleSimilarity(a, b)));
    const highestWrong = Math.max(...WRONG_PAGE.map(([a, b]) => titleSimilarity(a, b)));
    expect(lowestSame).toBeGreaterThan(DEFAULT_TITLE_THRESHOLD + 0.05);
    expect(highestWrong).toBeLessThan(DEFAULT_TITLE_THRESHOLD - 0.05);
  });
});

describe('page-facts rule options', () => {
  it('accepts a severity with options, and options alone turn a rule on', async () => {
    const config = await parseConfig('rules:\n  date-mismatch: { tolerance: 3d }\n  title-mismatch: { threshold: 0.2 }\n');
    expect(config.rules['date-mismatch']).toEqual({ tolerance: '3d' });
    const source = '## A\n|资料链接|来源|发布时间点|\n|---|---|---|\n|[x](https://a.example/)|甲|2023-01-01|\n';
    const pageFacts = new Map([[canonicalizeUrl('https://a.example/'), { title: 'Totally unrelated', published: '2023-01-03' }]]);
    const rules = lintSource(source, { config, now: new Date('2026-01-01'), pageFacts }).diagnostics.map((d) => d.rule);
    expect(rules).toContain('title-mismatch');
    expect(rules).not.toContain('date-mismatch');
  });

  it('runs no page-facts rule without facts, and only those in the second pass', () => {
    const source = '## A\n|资料链接|来源|发布时间点|\n|---|---|---|\n|[x](https://a.example/)|甲|2023-1-1|\n';
    const pageFacts = new Map([[canonicalizeUrl('https://a.example/'), { published: '2023-01-05' }]]);
    expect(lintSource(source, { now: new Date('2026-01-01') }).diagnostics.map((d) => d.rule)).not.toContain('date-mismatch');
    const second = lintSource(source, { now: new Date('2026-01-01'), pageFacts, onlyPageFactRules: true }).diagnostics.map((d) => d.rule);
    expect(second).toEqual(['date-mismatch']);
  });

  it.each([
    ['rules:\n  date-mismatch: { tolerance: 2h }\n', 'rules.date-mismatch: tolerance: expected at least 1d'],
    ['rules:\n  date-mismatch: { within: 2d }\n', 'rules.date-mismatch: unknown option "within" (known: tolerance)'],
    ['rules:\n  title-mismatch: { threshold: 2 }\n', 'rules.title-mismatch: threshold: expected a number from 0 to 1'],
    ['rules:\n  source-mismatch: { suffixes: 公众号 }\n', 'rules.source-mismatch: suffixes: expected a list of strings'],
    ['rules:\n  date-range: { tolerance: 2d }\n', 'rules.date-range: unknown option "tolerance" (this rule takes only severity)'],
  ])('rejects %j with one line', async (yaml, message) => {
    await expect(parseConfig(yaml)).rejects.toThrow(message);
  });
});
