/** Done / total, the rate and the time left, with pause, resume and stop. */
import type { CheckRun } from './check-run';

function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ${s % 60} s` : `${Math.floor(m / 60)} h ${m % 60} min`;
}

export function RunProgress({ run }: { run: Pick<CheckRun, 'progress' | 'finished' | 'paused' | 'pause' | 'resume' | 'stop'>; tick: number }) {
  const p = run.progress();
  const ended = p.done + p.skipped;
  const state = run.finished ? 'finished' : run.paused ? 'paused' : 'running';
  return (
    <section class="progress" data-testid="progress" data-state={state} aria-live="polite">
      <progress max={Math.max(1, p.total)} value={ended} />
      <span data-testid="progress-line">
        {p.done.toLocaleString('en')} / {p.total.toLocaleString('en')} checked
        {p.skipped > 0 ? `, ${p.skipped.toLocaleString('en')} skipped` : ''}
        {!run.finished && p.ratePerSecond !== undefined ? `, ${p.ratePerSecond.toFixed(1)} per second` : ''}
        {!run.finished && p.remainingMs !== undefined ? `, about ${duration(p.remainingMs)} left` : ''}
        {run.finished ? ' — done.' : run.paused ? ' — paused.' : ''}
      </span>{' '}
      {!run.finished ? (
        <>
          {run.paused ? (
            <button type="button" data-testid="resume" onClick={() => run.resume()}>
              Resume
            </button>
          ) : (
            <button type="button" data-testid="pause" onClick={() => run.pause()}>
              Pause
            </button>
          )}{' '}
          <button type="button" data-testid="stop" onClick={() => run.stop()}>
            Stop
          </button>
        </>
      ) : null}
    </section>
  );
}
