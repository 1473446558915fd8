import { describe, expect, it } from 'vitest';
import { vi } from 'vitest';

// settings.ts imports the adapter for its storage helpers; the pure part needs no browser.
vi.mock('./browser-adapter', () => ({ browser: {} }));
const { sanitizeSettings, DEFAULT_SETTINGS } = await import('./settings');

describe('sanitizeSettings', () => {
  it('keeps a valid value', () => expect(sanitizeSettings({ keptLoadsPerTab: 7 })).toEqual({ keptLoadsPerTab: 7 }));
  it('clamps out-of-range values', () => {
    expect(sanitizeSettings({ keptLoadsPerTab: 0 }).keptLoadsPerTab).toBe(1);
    expect(sanitizeSettings({ keptLoadsPerTab: 999 }).keptLoadsPerTab).toBe(20);
  });
  it('falls back to defaults on garbage', () => {
    expect(sanitizeSettings('nonsense')).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings({ keptLoadsPerTab: 'x' })).toEqual(DEFAULT_SETTINGS);
    expect(sanitizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });
});
