/**
 * The link checker's politeness settings as stored, read and written by the checker page and the
 * options page alike (checker/scheduler-settings.ts holds their bounds and defaults). Kept apart from
 * the capture's settings (settings.ts), which the background reads, so this module stays out of its worker.
 */
import { browser } from './browser-adapter';
import { sanitizeSchedulerSettings, type SchedulerSettings } from './checker/scheduler-settings';

/** Under a key of their own: the background, which watches the capture's key, is not woken when they change. */
const CHECKER_SETTINGS_KEY = 'checkerSettings';

export async function loadCheckerSettings(): Promise<SchedulerSettings> {
  const stored = await browser.storage.local.get(CHECKER_SETTINGS_KEY);
  return sanitizeSchedulerSettings(stored[CHECKER_SETTINGS_KEY]);
}

export async function saveCheckerSettings(settings: SchedulerSettings): Promise<SchedulerSettings> {
  const clean = sanitizeSchedulerSettings(settings);
  await browser.storage.local.set({ [CHECKER_SETTINGS_KEY]: clean });
  return clean;
}

/**
 * Calls back with the checker's settings each time they are saved, from whichever page (the checker's
 * or the options page), so one page open beside the other shows what was set there. Answers with the
 * way to stop listening.
 */
export function watchCheckerSettings(onChange: (settings: SchedulerSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>): void => {
    const change = changes[CHECKER_SETTINGS_KEY];
    if (change !== undefined) onChange(sanitizeSchedulerSettings(change.newValue));
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
