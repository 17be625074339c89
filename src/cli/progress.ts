// Progress bar for long link checks (stderr, TTY only): checked / total, per-verdict counts and
// the slowest host so far. A thin wrapper around cli-progress.
import cliProgress from 'cli-progress';
import type { Lang, Verdict } from '../core/types.js';

export interface ProgressReporter {
  start(total: number): void;
  update(done: number, counts: Record<Verdict, number>, slowestHost: string | null): void;
  stop(): void;
}

const FORMAT: Record<Lang, string> = {
  en: 'links {bar} {value}/{total} | dead {dead} · moved {redirected} · blocked {blocked} · failed {error} | slowest {slowest}',
  zh: '链接 {bar} {value}/{total} | 失效 {dead} · 已迁移 {redirected} · 被拦截 {blocked} · 检查失败 {error} | 最慢 {slowest}',
};

/** A progress bar in the tracker's language; `lang` defaults to English. */
export function createProgressReporter(stream: NodeJS.WriteStream, lang: Lang = 'en'): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: FORMAT[lang],
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
