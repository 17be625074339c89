// Action adapter: the command a contributor runs locally to apply tracker-bot's fixes, quoted for a
// POSIX shell. It points npx at this Action's own repository and ref (GITHUB_ACTION_REPOSITORY and
// GITHUB_ACTION_REF, set by the runner), never at a bare npm package name someone else could own.
// File names come from the pull request: only plain ones are put in the command, each quoted once.
import { renderCommandBlock } from '../report/fix-advice.js';

/**
 * One POSIX shell word that stands for exactly `arg`: bare when it holds only `[A-Za-z0-9_./-]` (and does
 * not start with `-`), otherwise single-quoted with each `'` written `'\''`. Single quotes keep every other
 * byte literal (POSIX.1-2017, Shell Command Language §2.2.2). `arg` must not contain NUL.
 */
export function shellQuote(arg: string): string {
  if (/^[\w./][\w./-]*$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

const PLAIN_PATH = /^[A-Za-z0-9._/\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}-]+$/u;

/** A path safe to show in a suggested command: ASCII letters, digits, `._/-` and CJK only; not an option. */
export function isPlainPath(path: string): boolean {
  return PLAIN_PATH.test(path) && !path.startsWith('-');
}

export interface LocalFixCommand {
  /** The command line: our own words as they are, every file argument quoted once by shellQuote. */
  command: string;
  /** Paths left out because they are not plain (isPlainPath). */
  omitted: string[];
}

export function localFixCommand(paths: string[], env: NodeJS.ProcessEnv = process.env): LocalFixCommand {
  const repo = env.GITHUB_ACTION_REPOSITORY ?? '';
  const ref = env.GITHUB_ACTION_REF ?? '';
  const plain = paths.filter(isPlainPath);
  const omitted = paths.filter((path) => !isPlainPath(path));
  const files = paths.length === 0 ? ['README.md'] : plain;
  const words = /^[\w.-]+\/[\w.-]+$/.test(repo)
    ? ['npx', '--yes', `github:${repo}${/^[\w./-]+$/.test(ref) && ref !== '' ? `#${ref}` : ''}`, 'fix']
    : ['tracker-bot', 'fix'];
  return { command: [...words, ...files.map(shellQuote)].join(' '), omitted };
}

/** The command as a fenced ```sh block (rendered by src/report/fix-advice.ts), with a note naming any file left out. */
export function localFixCommandBlock(paths: string[], lang: 'en' | 'zh', env: NodeJS.ProcessEnv = process.env): string {
  return renderCommandBlock(localFixCommand(paths, env), lang);
}
