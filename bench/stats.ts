/** Medians, because the machine is shared and noisy: one slow outlier must not move the figure. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A small seeded generator (mulberry32), so a run's interval can be computed again from its times. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where 90% of a ratio's redraws fell: their 5th and 95th percentiles. */
export interface RatioBand {
  low: number;
  high: number;
}

/**
 * How far a ratio of two medians could have fallen by chance, from the run's own rounds: the rounds are
 * drawn again with replacement, `resamples` times, and the 5th and 95th percentiles of the ratio of
 * medians returned. `paired`: the i-th times of both were measured side by side and are drawn together;
 * otherwise each list is drawn on its own. On a noisy machine this says whether a run's figure can tell
 * apart the values a budget is about.
 */
export function bootstrapRatioInterval(
  numerator: readonly number[],
  denominator: readonly number[],
  { paired = true, resamples = 2000, seed = 1 }: { paired?: boolean; resamples?: number; seed?: number } = {},
): RatioBand {
  if (numerator.length === 0 || denominator.length === 0 || (paired && numerator.length !== denominator.length)) return { low: Number.NaN, high: Number.NaN };
  const random = seeded(seed);
  const draw = (from: readonly number[], picks: readonly number[]): number[] => picks.map((k) => from[k]!);
  const picksOf = (n: number): number[] => Array.from({ length: n }, () => Math.floor(random() * n));
  const ratios: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const picks = picksOf(numerator.length);
    ratios.push(median(draw(numerator, picks)) / median(draw(denominator, paired ? picks : picksOf(denominator.length))));
  }
  ratios.sort((x, y) => x - y);
  return { low: ratios[Math.floor(0.05 * (resamples - 1))]!, high: ratios[Math.ceil(0.95 * (resamples - 1))]! };
}
