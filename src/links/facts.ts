// Page facts: what an alive page says about itself (title, publisher, author, publish date), read
// from the decoded text of its body as it streams in. Sources, best first: the host's quirks
// (host-quirks.ts: WeChat script variables, Bilibili page state, Zhihu author block), JSON-LD,
// Open Graph / article / itemprop meta tags, <time datetime>, then <title> without its site
// suffix. Pure: the probe feeds text chunks; memory stays bounded by a chunk plus a small carry.
import type { PageFacts } from '../core/types.js';
import { stripSiteSuffix } from '../core/values/title.js';
import { hostUtcOffsetMinutes, quirksFor, type FactField, type FactFinder, type FactReading, type HostFactQuirks } from './host-quirks.js';
import { decodeEntities } from './signatures.js';

/** Characters kept between chunks so a match split across two chunks is still found. */
const CARRY_CHARS = 1024;
/** An element still open at a chunk's end (<title>, JSON-LD, <h1>) is kept up to this size. */
const OPEN_ELEMENT_CAP = 64 * 1024;

const FIELDS: readonly FactField[] = ['title', 'publisher', 'author', 'published'];

// Priorities: lower wins. Host finders take 0–9 (their order), the generic sources follow.
const P = { jsonLd: 20, meta: 30, metaLow: 40, time: 60, titleTag: 90 } as const;

/** meta key (property / name / itemprop, lowercased) → field and priority. */
const META_KEYS: Record<string, [FactField, number]> = {
  'og:title': ['title', P.meta],
  'twitter:title': ['title', P.meta + 1],
  'article:published_time': ['published', P.meta],
  'og:article:published_time': ['published', P.meta],
  datepublished: ['published', P.meta],
  uploaddate: ['published', P.meta + 1],
  'article:published': ['published', P.meta + 1],
  pubdate: ['published', P.metaLow],
  publishdate: ['published', P.metaLow],
  'publish-date': ['published', P.metaLow],
  'dc.date.issued': ['published', P.metaLow],
  'dc.date': ['published', P.metaLow + 1],
  'parsely-pub-date': ['published', P.metaLow],
  author: ['author', P.meta],
  'article:author': ['author', P.meta + 1],
  'og:site_name': ['publisher', P.metaLow],
};

const ARTICLE_TYPES = /article|posting|report|video|creativework|webpage|blog|news|question|answer/i;

interface Candidate {
  value: string;
  priority: number;
}

function decodeJsString(body: string): string {
  const unescaped = body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t' } as Record<string, string>)[e] ?? e;
  });
  return decodeEntities(decodeEntities(unescaped));
}

function cleanText(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

function attributes(tag: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

const pad = (n: number) => String(n).padStart(2, '0');

function dayString(y: number, m: number, d: number): string | undefined {
  if (y < 1990 || y > 2200 || m < 1 || m > 12 || d < 1) return undefined;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function dayOfInstant(ms: number, offsetMinutes: number): string | undefined {
  if (!Number.isFinite(ms)) return undefined;
  const shifted = new Date(ms + offsetMinutes * 60_000);
  return dayString(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
}

/**
 * A publish day (`YYYY-MM-DD`) from a page's date value.
 * - Unix seconds (or 13-digit milliseconds): the day in the host's zone (`offsetMinutes` east of UTC).
 * - A date-time with an explicit offset (`+08:00`, `-0500`): the day as written, in the page's own zone.
 * - A date-time in UTC (`Z`): the day in the host's zone.
 * - A bare date or zone-less date-time: the day as written (read in the host's zone).
 * Returns undefined for anything else or an impossible day.
 */
export function publishDay(value: string | number, offsetMinutes: number): string | undefined {
  const text = String(value).trim();
  if (/^\d{9,13}$/.test(text)) return dayOfInstant(Number(text) * (text.length === 13 ? 1 : 1000), offsetMinutes);
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (m[7]?.toUpperCase() === 'Z') {
    return dayOfInstant(Date.UTC(y, mo - 1, d, Number(m[4]), Number(m[5]), Number(m[6] ?? 0)), offsetMinutes);
  }
  return dayString(y, mo, d);
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== undefined);
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return nameOf((value as { name?: unknown }).name);
  return undefined;
}

/**
 * Reads page facts from a page's decoded text, chunk by chunk.
 * `push` returns true once the facts are complete (reading can stop); `facts()` gives what was found.
 */
export class PageFactsReader {
  private pending = '';
  /** Characters dropped from the front of `pending` so far (absolute offsets for <time> elements). */
  private dropped = 0;
  /** Absolute offsets of the <time datetime> elements seen, and the first one's value. */
  private readonly times = new Set<number>();
  private firstTime: string | undefined;
  private headClosed = false;
  private finished = false;
  private readonly found = new Map<FactField, Candidate>();
  private readonly quirks: HostFactQuirks[];
  private readonly offsetMinutes: number;

  constructor(hostname: string) {
    this.quirks = quirksFor(hostname);
    this.offsetMinutes = hostUtcOffsetMinutes(hostname);
  }

  get done(): boolean {
    return this.finished;
  }

  /** Feeds the next chunk of decoded text (`last`: nothing follows); true once every fact is known. */
  push(text: string, last = false): boolean {
    if (this.finished) return true;
    this.pending += text;
    this.scan(this.pending);
    if (!this.headClosed && /<\/head\s*>|<body\b/i.test(this.pending)) this.headClosed = true;
    const keepFrom = last ? this.pending.length : this.carryFrom(this.pending);
    this.dropped += keepFrom;
    this.pending = this.pending.slice(keepFrom);
    this.finished = this.complete();
    return this.finished;
  }

  facts(): PageFacts {
    const facts: PageFacts = {};
    const title = this.found.get('title');
    if (title) {
      const site = this.found.get('publisher')?.value;
      const stripped = stripSiteSuffix(title.value, title.priority === P.titleTag ? site : undefined);
      if (stripped) facts.title = stripped;
    }
    for (const field of ['publisher', 'author', 'published'] as const) {
      const c = this.found.get(field);
      if (c) facts[field] = c.value;
    }
    return facts;
  }

  private complete(): boolean {
    // A date from a lone <time> holds only until a second one turns up, so it never ends reading.
    const has = (f: FactField) => this.found.has(f) && !(f === 'published' && this.found.get(f)!.priority === P.time);
    if (this.quirks.some((q) => q.needs?.some((f) => !has(f)))) return false;
    if (FIELDS.every(has)) return true;
    return this.headClosed && has('title') && has('published') && (has('publisher') || has('author'));
  }

  private offer(field: FactField, raw: string | undefined, priority: number, read: FactReading = 'text'): void {
    if (raw === undefined) return;
    const current = this.found.get(field);
    if (current && current.priority <= priority) return;
    let value: string | undefined;
    if (read === 'unix' || field === 'published') value = publishDay(read === 'js-string' ? decodeJsString(raw) : cleanText(raw), this.offsetMinutes);
    else if (read === 'js-string') value = decodeJsString(raw).replace(/\s+/g, ' ').trim();
    else value = cleanText(raw);
    if (!value || value.length > 500) return;
    if (field === 'author' && /^https?:\/\//i.test(value)) return;
    this.found.set(field, { value, priority });
  }

  private scan(html: string): void {
    for (const q of this.quirks) {
      q.finders.forEach((finder: FactFinder, i) => {
        const m = finder.pattern.exec(html);
        if (m) this.offer(finder.field, m.slice(1).find((g) => g !== undefined), i, finder.read);
      });
    }
    // Cheap guards first: most pages lack some of these constructs entirely.
    if (/ld\+json/i.test(html)) {
      for (const m of html.matchAll(/<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi)) {
        this.readJsonLd(m[1]!);
      }
    }
    for (const m of /<meta/i.test(html) ? html.matchAll(/<meta\b[^>]*>/gi) : []) {
      const attrs = attributes(m[0]);
      const content = attrs.get('content');
      if (content === undefined) continue;
      for (const keyAttr of ['property', 'name', 'itemprop']) {
        const key = attrs.get(keyAttr)?.toLowerCase();
        const target = key === undefined ? undefined : META_KEYS[key];
        if (target) this.offer(target[0], content, target[1]);
      }
    }
    if (/<time/i.test(html)) this.readTimes(html);
    const title = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html);
    if (title) this.offer('title', title[1], P.titleTag);
  }

  /**
   * A lone <time datetime> is the publish date; once a page shows several (a post list, comment
   * dates, a sidebar), none of them says which is the piece's own, so none is used.
   */
  private readTimes(html: string): void {
    for (const m of html.matchAll(/<time\b[^>]*\bdatetime\s*=\s*["']([^"']{4,40})["']/gi)) {
      this.times.add(this.dropped + m.index);
      this.firstTime ??= m[1];
    }
    const current = this.found.get('published');
    if (this.times.size === 1) this.offer('published', this.firstTime, P.time);
    else if (current?.priority === P.time) this.found.delete('published');
  }

  private readJsonLd(source: string): void {
    let data: unknown;
    try {
      data = JSON.parse(source.trim());
    } catch {
      return;
    }
    const queue: unknown[] = [data];
    for (let seen = 0; queue.length > 0 && seen < 200; seen++) {
      const node = queue.shift();
      if (Array.isArray(node)) {
        queue.push(...node);
        continue;
      }
      if (!node || typeof node !== 'object') continue;
      const obj = node as Record<string, unknown>;
      if (Array.isArray(obj['@graph'])) queue.push(...(obj['@graph'] as unknown[]));
      const type = String(obj['@type'] ?? '');
      if (!ARTICLE_TYPES.test(type) && obj.datePublished === undefined) continue;
      if (typeof obj.headline === 'string') this.offer('title', obj.headline, P.jsonLd);
      else if (typeof obj.name === 'string' && obj.datePublished !== undefined) this.offer('title', obj.name, P.jsonLd + 1);
      if (typeof obj.datePublished === 'string' || typeof obj.datePublished === 'number') this.offer('published', String(obj.datePublished), P.jsonLd);
      else if (typeof obj.uploadDate === 'string') this.offer('published', obj.uploadDate, P.jsonLd + 1);
      this.offer('author', nameOf(obj.author), P.jsonLd);
      this.offer('publisher', nameOf(obj.publisher), P.jsonLd);
    }
  }

  /** Where the text to keep for the next chunk starts: an unfinished tag or element, or the carry. */
  private carryFrom(text: string): number {
    let from = Math.max(0, text.length - CARRY_CHARS);
    const lastLt = text.lastIndexOf('<');
    if (lastLt >= 0 && text.indexOf('>', lastLt) < 0) from = Math.min(from, lastLt);
    for (const [open, close] of [
      [/<title\b/gi, /<\/title\s*>/i],
      [/<script\b[^>]*application\/ld\+json/gi, /<\/script\s*>/i],
      [/<h1\b/gi, /<\/h1\s*>/i],
    ] as const) {
      let lastOpen = -1;
      for (const m of text.matchAll(open)) lastOpen = m.index;
      if (lastOpen >= 0 && !close.test(text.slice(lastOpen)) && text.length - lastOpen <= OPEN_ELEMENT_CAP) from = Math.min(from, lastOpen);
    }
    return from;
  }
}
