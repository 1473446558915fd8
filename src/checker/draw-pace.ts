/**
 * How often the checker page draws while a run goes on. Drawing at every frame in which a result
 * changed (20 to 60 times a second with six requests at once) cost the page's renderer four times
 * the CPU of the requests themselves, on the main thread that also handles the fetches and the
 * webRequest events, and made a run of 1,000 URLs nearly twice as long as a plain fetch loop
 * (bench/checker.ts). A progress line and a table redrawn twice a second look just as live, and
 * cost half of four times a second: at four, drawing was still a third of the checker's own work on
 * the main thread, and a round of 1,000 URLs ran 4% longer (median of six rounds, both builds side by
 * side). What a person does (pause, the run's end) is drawn at the next frame.
 */

const DRAW_INTERVAL_MS = 500;

export interface PaceTimers {
  now: () => number;
  after: (ms: number, run: () => void) => number;
  cancel: (timer: number) => void;
  nextFrame: (run: () => void) => void;
}

/**
 * Returns `request(urgent)`: `draw` runs at the next frame, no sooner than `intervalMs` after the
 * last draw unless urgent; requests in between are one draw.
 */
export function pacedDraw(draw: () => void, timers: PaceTimers, intervalMs: number = DRAW_INTERVAL_MS): (urgent: boolean) => void {
  let lastDrawAt = Number.NEGATIVE_INFINITY;
  let frameAsked = false;
  let timer: number | undefined;
  const atNextFrame = (): void => {
    if (timer !== undefined) timers.cancel(timer);
    timer = undefined;
    if (frameAsked) return;
    frameAsked = true;
    timers.nextFrame(() => {
      frameAsked = false;
      lastDrawAt = timers.now();
      draw();
    });
  };
  return (urgent) => {
    // A draw already asked for covers this change: not even the clock is read (one change per event).
    if (frameAsked || (timer !== undefined && !urgent)) return;
    const wait = urgent ? 0 : lastDrawAt + intervalMs - timers.now();
    if (wait <= 0) {
      atNextFrame();
      return;
    }
    // Only a change with no draw on its way gets here (an urgent one never waits): no timer is pending.
    timer = timers.after(wait, () => {
      timer = undefined;
      atNextFrame();
    });
  };
}
