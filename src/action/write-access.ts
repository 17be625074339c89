// Action adapter › write access: a fork's pull_request token is read-only. A 403 from a write (comment,
// review, commit) must not fail the run: say so once, and let annotations and the job summary carry it.
import * as core from '@actions/core';
import { isPermissionError } from './api/index.js';

export class WriteAccess {
  private warned = false;

  get denied(): boolean {
    return this.warned;
  }

  /**
   * Runs a write; on a permission error warns (once per run) and returns null. Any other failure is rethrown.
   */
  async attempt<T>(what: string, write: () => Promise<T>): Promise<T | null> {
    try {
      return await write();
    } catch (error) {
      if (!isPermissionError(error)) throw error;
      if (!this.warned) {
        core.warning(
          `tracker-bot: the token cannot write to this repository (${what} refused with 403; a fork's pull request gets a read-only token). ` +
            'Results are in the annotations and the job summary; see the two-stage workflow in the tracker-bot README ("Fork pull requests") to comment on fork pull requests.',
        );
        this.warned = true;
      }
      return null;
    }
  }
}
