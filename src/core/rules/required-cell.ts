// Rule required-cell: a required column's cell is not empty. Text columns are optional unless the
// schema says otherwise; a cell missing from a short row is cell-count's finding, not this one's.
import type { Rule } from '../rule.js';
import { tableColumns, tablesOf } from '../values/columns.js';

const messages = {
  empty: { en: 'Unexpected empty cell, expected a value for "{column}"', zh: '“{column}”不能为空' },
};

const rule: Rule = {
  id: 'required-cell',
  description: { en: 'Required columns have a value in every row', zh: '必填列的每一行都须有值' },
  defaultSeverity: 'error',
  fixable: false,
  check(ctx) {
    for (const { section, table } of tablesOf(ctx.tracker)) {
      const required = tableColumns(table, ctx.schema)
        .byCell.map((column, cellIndex) => ({ column, cellIndex }))
        .filter((entry) => entry.column?.required);
      if (required.length === 0) continue;
      for (const row of table.rows) {
        for (const { column, cellIndex } of required) {
          const cell = row.cells[cellIndex];
          if (!cell || cell.text !== '') continue;
          ctx.report({ span: cell.span, section, message: ctx.t(messages.empty, { column: column!.name }) });
        }
      }
    }
  },
};

export default rule;
