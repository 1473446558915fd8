import { describe, expect, it, vi } from 'vitest';

// settings.ts imports the adapter for its storage helpers; the pure part needs no browser.
// The checker's settings are read and written through a storage area kept here in memory.
const stored: Record<string, unknown> = {};
vi.mock('./browser-adapter', () => ({
  browser: {
    storage: {
      local: {
        get: (key: string) => Promise.resolve(key in stored ? { [key]: stored[key] } : {}),
        set: (items: Record<string, unknown>) => Promise.resolve(void Object.assign(stored, items)),
      },
    },
  },
}));
const { sanitizeSettings, DEFAULT_SETTINGS, loadCheckerSettings, saveCheckerSettings } = await import('./settings');

describe('sanitizeSettings', () => {
  it('keeps valid values', () => {
    expect(sanitizeSettings({ keptLoadsPerTab: 7, maxSubresourcesPerLoad: 300, maxHeaderValueLength: 512 })).toEqual({
      keptLoadsPerTab: 7,
      maxSubresourcesPerLoad: 300,
      maxHeaderValueLength: 512,
    });
  });
  it('clamps out-of-range values', () => {
    expect(sanitizeSettings({ keptLoadsPerTab: 0 }).keptLoadsPerTab).toBe(1);
    expect(sanitizeSettings({ keptLoadsPerTab: 999 }).keptLoadsPerTab).toBe(20);
    expect(sanitizeSettings({ maxSubresourcesPerLoad: 1 }).maxSubresourcesPerLoad).toBe(50);
  });
  it('falls back to defaults on garbage', () => {
    expect(sanitizeSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ keptLoadsPerTab: 'x' })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
  it('uses five kept page loads by default', () => expect(DEFAULT_SETTINGS.keptLoadsPerTab).toBe(5));
});

describe('the checker’s politeness settings', () => {
  it('are the scheduler’s defaults until saved, kept within its bounds, and read back as saved', async () => {
    expect(await loadCheckerSettings()).toEqual({ perHost: 2, global: 6, delayMs: 250, timeoutMs: 15_000, maxConsecutiveFailures: 5 });
    const saved = await saveCheckerSettings({ perHost: 1, global: 99, delayMs: -5, timeoutMs: 2_000, maxConsecutiveFailures: 2 });
    expect(saved).toEqual({ perHost: 1, global: 16, delayMs: 0, timeoutMs: 2_000, maxConsecutiveFailures: 2 });
    expect(await loadCheckerSettings()).toEqual(saved);
    // Kept apart from the capture's settings, which the background watches.
    expect(Object.keys(stored)).toEqual(['checkerSettings']);
  });
  it('a stored value gone bad never turns politeness off', async () => {
    stored['checkerSettings'] = { perHost: 'all', global: Infinity, timeoutMs: 0 };
    expect(await loadCheckerSettings()).toMatchObject({ perHost: 2, global: 6, timeoutMs: 1_000 });
  });
});
