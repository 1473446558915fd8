/**
 * How politely the checker asks, on the checker page: requests at once per host and in all, the delay
 * between two requests to one host, the per-request timeout, and after how many failures in a row a
 * host's remaining URLs are skipped. Saved as they are typed (with the extension's settings), read by
 * the next run; the bounds are the scheduler's own (scheduler-settings.ts), so no value can turn
 * politeness off.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SCHEDULER_SETTINGS, SCHEDULER_SETTING_LIMITS, type SchedulerSettings } from '../shared/checker/scheduler-settings';
import type { CheckerEnv } from './checker-env';

interface Field {
  key: keyof SchedulerSettings;
  label: string;
  /** Shown in seconds when the setting is kept in milliseconds but read better in seconds. */
  inSeconds?: boolean;
  unit?: string;
}

const FIELDS: readonly Field[] = [
  { key: 'perHost', label: 'Requests at once to one host' },
  { key: 'global', label: 'Requests at once in all' },
  { key: 'delayMs', label: 'Delay between two requests to one host', unit: 'ms' },
  { key: 'timeoutMs', label: 'Give up on a request after', inSeconds: true, unit: 's' },
  { key: 'maxConsecutiveFailures', label: 'Skip the rest of a host after this many failures in a row' },
];

const shown = (field: Field, settings: SchedulerSettings): string => String(field.inSeconds === true ? settings[field.key] / 1000 : settings[field.key]);

const bound = (field: Field, which: 0 | 1): number => SCHEDULER_SETTING_LIMITS[field.key][which] / (field.inSeconds === true ? 1000 : 1);

/** One line saying what a run will do, for the closed section. */
function summary(s: SchedulerSettings): string {
  return `${s.perHost} at once per host, ${s.global} in all, ${s.delayMs} ms apart, ${s.timeoutMs / 1000} s timeout, a host skipped after ${s.maxConsecutiveFailures} failures in a row`;
}

export function PolitenessSettings({ politeness }: { politeness: CheckerEnv['politeness'] }) {
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
        Politeness: <span data-testid="politeness-summary">{summary(settings)}</span>
      </summary>
      <p class="note">
        Saved as you type, for the next check. Each host may also hold the checker back with a Retry-After (a 429 or 503), which is honoured once per URL.
      </p>
      {FIELDS.map((field) => (
        <p class="setting" key={field.key}>
          <label for={`politeness-${field.key}`}>{field.label}</label>{' '}
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
            ({bound(field, 0).toLocaleString('en')}–{bound(field, 1).toLocaleString('en')})
          </span>
        </p>
      ))}
    </details>
  );
}
