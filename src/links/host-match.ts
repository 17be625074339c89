// Host keys in `links:` config (headers, accept, signatures): "bilibili.com" matches that host and
// its subdomains, "*.bilibili.com" only subdomains. Shared by headers, accept and signatures.

export function hostMatches(hostname: string, key: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  const k = key.toLowerCase().trim();
  if (k.startsWith('*.')) return host.endsWith(k.slice(1));
  return host === k || host.endsWith(`.${k}`);
}

/** Values of the keys that match `hostname`, least specific first (so later ones override). */
export function valuesForHost<T>(byHost: Record<string, T>, hostname: string): T[] {
  return Object.entries(byHost)
    .filter(([key]) => hostMatches(hostname, key))
    .sort(([a], [b]) => a.replace(/^\*\./, '').length - b.replace(/^\*\./, '').length)
    .map(([, value]) => value);
}
