// Link cell values, URL ids: a tracker's canonical URLs interned as small integers with a count each,
// for finding repeated entries (inferDuplicateScope, duplicate-link), so that only URLs listed more than
// once cost those consumers any work. The table hashes each canonical URL where it lies (UrlColumn), so
// it keeps no string per URL.
import type { Table, Tracker } from '../types.js';
import { urlsOf, type UrlColumn } from './link.js';
import { wholeColumn } from './memo.js';

/**
 * Probes past which a lookup gives up on hashing (URLs crafted to collide, or a cluster no real
 * tracker makes) and the table moves to a Map keyed by the canonical URLs, as TextGrouping does.
 */
const MAX_PROBES = 64;

/**
 * Source length (UTF-16 code units) from which a tracker's URL ids are hashed by UrlIdTable; a shorter
 * tracker keys them by canonical URL in a Map from the start. The hash loop pays only once it is
 * optimised, which a short run never gets to (the CLI turns TurboFan off below 2M code units,
 * src/cli/v8-tuning.ts): at 10k rows (1.7M code units) hashing took 13.6 ms of a 0.35 s check, where
 * V8 hashes the Map's keys natively; and the Map's memory matters only on large trackers.
 */
export const HASHED_FROM_CHARS = 2_000_000;

/**
 * The canonical URLs of a tracker's interned columns as ids 0, 1, 2… in order of first sight, with how
 * many cells carry each. An open-addressing table (`slots`, at most half full) of ids keyed by
 * UrlColumn.canonicalHash; a hit is confirmed by comparing the two canonical URLs, made from their
 * rows (the first row seen with an id is kept as its column and row index). Nothing is kept per URL
 * but five integers in typed arrays, outside the JavaScript heap: a Map of canonical URL strings was
 * about 9 MB of heap at 100k rows, with its copies as it grew, and a slice of the source per URL.
 * A short tracker, or one whose URLs collide, is interned through that Map instead (byCanonical).
 */
export class UrlIdTable {
  /**
   * `keyedByText`: use the Map from the start (a short tracker: HASHED_FROM_CHARS). `maxProbes` and
   * `hashOf` are MAX_PROBES and UrlColumn.canonicalHash but in tests, which make the table reach its
   * Map, or hashes collide.
   */
  constructor(
    keyedByText = false,
    private readonly maxProbes = MAX_PROBES,
    private readonly hashOf = (urls: UrlColumn, r: number): number => urls.canonicalHash(r),
  ) {
    if (keyedByText) this.byCanonical = new Map();
  }

  private slots = new Int32Array(1 << 10);
  private hashes = new Int32Array(1 << 9);
  private columnOfId = new Int32Array(1 << 9);
  private rowOfId = new Int32Array(1 << 9);
  /** counts[id]: how many cells of the interned columns carry the URL (entries past `size` are 0). */
  counts = new Int32Array(1 << 9);
  size = 0;
  private readonly columns: UrlColumn[] = [];
  /** After too many probes: every id by its canonical URL. */
  private byCanonical: Map<string, number> | undefined = undefined;

  /** True once the table has moved to a Map (for tests). */
  get keyedByText(): boolean {
    return this.byCanonical !== undefined;
  }

  /** Interns every row's canonical URL; returns the rows' ids (-1 where urlsOf has no analysis). */
  intern(urls: UrlColumn): Int32Array {
    const columnIndex = this.columns.push(urls) - 1;
    const ids = new Int32Array(urls.length).fill(-1);
    this.reserve(this.size + urls.length);
    for (let r = 0; r < ids.length; r++) {
      if (!urls.isHttp(r)) continue;
      const id = this.idOf(urls, columnIndex, r);
      this.counts[id]!++;
      ids[r] = id;
    }
    return ids;
  }

  private idOf(urls: UrlColumn, columnIndex: number, r: number): number {
    if (this.byCanonical) return this.idByCanonical(urls.canonicalAt(r)!, 0, columnIndex, r);
    const hash = this.hashOf(urls, r);
    const mask = this.slots.length - 1;
    let canonical: string | undefined;
    for (let i = hash & mask, probes = 0; ; i = (i + 1) & mask, probes++) {
      const entry = this.slots[i]!;
      if (entry === 0) {
        const id = this.add(hash, columnIndex, r);
        this.slots[i] = id + 1;
        return id;
      }
      const id = entry - 1;
      if (this.hashes[id] === hash) {
        canonical ??= urls.canonicalAt(r)!;
        if (this.canonicalOf(id) === canonical) return id;
      }
      if (probes >= this.maxProbes) {
        this.byCanonical = new Map();
        for (let known = 0; known < this.size; known++) this.byCanonical.set(this.canonicalOf(known), known);
        return this.idByCanonical(canonical ?? urls.canonicalAt(r)!, hash, columnIndex, r);
      }
    }
  }

  private idByCanonical(canonical: string, hash: number, columnIndex: number, r: number): number {
    let id = this.byCanonical!.get(canonical);
    if (id === undefined) {
      id = this.add(hash, columnIndex, r);
      this.byCanonical!.set(canonical, id);
    }
    return id;
  }

  private canonicalOf(id: number): string {
    return this.columns[this.columnOfId[id]!]!.canonicalAt(this.rowOfId[id]!)!;
  }

  /**
   * Makes room for `ids` ids in all (this column's rows are an upper bound on its new ones), in one
   * step: each typed array grown by doubling was also a copy of it in fresh memory, which costs
   * about 3 ms a MB here in page faults.
   */
  private reserve(ids: number): void {
    if (ids > this.counts.length) this.counts = grownTo(this.counts, capacityFor(ids, this.counts.length));
    // Keyed by text, the table needs nothing but the counts.
    if (this.byCanonical !== undefined) return;
    if (ids > this.hashes.length) {
      const capacity = capacityFor(ids, this.hashes.length);
      this.hashes = grownTo(this.hashes, capacity);
      this.columnOfId = grownTo(this.columnOfId, capacity);
      this.rowOfId = grownTo(this.rowOfId, capacity);
    }
    if (2 * ids > this.slots.length) this.rehash(capacityFor(2 * ids, this.slots.length));
  }

  private add(hash: number, columnIndex: number, r: number): number {
    const id = this.size++;
    if (this.byCanonical === undefined) {
      this.hashes[id] = hash;
      this.columnOfId[id] = columnIndex;
      this.rowOfId[id] = r;
    }
    return id;
  }

  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity);
    const mask = capacity - 1;
    for (let id = 0; id < this.size; id++) {
      let i = this.hashes[id]! & mask;
      while (slots[i] !== 0) i = (i + 1) & mask;
      slots[i] = id + 1;
    }
    this.slots = slots;
  }
}

/** The smallest power-of-two multiple of `capacity` that holds `needed`. */
function capacityFor(needed: number, capacity: number): number {
  while (capacity < needed) capacity *= 2;
  return capacity;
}

function grownTo(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(length);
  bigger.set(array);
  return bigger;
}

const urlIdTables = new WeakMap<Tracker, UrlIdTable>();
const URL_ID = {};

function urlIdTableOf(tracker: Tracker): UrlIdTable {
  let table = urlIdTables.get(tracker);
  if (!table) {
    table = new UrlIdTable(tracker.source.length < HASHED_FROM_CHARS);
    urlIdTables.set(tracker, table);
  }
  return table;
}

/**
 * The canonical URL id of each body row's link at cellIndex: two cells of the tracker's interned
 * columns have the same id exactly when their links have the same canonical URL (urlsOf); -1 for
 * an invalid link cell, a non-http(s) URL or a row too short to have the cell. Interned once per
 * column (memoised); a consumer then keys its own maps by these ids, and only for URLs that
 * urlIdCounts says repeat.
 */
export function urlIdsOf(tracker: Tracker, table: Table, cellIndex: number): Int32Array {
  return wholeColumn(tracker, URL_ID, table, cellIndex, () => urlIdTableOf(tracker).intern(urlsOf(tracker, table, cellIndex)));
}

/**
 * For each canonical URL id (urlIdsOf), how many cells of the tracker's interned columns carry it.
 * A count is the total over every column interned so far, by any consumer: intern all the columns
 * you compare first, then ask for the counts (interning more may replace the array as it grows). A
 * URL counted once is then listed once among those columns and cannot repeat; a higher count is only
 * an upper bound for a subset of them.
 */
export function urlIdCounts(tracker: Tracker): Int32Array {
  return urlIdTableOf(tracker).counts;
}
