import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retry-after';

const NOW = Date.UTC(2026, 11, 5, 10, 0, 0);

describe('retryAfterMs', () => {
  it('reads seconds', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP-date in each of its forms, relative to now', () => {
    expect(retryAfterMs('Sat, 05 Dec 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(retryAfterMs('Saturday, 05-Dec-26 10:01:00 GMT', NOW)).toBe(60_000);
    expect(retryAfterMs('Sat Dec  5 10:00:10 2026', NOW)).toBe(10_000);
  });

  it('reads a date in the past as no delay', () => {
    expect(retryAfterMs('Fri, 04 Dec 2026 10:00:00 GMT', NOW)).toBe(0);
  });

  it('refuses what it cannot read', () => {
    for (const value of [undefined, '', '-5', '5.5', 'soon', '2026-12-05', 'Sat, 99 Foo 2026 GMT']) expect(retryAfterMs(value, NOW)).toBeUndefined();
  });
});
