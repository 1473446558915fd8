/**
 * How politely the checker asks, on the checker page: requests at once per host and in all, the delay
 * between two requests to one host, the per-request timeout, and after how many failures in a row a
 * host's remaining URLs are skipped. Saved as they are typed (with the extension's settings), read by
 * the next run; the bounds are the scheduler's own (scheduler-settings.ts), so no value can turn
 * politeness off.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SCHEDULER_SETTINGS, SCHEDULER_SETTING_LIMITS, type SchedulerSettings } from '../shared/checker/scheduler-settings';
import type { MessageKey } from '../shared/checker/checker-phrase';
import type { I18n } from '../shared/i18n/create-i18n';
import { useI18n } from '../shared/ui/use-i18n';
import type { CheckerEnv } from './checker-env';

interface Field {
  key: keyof SchedulerSettings;
  label: MessageKey;
  /** Shown in seconds when the setting is kept in milliseconds but read better in seconds. */
  inSeconds?: boolean;
  unit?: string;
}

const FIELDS: readonly Field[] = [
  { key: 'perHost', label: 'checkerPolitePerHost' },
  { key: 'global', label: 'checkerPoliteGlobal' },
  { key: 'delayMs', label: 'checkerPoliteDelay', unit: 'ms' },
  { key: 'timeoutMs', label: 'checkerPoliteTimeout', inSeconds: true, unit: 's' },
  { key: 'maxConsecutiveFailures', label: 'checkerPoliteMaxFailures' },
];

const shown = (field: Field, settings: SchedulerSettings): string => String(field.inSeconds === true ? settings[field.key] / 1000 : settings[field.key]);

const bound = (field: Field, which: 0 | 1): number => SCHEDULER_SETTING_LIMITS[field.key][which] / (field.inSeconds === true ? 1000 : 1);

/** One line saying what a run will do, for the closed section. */
function summary(s: SchedulerSettings, i18n: I18n): string {
  const n = (value: number): string => i18n.number(value);
  return i18n.t('checkerPoliteSummary', n(s.perHost), n(s.global), n(s.delayMs), n(s.timeoutMs / 1000), n(s.maxConsecutiveFailures));
}

export function PolitenessSettings({ politeness }: { politeness: CheckerEnv['politeness'] }) {
  const i18n = useI18n();
  const [settings, setSettings] = useState<SchedulerSettings>({ ...DEFAULT_SCHEDULER_SETTINGS });
  /** What is in each box while it is being typed (an empty box is not a value yet). */
  const [typed, setTyped] = useState<Partial<Record<keyof SchedulerSettings, string>>>({});
  /** The latest values, changed at once: two boxes typed in quick succession must not undo each other. */
  const latest = useRef(settings);
  const keep = (next: SchedulerSettings): void => {
    latest.current = next;
    setSettings(next);
  };
  useEffect(() => void politeness.load().then(keep), [politeness]);

  const onInput = (field: Field, text: string): void => {
    setTyped({ ...typed, [field.key]: text });
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n)) return;
    latest.current = { ...latest.current, [field.key]: field.inSeconds === true ? n * 1000 : n };
    void politeness.save(latest.current).then(keep);
  };

  return (
    <details class="politeness" data-testid="politeness">
      <summary>
        {i18n.t('checkerPoliteness')} <span data-testid="politeness-summary">{summary(settings, i18n)}</span>
      </summary>
      <p class="note">{i18n.t('checkerPoliteNote')}</p>
      {FIELDS.map((field) => (
        <p class="setting" key={field.key}>
          <label for={`politeness-${field.key}`}>{i18n.t(field.label)}</label>{' '}
          <input
            id={`politeness-${field.key}`}
            data-testid={`politeness-${field.key}`}
            type="number"
            min={bound(field, 0)}
            max={bound(field, 1)}
            value={typed[field.key] ?? shown(field, settings)}
            onInput={(e) => onInput(field, (e.target as HTMLInputElement).value)}
            // Leaving the box shows the value kept (clamped to its bounds).
            onBlur={() => setTyped({ ...typed, [field.key]: undefined })}
          />{' '}
          {field.unit ?? ''}{' '}
          <span class="note">
            ({i18n.number(bound(field, 0))}–{i18n.number(bound(field, 1))})
          </span>
        </p>
      ))}
    </details>
  );
}
