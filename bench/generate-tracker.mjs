// Bench input: generates a tracker of N rows in the seed's format (Chinese headings and columns,
// sections of a few hundred rows, WeChat/Bilibili/Zhihu links, escaped dates, star ratings and a
// few quirks: padded rows, a missing cell, an empty section, a CRLF-free LF file).
// Usage: node bench/generate-tracker.mjs ROWS [OUT_FILE]   (default OUT_FILE: bench/out/tracker-ROWS.md)
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HEADER = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|';
const DELIMITER = '| :-----| :-----| :-----| :-----| :-----| :-----| :-----|';
const TOPICS = ['技术原理', '技术迭代与追踪', '行业趋势', '行业应用与探索', '行业规范与法律法规', 'openAI发展思考', '业界跟进-同类产品信息'];
const TITLES = ['ChatGPT数据集之谜', 'GPT，GPT\\-2，GPT\\-3 论文精读【论文精读】\\_李沐', '\\[DLHLP 2020\\] 來自獵人暗黑大陸的模型 GPT\\-3', 'InstructGPT 论文精读', '解读 ChatGPT 背后的技术重点：RLHF、IFT、CoT', 'In\\-Context Learning玩法大全', 'nanoGPT库训练小型ChatGPT', '大语言模型成本分析'];
const SOURCES = ['李沐', '李宏毅', '机器之心公众号', '知乎', 'DataFunSummit公众号', 'Hugging Face', 'AINLP', 'PaperWeekly公众号'];
const SUMMARIES = ['台大李宏毅教授的关于**GPT3的介绍视频**。', '沐神对**InstructGPT的论文解读**。', '介绍了从GPT1\\-GPT3、Codex、InstructGPT以及ChatGPT的关键技术点。', '拆解介绍了**ChatGPT**背后使用的各类**重点技术**。'];
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Small deterministic PRNG (mulberry32) so every run benchmarks the same bytes. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateTracker(rows, seed = 42) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const token = (length) => Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
  const url = (i) => {
    const kind = next();
    if (kind < 0.5) return `https://mp.weixin.qq.com/s/${token(22)}`;
    if (kind < 0.65) return `https://mp.weixin.qq.com/s?__biz=MzA3MzI4MjgzMw==&mid=${2650000000 + i}&idx=1&sn=${token(32)}&scene=21#wechat_redirect`;
    if (kind < 0.85) return `https://www.bilibili.com/video/BV${token(10)}/?spm_id_from=333.999.0.0&vd_source=${token(32)}`;
    return `https://zhuanlan.zhihu.com/p/${590000000 + i}`;
  };
  const date = () => {
    const y = 2020 + Math.floor(next() * 4);
    const m = 1 + Math.floor(next() * 12);
    const d = 1 + Math.floor(next() * 28);
    const pad = next() < 0.9;
    const mm = pad ? String(m).padStart(2, '0') : String(m);
    const dd = pad ? String(d).padStart(2, '0') : String(d);
    return next() < 0.95 ? `${y}\\-${mm}\\-${dd}` : `${y}-${mm}-${dd}`;
  };
  const stars = () => (next() < 0.1 ? '⭐️⭐⭐️' : '⭐'.repeat(1 + Math.floor(next() * 5)));
  const level = () => '❗'.repeat(1 + Math.floor(next() * 3));

  const out = ['# ChatGPT 技术/市场资料汇总', '', '>此页面持续追踪ChatGPT相关的技术资料和行业进展。', ''];
  let written = 0;
  let section = 0;
  while (written < rows) {
    const size = Math.min(rows - written, 200 + Math.floor(next() * 300));
    out.push(`## ${TOPICS[section % TOPICS.length]} ${section + 1}`, '', HEADER, DELIMITER);
    for (let i = 0; i < size; i++) {
      const n = written + i;
      const cells = [`[${pick(TITLES)} ${n}](${url(n)})`, pick(SOURCES), date(), pick(SUMMARIES), stars(), level(), ''];
      if (next() < 0.01) cells.pop(); // a row with a missing cell, like seed line 24
      const padded = next() < 0.3;
      out.push(padded ? `| ${cells.join(' | ')} |` : `|${cells.join('|')}|`);
    }
    written += size;
    section++;
    out.push('');
    if (section % 10 === 0) out.push('## 行业趋势 (empty)', HEADER, DELIMITER, '');
  }
  return out.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2]);
  if (!Number.isInteger(rows) || rows <= 0) {
    console.error('usage: node bench/generate-tracker.mjs ROWS [OUT_FILE]');
    process.exit(2);
  }
  const file = process.argv[3] ?? join(dirname(fileURLToPath(import.meta.url)), 'out', `tracker-${rows}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, generateTracker(rows));
  console.log(file);
}
