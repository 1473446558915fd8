import { describe, expect, it } from 'vitest';
import { bootstrapRatioInterval, median } from './stats';

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('bootstrapRatioInterval', () => {
  it('holds the ratio of the medians, and is narrow when the rounds agree', () => {
    const b = Array.from({ length: 31 }, (_, i) => 1000 + (i % 5));
    const a = b.map((t) => t * 1.1);
    const { low, high } = bootstrapRatioInterval(a, b);
    expect(low).toBeCloseTo(1.1, 2);
    expect(high).toBeCloseTo(1.1, 2);
  });

  it('is wide when single rounds swing far, as on a noisy machine', () => {
    // Each time anywhere between 1.6 s and 3.6 s, both arms alike.
    const swing = (i: number): number => 1600 + ((i * 7919) % 2000);
    const a = Array.from({ length: 31 }, (_, i) => swing(i));
    const b = Array.from({ length: 31 }, (_, i) => swing(i + 11));
    const { low, high } = bootstrapRatioInterval(a, b);
    expect(low).toBeLessThan(median(a) / median(b));
    expect(high).toBeGreaterThan(median(a) / median(b));
    expect(high - low).toBeGreaterThan(0.1);
  });

  it('gives the same interval for the same times, and none for no rounds or unpaired lists of two lengths', () => {
    const a = [1, 2, 3, 4, 5, 6, 7];
    const b = [7, 6, 5, 4, 3, 2, 1];
    expect(bootstrapRatioInterval(a, b)).toEqual(bootstrapRatioInterval(a, b));
    expect(bootstrapRatioInterval([], [])).toEqual({ low: Number.NaN, high: Number.NaN });
    expect(bootstrapRatioInterval(a, [1, 2])).toEqual({ low: Number.NaN, high: Number.NaN });
  });

  it('pairs the rounds: a slow round slows both arms, and drawn together they keep their ratio', () => {
    // Each round's pair differs by exactly 2%, while the rounds themselves go from 1 s to 3 s.
    const b = Array.from({ length: 31 }, (_, i) => 1000 + ((i * 7919) % 2000));
    const a = b.map((t) => t * 1.02);
    const paired = bootstrapRatioInterval(a, b);
    const apart = bootstrapRatioInterval(a, b, { paired: false });
    expect(paired.high - paired.low).toBeLessThan(0.01);
    expect(apart.high - apart.low).toBeGreaterThan(0.1);
    // Lists of two lengths (a wake that was not measured) can still be drawn apart.
    expect(bootstrapRatioInterval(a, b.slice(1), { paired: false }).low).toBeLessThan(1.02);
  });
});
