// Bench reference row, the floor for any JS lint tool: one node process that reads the file, splits
// it into lines and runs one regex per table row (its first three cells), counting dated rows.
// Nothing a real linter does costs less. Usage: node bench/floor-lint.mjs FILE
import { readFileSync } from 'node:fs';

const ROW = /^\|([^|]*)\|([^|]*)\|([^|]*)\|/;
const lines = readFileSync(process.argv[2], 'utf8').split('\n');
let rows = 0;
let dated = 0;
for (const line of lines) {
  if (line.charCodeAt(0) !== 124) continue;
  rows++;
  const cells = ROW.exec(line);
  if (cells && /\d/.test(cells[3])) dated++;
}
process.stdout.write(`${JSON.stringify({ lines: lines.length, rows, dated })}\n`);
