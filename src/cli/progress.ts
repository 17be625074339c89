// Progress bar for long link checks (stderr, TTY only): checked / total, per-verdict counts and
// the slowest host so far. A thin wrapper around cli-progress.
import cliProgress from 'cli-progress';
import type { Verdict } from '../core/types.js';

export interface ProgressReporter {
  start(total: number): void;
  update(done: number, counts: Record<Verdict, number>, slowestHost: string | null): void;
  stop(): void;
}

export function createProgressReporter(stream: NodeJS.WriteStream): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: 'links {bar} {value}/{total} | dead {dead} · moved {redirected} · blocked {blocked} · failed {error} | slowest {slowest}',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  const payload = (counts: Partial<Record<Verdict, number>>, slowest: string | null) => ({
    dead: counts.dead ?? 0,
    redirected: counts.redirected ?? 0,
    blocked: counts.blocked ?? 0,
    error: counts.error ?? 0,
    slowest: slowest ?? '-',
  });
  return {
    start: (total) => bar.start(total, 0, payload({}, null)),
    update: (done, counts, slowest) => bar.update(done, payload(counts, slowest)),
    stop: () => bar.stop(),
  };
}
