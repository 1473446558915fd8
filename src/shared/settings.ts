/** User settings: the only thing the extension keeps in storage.local. */
import { browser } from './browser-adapter';

export interface Settings {
  /** How many page loads of a tab to keep, so a person can look back. */
  keptLoadsPerTab: number;
}

export const DEFAULT_SETTINGS: Settings = { keptLoadsPerTab: 5 };

export const SETTING_LIMITS = { keptLoadsPerTab: { min: 1, max: 20 } } as const;

export function sanitizeSettings(raw: unknown): Settings {
  const value = (raw ?? {}) as Partial<Record<keyof Settings, unknown>>;
  const kept = Number(value.keptLoadsPerTab);
  const { min, max } = SETTING_LIMITS.keptLoadsPerTab;
  return {
    keptLoadsPerTab: Number.isInteger(kept) ? Math.min(max, Math.max(min, kept)) : DEFAULT_SETTINGS.keptLoadsPerTab,
  };
}

export async function loadSettings(): Promise<Settings> {
  const { settings } = await browser.storage.local.get('settings');
  return sanitizeSettings(settings);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ settings: sanitizeSettings(settings) });
}
