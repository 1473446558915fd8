/**
 * How politely the checker asks: the settings a person may tune, with their bounds. Read defensively
 * (they come from storage), so a bad value can never turn politeness off.
 */

export interface SchedulerSettings {
  /** Requests under way at once to one host. */
  perHost: number;
  /** Requests under way at once in all. */
  global: number;
  /** The least time between two request starts to one host, in milliseconds. */
  delayMs: number;
  /** A request not answered in this time is abandoned as failed (the driver applies it). */
  timeoutMs: number;
  /** After this many failures in a row from one host, its remaining URLs are skipped. */
  maxConsecutiveFailures: number;
}

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({
  perHost: 2,
  global: 6,
  delayMs: 250,
  timeoutMs: 15_000,
  maxConsecutiveFailures: 5,
});

/** The least and the most each setting may be (the page's fields show them). */
export const SCHEDULER_SETTING_LIMITS: Readonly<Record<keyof SchedulerSettings, readonly [number, number]>> = {
  perHost: [1, 6],
  global: [1, 16],
  delayMs: [0, 60_000],
  timeoutMs: [1_000, 120_000],
  maxConsecutiveFailures: [1, 1_000],
};

export function sanitizeSchedulerSettings(raw: unknown): SchedulerSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof SchedulerSettings, unknown>>;
  const out = { ...DEFAULT_SCHEDULER_SETTINGS };
  for (const key of Object.keys(SCHEDULER_SETTING_LIMITS) as (keyof SchedulerSettings)[]) {
    const n = value[key];
    const [min, max] = SCHEDULER_SETTING_LIMITS[key];
    if (typeof n === 'number' && Number.isFinite(n)) out[key] = Math.min(max, Math.max(min, Math.floor(n)));
  }
  // One host can never be allowed more than all hosts together.
  out.perHost = Math.min(out.perHost, out.global);
  return out;
}
