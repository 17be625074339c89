// Rule table-header: a table bound to a configured schema names that schema's columns, each once,
// in schema order. A missing optional column is fine (GitHub shows nothing for it); a missing
// required column, a repeated or unknown column, or a different order contradicts the config.
// Tables that match no schema are left alone; inferred schemas (zero config) describe each table
// as it is, so only configured ones are checked here.
import type { Rule } from '../rule.js';
import { normalizeHeaderName } from '../schema.js';
import { boundTablesOf } from '../values/columns.js';

const messages = {
  renamed: { en: 'Unexpected column "{actual}", expected "{expected}"', zh: '列名“{actual}”不符，应为“{expected}”' },
  extra: { en: 'Unexpected column "{actual}", expected none here', zh: '多余的列“{actual}”' },
  repeated: { en: 'Unexpected repeated column "{actual}"', zh: '列“{actual}”重复' },
  missing: { en: 'Missing required column "{expected}"', zh: '缺少必填列“{expected}”' },
  order: {
    en: 'Unexpected column order "{actual}", expected "{expected}"',
    zh: '列顺序为“{actual}”，应为“{expected}”',
  },
};

const rule: Rule = {
  id: 'table-header',
  description: {
    en: 'Table headers match the configured columns: required ones present, each once, in order',
    zh: '表头须与配置的列一致：必填列齐全、不重复、顺序一致',
  },
  defaultSeverity: 'error',
  fixable: false,
  scope: 'table',
  check(ctx) {
    const { schema } = ctx;
    if (schema.origin !== 'config') return;
    for (const { section, table, bound } of boundTablesOf(ctx.tracker, schema)) {
      const { byCell, cellOf } = bound;
      const columns = bound.schema.columns;
      const headerSpan = table.header.span;
      const missing = columns.filter((_, i) => cellOf[i] === -1);
      const unmatched = table.header.cells.filter((_, i) => byCell[i] === null);
      const known = new Set(columns.flatMap((c) => c.names.map(normalizeHeaderName)));
      const repeated = unmatched.filter((cell) => known.has(normalizeHeaderName(cell.text)));
      const unknown = unmatched.filter((cell) => !repeated.includes(cell));
      // As many unknown names as missing columns: read them as renames, in order.
      const renames = unknown.length > 0 && unknown.length === missing.length;
      for (const cell of repeated) {
        ctx.report({ span: cell.span, section, message: ctx.t(messages.repeated, { actual: cell.text }) });
      }
      unknown.forEach((cell, i) => {
        const expected = missing[i];
        const message = renames && expected ? ctx.t(messages.renamed, { actual: cell.text, expected: expected.name }) : ctx.t(messages.extra, { actual: cell.text });
        ctx.report({ span: cell.span, section, message, ...(renames && expected ? { expected: expected.name } : {}) });
      });
      if (!renames) {
        for (const column of missing.filter((c) => c.required)) {
          ctx.report({ span: headerSpan, section, message: ctx.t(messages.missing, { expected: column.name }) });
        }
      }
      const present = byCell.filter((c) => c !== null).map((c) => c.name);
      const inSchemaOrder = columns.map((c) => c.name).filter((name) => present.includes(name));
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
