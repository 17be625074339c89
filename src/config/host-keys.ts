// Config loading, after validation: host keys of `links.resolve`, `headers`, `accept` and
// `signatures` are normalized to the form URLs carry (WHATWG URL host parsing: lowercase, IDNA
// to punycode, trailing dot dropped), so `bücher.example` matches the links it names.
import { domainToASCII } from 'node:url';
import type { LinksConfig } from './schema.js';

/**
 * The ASCII form of a config host key: "Bücher.Example." → "xn--bcher-kva.example"; a leading
 * "*." is kept. A key that is not a valid host name is returned trimmed and lowercased.
 */
export function normalizeHostKey(key: string): string {
  const trimmed = key.trim();
  const wildcard = trimmed.startsWith('*.');
  const name = (wildcard ? trimmed.slice(2) : trimmed).replace(/\.+$/, '');
  const ascii = domainToASCII(name) || name.toLowerCase();
  return wildcard ? `*.${ascii}` : ascii;
}

/**
 * Rebuilds `record` with normalized host keys. Throws an Error naming both spellings when two
 * keys name the same host (`field` is the config key, e.g. "links.resolve").
 */
export function normalizeHostRecord<T>(record: Record<string, T>, field: string): Record<string, T> {
  const out: Record<string, T> = {};
  const spelledAs = new Map<string, string>();
  for (const [key, value] of Object.entries(record)) {
    const host = normalizeHostKey(key);
    const earlier = spelledAs.get(host);
    if (earlier !== undefined) throw new Error(`${field}: "${earlier}" and "${key}" name the same host (${host})`);
    spelledAs.set(host, key);
    out[host] = value;
  }
  return out;
}

/** `links` with every host key normalized (see normalizeHostKey); throws on two spellings of one host. */
export function normalizeLinkHosts(links: LinksConfig): LinksConfig {
  return {
    ...links,
    resolve: normalizeHostRecord(links.resolve, 'links.resolve'),
    headers: normalizeHostRecord(links.headers, 'links.headers'),
    accept: Array.isArray(links.accept) ? links.accept : normalizeHostRecord(links.accept, 'links.accept'),
    signatures: normalizeHostRecord(links.signatures, 'links.signatures'),
  };
}
