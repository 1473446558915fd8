/**
 * The checker's politeness settings as boxes a person types into, shared by the checker page and the
 * options page: both read and write the one stored value (shared/settings.ts), each shows what the
 * other saved, and the next run reads it. Saved as typed; the bounds are the scheduler's own, so no
 * value can turn politeness off.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SCHEDULER_SETTINGS, type SchedulerSettings } from '../checker/scheduler-settings';
import type { I18n } from '../i18n/create-i18n';
import { POLITENESS_INPUTS, shownBound, shownValue, typedValue, type PolitenessInput } from './politeness-inputs';

/** Where the settings are kept; handed in by the page's entry point, so components never call `browser.*`. */
export interface CheckerSettingsStore {
  load: () => Promise<SchedulerSettings>;
  /** Saves and answers with the value kept (clamped to its bounds). */
  save: (settings: SchedulerSettings) => Promise<SchedulerSettings>;
  /** Calls back with every value saved, from any page; answers with the way to stop. */
  watch: (onChange: (settings: SchedulerSettings) => void) => () => void;
}

/** The settings as kept, following changes made on another page, and the way to change one of them. */
export function useCheckerSettings(store: CheckerSettingsStore): [SchedulerSettings, (key: keyof SchedulerSettings, value: number) => void] {
  const [settings, setSettings] = useState<SchedulerSettings>({ ...DEFAULT_SCHEDULER_SETTINGS });
  /** The latest values, changed at once: two boxes typed in quick succession must not undo each other. */
  const latest = useRef(settings);
  /** Saves of ours not yet answered: while there are, what storage says is older than what is typed. */
  const pending = useRef(0);
  const keep = (next: SchedulerSettings): void => {
    latest.current = next;
    setSettings(next);
  };
  useEffect(() => {
    let live = true;
    const fromStore = (next: SchedulerSettings): void => {
      if (live && pending.current === 0) keep(next);
    };
    void store.load().then(fromStore);
    const stop = store.watch(fromStore);
    return () => {
      live = false;
      stop();
    };
  }, [store]);

  const change = (key: keyof SchedulerSettings, value: number): void => {
    latest.current = { ...latest.current, [key]: value };
    pending.current += 1;
    const done = (saved: SchedulerSettings | undefined): void => {
      pending.current -= 1;
      // Only the last save's answer is shown: an earlier one would take back what was typed since.
      if (pending.current === 0 && saved !== undefined) keep(saved);
    };
    void store.save(latest.current).then(done, () => done(undefined));
  };
  return [settings, change];
}

interface Props {
  i18n: I18n;
  settings: SchedulerSettings;
  change: (key: keyof SchedulerSettings, value: number) => void;
}

/** One labelled box per setting, with its unit and its bounds. */
export function PolitenessFields({ i18n, settings, change }: Props) {
  /** What is in each box while it is being typed (an empty box is not a value yet). */
  const [typed, setTyped] = useState<Partial<Record<keyof SchedulerSettings, string>>>({});
  const onInput = (input: PolitenessInput, text: string): void => {
    setTyped({ ...typed, [input.key]: text });
    const value = typedValue(input, text);
    if (value !== undefined) change(input.key, value);
  };
  return (
    <>
      {POLITENESS_INPUTS.map((input) => (
        <p class="setting" key={input.key}>
          <label for={`politeness-${input.key}`}>{i18n.t(input.label)}</label>{' '}
          <input
            id={`politeness-${input.key}`}
            data-testid={`politeness-${input.key}`}
            type="number"
            min={shownBound(input, 0)}
            max={shownBound(input, 1)}
            value={typed[input.key] ?? shownValue(input, settings)}
            onInput={(e) => onInput(input, (e.target as HTMLInputElement).value)}
            // Leaving the box shows the value kept (clamped to its bounds).
            onBlur={() => setTyped({ ...typed, [input.key]: undefined })}
          />{' '}
          {input.unit ?? ''}{' '}
          <span class="note">
            ({i18n.number(shownBound(input, 0))}–{i18n.number(shownBound(input, 1))})
          </span>
        </p>
      ))}
    </>
  );
}
