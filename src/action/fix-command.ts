// Action adapter: the command a contributor runs locally to apply tracker-bot's fixes, quoted for a
// POSIX shell. It points npx at this Action's own repository and ref (GITHUB_ACTION_REPOSITORY and
// GITHUB_ACTION_REF, set by the runner), never at a bare npm package name someone else could own.

export function shellQuote(path: string): string {
  const clean = path.replace(/[\u0000-\u001f]/g, '?');
  return /^[\w./-]+$/.test(clean) ? clean : `'${clean.replace(/'/g, `'\\''`)}'`;
}

export function localFixCommand(paths: string[], env: NodeJS.ProcessEnv = process.env): string {
  const repo = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  const files = (paths.length > 0 ? paths : ['README.md']).map(shellQuote).join(' ');
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) return `tracker-bot fix ${files}`;
  const pinned = /^[\w./-]+$/.test(ref) && ref !== '' ? `#${ref}` : '';
  return `npx --yes github:${repo}${pinned} fix ${files}`;
}
