import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS, sanitizeSchedulerSettings } from './scheduler-settings';

describe('sanitizeSchedulerSettings', () => {
  it('is polite by default: 2 per host, 6 in all, 15 s timeout', () => {
    expect(sanitizeSchedulerSettings(undefined)).toEqual({ perHost: 2, global: 6, delayMs: 250, timeoutMs: 15_000, maxConsecutiveFailures: 5 });
    expect(sanitizeSchedulerSettings(undefined)).toEqual(DEFAULT_SCHEDULER_SETTINGS);
  });

  it('keeps values in their bounds, and never lets one host have more than all', () => {
    expect(sanitizeSchedulerSettings({ perHost: 100, global: 0, delayMs: -5, timeoutMs: 1e9, maxConsecutiveFailures: 2.7 })).toEqual({
      perHost: 1,
      global: 1,
      delayMs: 0,
      timeoutMs: 120_000,
      maxConsecutiveFailures: 2,
    });
    expect(sanitizeSchedulerSettings({ perHost: 4, global: 3 }).perHost).toBe(3);
  });

  it('ignores values that are not numbers', () => {
    expect(sanitizeSchedulerSettings({ perHost: '10', global: NaN, delayMs: null, timeoutMs: Infinity })).toEqual(DEFAULT_SCHEDULER_SETTINGS);
  });
});
