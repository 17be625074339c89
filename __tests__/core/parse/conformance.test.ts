// Conformance suite: one fixture per rule of the GFM spec that decides where tables are (tables,
// block structure, links), written for this project. Each `__tests__/fixtures/conformance/*.md`
// has its expected model (sections, tables, and the URL of every valid link cell with its raw
// source range) in `<name>.expected.json`, and must agree with remark-gfm on every table, section
// and link URL. UPDATE_FIXTURES=1 rewrites the expected files (read them before committing).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Link, Nodes, Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { parseLinkCell, parseTracker } from '../../../src/core/parse/index.js';
import type { Tracker } from '../../../src/core/types.js';
import { describeTracker, type DescribedTracker } from './describe-model.js';
import { modelTables, remarkTables } from './remark-oracle.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'conformance');

interface LinkCellFact {
  line: number;
  cell: number;
  url: string;
  /** The source text of the recorded URL range. */
  raw: string;
}

function linkCells(tracker: Tracker): LinkCellFact[] {
  const facts: LinkCellFact[] = [];
  for (const section of tracker.sections) {
    for (const table of section.tables) {
      for (const row of table.rows) {
        row.cells.forEach((cell, index) => {
          const result = parseLinkCell(cell, tracker.source);
          if (result.ok) {
            facts.push({ line: row.line, cell: index, url: result.value.url, raw: tracker.source.slice(result.value.urlStart, result.value.urlEnd) });
          }
        });
      }
    }
  }
  return facts;
}

/** remark's links that are the only link in a table cell: line, URL. */
function remarkCellLinks(source: string): { line: number; url: string }[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(source) as Root;
  const found: { line: number; url: string }[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === 'tableCell') {
      const links = node.children.filter((child): child is Link => child.type === 'link');
      if (links.length === 1) found.push({ line: links[0]!.position!.start.line, url: links[0]!.url });
      return;
    }
    if ('children' in node) (node.children as Nodes[]).forEach(visit);
  };
  visit(tree);
  return found;
}

const files = readdirSync(DIR).filter((name) => name.endsWith('.md'));

test('the suite has one fixture per rule', () => expect(files.length).toBeGreaterThanOrEqual(20));

describe.each(files)('%s', (name) => {
  const source = readFileSync(join(DIR, name), 'utf8');
  const tracker = parseTracker(source);

  test('matches its expected model', () => {
    const expectedPath = join(DIR, name.replace(/\.md$/, '.expected.json'));
    const actual = { ...describeTracker(tracker), links: linkCells(tracker) };
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
    const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as DescribedTracker & { links: LinkCellFact[] };
    expect(actual).toEqual(expected);
  });

  test('agrees with remark-gfm on tables, sections and link URLs', () => {
    expect(modelTables(tracker)).toEqual(remarkTables(source));
    const ours = linkCells(tracker).map(({ line, url }) => ({ line, url }));
    const theirs = remarkCellLinks(source).filter((link) => link.url.startsWith('http'));
    expect(ours).toEqual(theirs);
  });
});
