/**
 * The checker's politeness settings as a person reads and types them, on the checker page and on the
 * options page alike: each one's label and unit, its bounds as shown, and the value a typed text
 * stands for. The bounds are the scheduler's own (scheduler-settings.ts); only the unit shown may
 * differ from the one kept (the timeout is kept in milliseconds, read in seconds).
 */
import { SCHEDULER_SETTING_LIMITS, type SchedulerSettings } from '../checker/scheduler-settings';
import type { MessageKey } from '../i18n/create-i18n';

export interface PolitenessInput {
  key: keyof SchedulerSettings;
  label: MessageKey;
  /** Shown in seconds when the setting is kept in milliseconds but read better in seconds. */
  inSeconds?: boolean;
  /** A unit symbol, the same in every language. */
  unit?: 'ms' | 's';
}

export const POLITENESS_INPUTS: readonly PolitenessInput[] = [
  { key: 'perHost', label: 'checkerPolitePerHost' },
  { key: 'global', label: 'checkerPoliteGlobal' },
  { key: 'delayMs', label: 'checkerPoliteDelay', unit: 'ms' },
  { key: 'timeoutMs', label: 'checkerPoliteTimeout', inSeconds: true, unit: 's' },
  { key: 'maxConsecutiveFailures', label: 'checkerPoliteMaxFailures' },
];

const scale = (input: PolitenessInput): number => (input.inSeconds === true ? 1000 : 1);

/** What the box shows for the value kept. */
export const shownValue = (input: PolitenessInput, settings: SchedulerSettings): string => String(settings[input.key] / scale(input));

/** The least (0) or the most (1) the box accepts, in the unit it shows. */
export const shownBound = (input: PolitenessInput, which: 0 | 1): number => SCHEDULER_SETTING_LIMITS[input.key][which] / scale(input);

/**
 * The value to keep for what is in the box, in the unit kept; undefined while the text is not a number
 * yet (an empty box, a lone minus sign), so a box being cleared to retype is not saved as zero.
 */
export function typedValue(input: PolitenessInput, text: string): number | undefined {
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) return undefined;
  return n * scale(input);
}
