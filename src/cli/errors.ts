// CLI error boundary: turns the known failure kinds into one-line messages and exit code 2.
import { ConfigError } from '../config/load.js';
import { InputError } from '../io/read-tracker.js';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

export class UsageError extends Error {
  override name = 'UsageError';
}

/** Writing the output failed (stdout on a full disk, say); the message is the whole one-line description. */
export class OutputError extends Error {
  override name = 'OutputError';
}

/** A one-line description of any error, without a stack trace. */
export function describeError(error: unknown): string {
  if (error instanceof ConfigError || error instanceof InputError || error instanceof UsageError || error instanceof OutputError) return error.message;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const first = error.message.split('\n')[0];
    return code ? `${first} (${code})` : `unexpected error: ${first}`;
  }
  return `unexpected error: ${String(error)}`;
}
