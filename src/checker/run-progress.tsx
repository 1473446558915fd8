/** Done / total, the rate and the time left, with pause, resume and stop. */
import type { I18n } from '../shared/i18n/create-i18n';
import { useI18n } from '../shared/ui/use-i18n';
import type { CheckRun } from './check-run';

function duration(ms: number, i18n: I18n): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return i18n.t('checkerSeconds', i18n.number(s));
  const m = Math.floor(s / 60);
  return m < 60 ? i18n.t('checkerMinutes', i18n.number(m), i18n.number(s % 60)) : i18n.t('checkerHours', i18n.number(Math.floor(m / 60)), i18n.number(m % 60));
}

export function RunProgress({ run }: { run: Pick<CheckRun, 'progress' | 'finished' | 'paused' | 'pause' | 'resume' | 'stop'>; tick: number }) {
  const i18n = useI18n();
  const p = run.progress();
  const ended = p.done + p.skipped;
  const state = run.finished ? 'finished' : run.paused ? 'paused' : 'running';
  const rate = (perSecond: number): string => new Intl.NumberFormat(i18n.locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(perSecond);
  return (
    <section class="progress" data-testid="progress" data-state={state} aria-live="polite">
      <progress max={Math.max(1, p.total)} value={ended} />
      <span data-testid="progress-line">
        {i18n.t('checkerProgressChecked', i18n.number(p.done), i18n.number(p.total))}
        {p.skipped > 0 ? i18n.t('checkerProgressSkipped', i18n.number(p.skipped)) : ''}
        {!run.finished && p.ratePerSecond !== undefined ? i18n.t('checkerProgressRate', rate(p.ratePerSecond)) : ''}
        {!run.finished && p.remainingMs !== undefined ? i18n.t('checkerProgressLeft', duration(p.remainingMs, i18n)) : ''}
        {run.finished ? ` ${i18n.t('checkerProgressDone')}` : run.paused ? ` ${i18n.t('checkerProgressPaused')}` : ''}
      </span>{' '}
      {!run.finished ? (
        <>
          {run.paused ? (
            <button type="button" data-testid="resume" onClick={() => run.resume()}>
              {i18n.t('checkerResume')}
            </button>
          ) : (
            <button type="button" data-testid="pause" onClick={() => run.pause()}>
              {i18n.t('checkerPause')}
            </button>
          )}{' '}
          <button type="button" data-testid="stop" onClick={() => run.stop()}>
            {i18n.t('checkerStop')}
          </button>
        </>
      ) : null}
    </section>
  );
}
