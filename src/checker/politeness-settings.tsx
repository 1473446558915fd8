/**
 * How politely the checker asks, on the checker page: the shared boxes (shared/ui/politeness-fields.tsx,
 * also on the options page) in a section that, closed, sums up in one line what a run will do.
 */
import type { SchedulerSettings } from '../shared/checker/scheduler-settings';
import type { I18n } from '../shared/i18n/create-i18n';
import { PolitenessFields, useCheckerSettings } from '../shared/ui/politeness-fields';
import { useI18n } from '../shared/ui/use-i18n';
import type { CheckerEnv } from './checker-env';

/** One line saying what a run will do, for the closed section. */
function summary(s: SchedulerSettings, i18n: I18n): string {
  const n = (value: number): string => i18n.number(value);
  return i18n.t('checkerPoliteSummary', n(s.perHost), n(s.global), n(s.delayMs), n(s.timeoutMs / 1000), n(s.maxConsecutiveFailures));
}

export function PolitenessSettings({ politeness }: { politeness: CheckerEnv['politeness'] }) {
  const i18n = useI18n();
  const [settings, change] = useCheckerSettings(politeness);
  return (
    <details class="politeness" data-testid="politeness">
      <summary>
        {i18n.t('checkerPoliteness')} <span data-testid="politeness-summary">{summary(settings, i18n)}</span>
      </summary>
      <p class="note">{i18n.t('checkerPoliteNote')}</p>
      <PolitenessFields i18n={i18n} settings={settings} change={change} />
    </details>
  );
}
