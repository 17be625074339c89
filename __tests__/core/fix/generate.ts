// Seed-format tracker generator for the property tests and the size measurements: every quirk of
// the real tracker (escaped and unpadded dates, ⭐️ with variation selectors, short rows, WeChat
// session and tracking parameters, Bilibili share parameters, CRLF, BOM, no final newline).
import fc from 'fast-check';

export const HEADER = '|资料链接|来源|发布时间点|内容概述|整体推荐指数|技术难度指数|备注|';
export const DELIMITER = '| :-----| :-----| :-----| :-----| :-----| :-----| :-----|';

export type LinkKind = 'bilibili' | 'wechat-long' | 'wechat-short' | 'github' | 'zhihu';

export interface RowSpec {
  title: string;
  link: LinkKind;
  tracking: boolean;
  secret: boolean;
  source: string;
  y: number;
  m: number;
  d: number;
  padded: boolean;
  escaped: boolean;
  stars: number;
  starSelectors: boolean;
  starSpaces: boolean;
  difficulty: number;
  note: string;
  shortRow: boolean;
  spaced: boolean;
}

export interface TrackerSpec {
  bom: boolean;
  crlf: boolean;
  finalNewline: boolean;
  sections: RowSpec[][];
}

const TITLES = ['GPT 论文精读', 'InstructGPT 详解', 'ChatGPT数据集之谜', 'In\\-Context Learning玩法大全', 'RLHF 入门', '\\[DLHLP 2020\\] GPT\\-3'];
const SOURCES = ['李沐', '机器之心公众号', '知乎', 'Hugging Face', ''];
const NOTES = ['', '', '', '必读', '含代码'];

function url(row: RowSpec, id: number): string {
  const hex = id.toString(16).padStart(8, '0');
  switch (row.link) {
    case 'bilibili':
      return `https://www.bilibili.com/video/BV1${hex}/${row.tracking ? '?spm_id_from=333.999.0.0&vd_source=087bfe4f' : ''}`;
    case 'wechat-short':
      return `https://mp.weixin.qq.com/s/${hex}AbC-dEf_${hex}`;
    case 'wechat-long': {
      let q = `__biz=MzA3MzI4MjgzMw==&mid=${2650000000 + id}&idx=1&sn=${hex}`;
      if (row.tracking) q += '&chksm=84e53bc9b392&scene=21';
      if (row.secret) q += '&key=1585488e67d6&uin=MTkwNzA5OTA4Mw%3D%3D&pass_ticket=ltFO%2BMT%3D%3D';
      return `https://mp.weixin.qq.com/s?${q}${row.tracking ? '#wechat_redirect' : ''}`;
    }
    case 'github':
      return `https://github.com/owner/repo-${hex}${row.tracking ? '?utm_source=newsletter' : ''}`;
    case 'zhihu':
      return `https://zhuanlan.zhihu.com/p/${id}${row.tracking ? '?utm_psn=1' : ''}`;
  }
}

export function renderRow(row: RowSpec, id: number): string {
  const pad = (n: number) => (row.padded ? String(n).padStart(2, '0') : String(n));
  const hyphen = row.escaped ? '\\-' : '-';
  const date = `${row.y}${hyphen}${pad(row.m)}${hyphen}${pad(row.d)}`;
  const star = row.starSelectors ? '⭐️' : '⭐';
  const stars = Array.from({ length: row.stars }, () => star).join(row.starSpaces ? ' ' : '');
  const cells = [
    `[${row.title} #${id}](${url(row, id)})`,
    row.source,
    date,
    `第 ${id} 条的**概述**`,
    stars,
    '❗'.repeat(row.difficulty),
    row.note,
  ];
  if (row.shortRow) cells.pop();
  return row.spaced ? `| ${cells.join(' | ')} |` : `|${cells.join('|')}|`;
}

export function renderTracker(spec: TrackerSpec): string {
  const lines = ['# ChatGPT 技术/市场资料汇总', '', '>此页面持续追踪ChatGPT相关的技术资料和行业进展。', ''];
  let id = 1;
  spec.sections.forEach((rows, s) => {
    lines.push(`## 分类 ${s + 1}`, HEADER, DELIMITER);
    for (const row of rows) lines.push(renderRow(row, id++));
    if (s < spec.sections.length - 1) lines.push('');
  });
  const eol = spec.crlf ? '\r\n' : '\n';
  return (spec.bom ? '\uFEFF' : '') + lines.join(eol) + (spec.finalNewline ? eol : '');
}

export const rowArb: fc.Arbitrary<RowSpec> = fc.record({
  title: fc.constantFrom(...TITLES),
  link: fc.constantFrom<LinkKind>('bilibili', 'wechat-long', 'wechat-short', 'github', 'zhihu'),
  tracking: fc.boolean(),
  secret: fc.boolean(),
  source: fc.constantFrom(...SOURCES),
  y: fc.integer({ min: 2019, max: 2025 }),
  m: fc.integer({ min: 1, max: 12 }),
  d: fc.integer({ min: 1, max: 28 }),
  padded: fc.boolean(),
  escaped: fc.boolean(),
  stars: fc.integer({ min: 1, max: 5 }),
  starSelectors: fc.boolean(),
  starSpaces: fc.boolean(),
  difficulty: fc.integer({ min: 1, max: 3 }),
  note: fc.constantFrom(...NOTES),
  shortRow: fc.boolean(),
  spaced: fc.boolean(),
});

export const trackerArb: fc.Arbitrary<TrackerSpec> = fc.record({
  bom: fc.boolean(),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
  sections: fc.array(fc.array(rowArb, { maxLength: 8 }), { minLength: 1, maxLength: 3 }),
});

/** A deterministic large tracker (for size measurements), `rows` rows over ten sections. */
export function largeTracker(rows: number): string {
  const sample = fc.sample(rowArb, { numRuns: rows, seed: 42 });
  const perSection = Math.ceil(rows / 10);
  const sections: RowSpec[][] = [];
  for (let i = 0; i < rows; i += perSection) sections.push(sample.slice(i, i + perSection));
  return renderTracker({ bom: false, crlf: false, finalNewline: true, sections });
}
