// Rule table-header: every entry table's header names the schema's columns, each once, in schema
// order. Tables that name none of the columns (legends, changelogs) are not entry tables and are left alone.
import type { Rule } from '../rule.js';
import { columnIndexForHeader } from '../schema.js';
import { tableColumns, tablesOf } from '../values/columns.js';

const messages = {
  renamed: { en: 'Unexpected column "{actual}", expected "{expected}"', zh: '列名“{actual}”不符，应为“{expected}”' },
  extra: { en: 'Unexpected column "{actual}", expected none here', zh: '多余的列“{actual}”' },
  repeated: { en: 'Unexpected repeated column "{actual}"', zh: '列“{actual}”重复' },
  missing: { en: 'Missing column "{expected}"', zh: '缺少列“{expected}”' },
  order: {
    en: 'Unexpected column order "{actual}", expected "{expected}"',
    zh: '列顺序为“{actual}”，应为“{expected}”',
  },
};

const rule: Rule = {
  id: 'table-header',
  description: {
    en: 'Table headers name the schema columns, each once, in order',
    zh: '表头须与列定义一致：列名、数量与顺序',
  },
  defaultSeverity: 'error',
  fixable: false,
  check(ctx) {
    const { schema } = ctx;
    for (const { section, table } of tablesOf(ctx.tracker)) {
      const { byCell, cellOf } = tableColumns(table, schema);
      // A table that names none of the schema's columns (a legend, a changelog) is not an entry table.
      if (byCell.every((column) => column === null)) continue;
      const headerSpan = table.header.span;
      const missing = schema.columns.filter((_, i) => cellOf[i] === -1);
      const unmatched = table.header.cells.filter((cell, i) => byCell[i] === null);
      const repeated = unmatched.filter((cell) => columnIndexForHeader(schema, cell.text) >= 0);
      const unknown = unmatched.filter((cell) => !repeated.includes(cell));
      const renames = unknown.length === missing.length;
      for (const cell of repeated) {
        ctx.report({ span: cell.span, section, message: ctx.t(messages.repeated, { actual: cell.text }) });
      }
      unknown.forEach((cell, i) => {
        const expected = missing[i];
        let message: string;
        if (renames && expected) message = ctx.t(messages.renamed, { actual: cell.text, expected: expected.name });
        else message = ctx.t(messages.extra, { actual: cell.text });
        ctx.report({ span: cell.span, section, message, ...(renames && expected ? { expected: expected.name } : {}) });
      });
      if (!renames) {
        for (const column of missing) {
          ctx.report({ span: headerSpan, section, message: ctx.t(messages.missing, { expected: column.name }) });
        }
      }
      const present = byCell.filter((c) => c !== null).map((c) => c.name);
      const inSchemaOrder = schema.columns.map((c) => c.name).filter((name) => present.includes(name));
      if (present.join('|') !== inSchemaOrder.join('|')) {
        ctx.report({
          span: headerSpan,
          section,
          message: ctx.t(messages.order, { actual: present.join(' | '), expected: inSchemaOrder.join(' | ') }),
          expected: inSchemaOrder.join(' | '),
        });
      }
    }
  },
};

export default rule;
