import { describe, expect, it, vi } from 'vitest';

// The checker's settings are read and written through a storage area kept here in memory, whose
// onChanged tells every listener of each write, as the browser's does.
const stored: Record<string, unknown> = {};
type Changes = Record<string, { newValue?: unknown }>;
const listeners = new Set<(changes: Changes) => void>();
vi.mock('./browser-adapter', () => ({
  browser: {
    storage: {
      local: {
        get: (key: string) => Promise.resolve(key in stored ? { [key]: stored[key] } : {}),
        set: (items: Record<string, unknown>) => {
          Object.assign(stored, items);
          const changes: Changes = Object.fromEntries(Object.entries(items).map(([key, newValue]) => [key, { newValue }]));
          for (const listener of listeners) listener(changes);
          return Promise.resolve();
        },
        onChanged: {
          addListener: (listener: (changes: Changes) => void) => listeners.add(listener),
          removeListener: (listener: (changes: Changes) => void) => listeners.delete(listener),
        },
      },
    },
  },
}));
const { loadCheckerSettings, saveCheckerSettings, watchCheckerSettings } = await import('./checker-settings');

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
  it('a save from either page is told to the other, clamped, until it stops listening', async () => {
    const seen: unknown[] = [];
    const stop = watchCheckerSettings((settings) => seen.push(settings));
    await saveCheckerSettings({ perHost: 1, global: 6, delayMs: 900, timeoutMs: 15_000, maxConsecutiveFailures: 5 });
    // Another key's change (the capture's settings) is not the checker's.
    listeners.forEach((listener) => listener({ settings: { newValue: { keptLoadsPerTab: 3 } } }));
    // A value written by hand, out of bounds, arrives within them.
    listeners.forEach((listener) => listener({ checkerSettings: { newValue: { perHost: 50, delayMs: -1 } } }));
    expect(seen).toEqual([
      { perHost: 1, global: 6, delayMs: 900, timeoutMs: 15_000, maxConsecutiveFailures: 5 },
      { perHost: 6, global: 6, delayMs: 0, timeoutMs: 15_000, maxConsecutiveFailures: 5 },
    ]);
    stop();
    await saveCheckerSettings({ perHost: 2, global: 6, delayMs: 250, timeoutMs: 15_000, maxConsecutiveFailures: 5 });
    expect(seen).toHaveLength(2);
    expect(listeners.size).toBe(0);
  });
});
