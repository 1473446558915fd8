import { describe, expect, it, vi } from 'vitest';

// settings.ts imports the adapter for its storage helpers; the pure part needs no browser.
vi.mock('./browser-adapter', () => ({ browser: {} }));
const { sanitizeSettings, DEFAULT_SETTINGS } = await import('./settings');

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
