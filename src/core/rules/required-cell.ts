// Rule required-cell: a required column has a value in every row. Placeholders (`-`, `N/A`, `无`)
// count as empty. A short row missing required cells is reported here once, not by cell-count.
// Text columns are optional unless the schema says otherwise.
import type { Rule } from '../rule.js';
import { isBlankAt } from '../schema.js';
import { boundTablesOf, columnLabel } from '../values/columns.js';

const messages = {
  empty: { en: 'Unexpected empty cell, expected a value for "{column}"', zh: '“{column}”不能为空' },
  missing: { en: 'Missing cells for {columns}, expected a value in each', zh: '本行缺少{columns}的单元格' },
};

const rule: Rule = {
  id: 'required-cell',
  description: { en: 'Required columns have a value in every row', zh: '必填列的每一行都须有值' },
  defaultSeverity: 'error',
  fixable: false,
  scope: 'row',
  check(ctx) {
    for (const { section, table, bound } of boundTablesOf(ctx.tracker, ctx.schema)) {
      const required = bound.byCell.map((column, cellIndex) => ({ column, cellIndex })).filter((entry) => entry.column?.required);
      if (required.length === 0) continue;
      // Labels are read from the header only for a finding, not for every row and cell.
      const label = ({ column, cellIndex }: (typeof required)[number]) => columnLabel(table, cellIndex, column);
      const lastRequired = required[required.length - 1]!.cellIndex;
      // Indexed loops and isBlankAt: every cell of every row passes here, and for-of iterators and a
      // cell object each were most of what this rule allocated before its loop was optimized.
      const rows = table.rows;
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!;
        for (let e = 0; e < required.length; e++) {
          const entry = required[e]!;
          if (entry.cellIndex >= row.cellCount || !isBlankAt(ctx.schema, row, entry.cellIndex)) continue;
          ctx.report({ span: row.cell(entry.cellIndex)!.span, section, message: ctx.t(messages.empty, { column: label(entry) }) });
        }
        // A row too short to hold every required cell: one finding names the missing ones.
        if (row.cellCount > lastRequired) continue;
        const absent = required.filter((entry) => entry.cellIndex >= row.cellCount).map(label);
        const columns = absent.map((name) => (ctx.lang === 'zh' ? `“${name}”` : `"${name}"`)).join(ctx.lang === 'zh' ? '、' : ', ');
        ctx.report({ span: row.span, section, message: ctx.t(messages.missing, { columns }) });
      }
    }
  },
};

export default rule;
