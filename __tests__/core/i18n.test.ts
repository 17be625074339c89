import { describe, expect, it } from 'vitest';
import { detectLang, format } from '../../src/core/i18n.js';

describe('detectLang', () => {
  it('reads a Chinese tracker as zh even with long Latin URLs', () => {
    const row = '|[ChatGPT数据集之谜](https://mp.weixin.qq.com/s/9vOc-OyqvzrO_w5LApurbg?aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=1)|OneFlow公众号|2023\\-02\\-14|本文作者整理分析了相关信息。|⭐⭐⭐|❗❗||\n';
    expect(detectLang('# 资料汇总\n\n' + row.repeat(5))).toBe('zh');
  });
  it('reads an English list as en', () => {
    expect(detectLang('# Awesome things\n\n| [Thing](https://x.test) | A very useful library for parsing |\n')).toBe('en');
  });
  it('weighs headings and prose over table titles, and not model names', () => {
    const source = [
      '# 大模型推理论文',
      '',
      '本页收录推理加速方向的论文，按发布时间排序。',
      '',
      '| 资料链接 | 内容概述 |',
      '|---|---|',
      '| [Faster Serving with Paged Caches for Large Models](https://a.example/) | vLLM, GPT-4, LLaMA-2 |',
      '| [Speculative Decoding with a Small Draft Model](https://b.example/) | T5-XL, mT5 |',
      '| [Quantized Kernels That Keep Accuracy](https://c.example/) | AWQ, GPTQ |',
    ].join('\n');
    expect(detectLang(source)).toBe('zh');
  });
  it('does not read Japanese (Han with kana) as Chinese', () => {
    expect(detectLang('# 日本語の言語モデル\n\n日本語で学習されたモデルの一覧です。\n')).toBe('en');
  });
  it('counts Han characters from the CJK extension A block', () => {
    expect(detectLang('㐀㐁㐂 abc')).toBe('zh');
  });
});

describe('format', () => {
  it('fills placeholders and keeps unknown ones', () => {
    expect(format({ en: '{a} and {b}', zh: '{a}和{b}' }, 'zh', { a: 1 })).toBe('1和{b}');
  });
});
