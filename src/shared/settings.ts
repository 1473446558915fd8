/**
 * User settings: the capture's. With the link checker's politeness (`checker-settings.ts`) and the
 * interface language chosen (`i18n/i18n.ts`), each kept apart because the background never reads
 * them, the only things the extension keeps in storage.local.
 */
import { browser } from './browser-adapter';
import { DEFAULT_CAPTURE_SETTINGS, type CaptureSettings } from './capture';

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
