/**
 * User settings: the capture's and the link checker's politeness. With the interface language chosen
 * (`i18n/i18n.ts`, kept apart because the background never reads it), the only things the extension
 * keeps in storage.local.
 */
import { browser } from './browser-adapter';
import { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from './capture';
import { sanitizeSchedulerSettings, type SchedulerSettings } from './checker/scheduler-settings';

export type Settings = CaptureSettings;

export const DEFAULT_SETTINGS: Settings = { ...DEFAULT_CAPTURE_SETTINGS };

export const SETTING_LIMITS: Record<keyof Settings, { min: number; max: number }> = {
  keptLoadsPerTab: { min: 1, max: 20 },
  maxSubresourcesPerLoad: { min: 50, max: 5000 },
  maxHeaderValueLength: { min: 64, max: 8192 },
};

export const SETTINGS_KEY = 'settings';

export function sanitizeSettings(raw: unknown): Settings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  const out = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(SETTING_LIMITS) as (keyof Settings)[]) {
    const n = Number(value[key]);
    const { min, max } = SETTING_LIMITS[key];
    if (Number.isInteger(n)) out[key] = Math.min(max, Math.max(min, n));
  }
  return out;
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return sanitizeSettings(stored[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: sanitizeSettings(settings) });
}

/**
 * The link checker's politeness (checker/scheduler-settings.ts holds their bounds and defaults), under
 * a key of their own: the background, which watches the capture's key, is not woken when they change.
 */
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
