import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectLang, format, languageCounts } from '../../src/core/i18n.js';
import { runs } from '../support/properties.js';

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

describe('languageCounts', () => {
  /** The reading it stands for: line by line, character by character, word by word. */
  function perLine(source: string) {
    const sample = source.length > 200_000 ? source.slice(0, 200_000) : source;
    let han = 0;
    let words = 0;
    let kanaOrHangul = 0;
    let fenced = false;
    for (const raw of sample.split('\n')) {
      if (/^\s*(```|~~~)/.test(raw)) fenced = !fenced;
      if (fenced) continue;
      const line = raw
        .replace(/`[^`]*`/g, ' ')
        .replace(/!\[[^[\]]*\]\([^()\s]*\)/g, ' ')
        .replace(/\]\([^()\s]*\)/g, ']')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/<[^<>]*>/g, ' ');
      const weight = /^\s*\|/.test(line) ? 1 : 3;
      for (let i = 0; i < line.length; i++) {
        const code = line.charCodeAt(i);
        if (code < 0x3040) continue;
        if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)) han += weight;
        else if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0xac00 && code <= 0xd7af)) kanaOrHangul += weight;
      }
      for (const word of line.match(/[A-Za-z][A-Za-z0-9'-]*/g) ?? []) if (!(/\d/.test(word) || /.[A-Z]/.test(word))) words += weight;
    }
    return { han, words, kanaOrHangul };
  }

  it('counts as a line-by-line reading does (fixed seed)', () => {
    const pieces = ['\n', '\r\n', ' ', '|', '`', '```', '~~~', '![', '[', ']', '(', ')', ']()', '](x)', 'https://a.b/c', 'http:', '<', '>', '<b>', 'word', 'Word', 'GPT-4', "don't", '-', "'", '4', 'a', 'Z', 'x1', '中文', '㐀', '豈', 'の', 'カ', '한', '\uD83D\uDE00'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 80 }), (parts) => {
        const source = parts.join('');
        expect(languageCounts(source)).toEqual(perLine(source));
      }),
      runs(10_000),
    );
  });

  it('reads only the first 200,000 characters', () => {
    const source = '中'.repeat(199_999) + '\nword '.repeat(10);
    expect(languageCounts(source)).toEqual(perLine(source));
    expect(languageCounts(source).words).toBe(0);
  });
});

describe('format', () => {
  it('fills placeholders and keeps unknown ones', () => {
    expect(format({ en: '{a} and {b}', zh: '{a}和{b}' }, 'zh', { a: 1 })).toBe('1和{b}');
  });
});
