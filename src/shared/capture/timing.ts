/**
 * A request's timing, from the browser's own time stamps: how the capture ends one, and how any view
 * reads its duration. One rule for a page's hops, its sub-resources and its failed requests alike.
 */
import type { Timing } from './capture-state';

/** Ends the timing at the browser's time stamp; a missing one leaves it open. */
export function endTiming(record: { timing: Timing }, timeStamp: number | undefined): void {
  if (timeStamp === undefined) return;
  record.timing.end = timeStamp;
  if (record.timing.start !== undefined) record.timing.duration = Math.max(0, timeStamp - record.timing.start);
}

/** The stored duration, else end - start; never negative, undefined when not known. */
export function timingDuration(timing: Timing): number | undefined {
  const duration = timing.duration ?? (timing.start !== undefined && timing.end !== undefined ? timing.end - timing.start : undefined);
  return duration !== undefined ? Math.max(0, duration) : undefined;
}
