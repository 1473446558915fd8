import { describe, expect, it } from 'vitest';
import { pacedDraw } from './draw-pace';

/** A clock, timers and frames the test moves by hand; a frame comes when the test says. */
function fakeTimers() {
  let now = 1_000;
  let nextId = 1;
  const timers = new Map<number, { at: number; run: () => void }>();
  let frames: (() => void)[] = [];
  return {
    timers: {
      now: () => now,
      after: (ms: number, run: () => void) => {
        timers.set(nextId, { at: now + ms, run });
        return nextId++;
      },
      cancel: (id: number) => void timers.delete(id),
      nextFrame: (run: () => void) => void frames.push(run),
    },
    advance(ms: number) {
      now += ms;
      for (const [id, t] of [...timers]) {
        if (t.at <= now) {
          timers.delete(id);
          t.run();
        }
      }
    },
    frame() {
      const due = frames;
      frames = [];
      for (const run of due) run();
    },
    pendingTimers: () => timers.size,
  };
}

describe('pacedDraw', () => {
  it('draws the first change at the next frame, then at most once an interval however many changes come', () => {
    const t = fakeTimers();
    let draws = 0;
    const request = pacedDraw(() => draws++, t.timers, 250);
    request(false);
    t.frame();
    expect(draws).toBe(1);
    // A hundred changes within the next 250 ms: one draw, at the first frame after the interval.
    for (let i = 0; i < 100; i++) {
      request(false);
      t.advance(2);
      t.frame();
    }
    expect(draws).toBe(1);
    t.advance(50);
    t.frame();
    expect(draws).toBe(2);
    t.advance(1_000);
    t.frame();
    expect(draws).toBe(2);
  });

  it('reads the clock only when no draw is already on its way', () => {
    const t = fakeTimers();
    let reads = 0;
    const counted = { ...t.timers, now: () => (reads++, t.timers.now()) };
    const request = pacedDraw(() => undefined, counted, 500);
    request(false);
    t.frame();
    request(false);
    const afterTimer = reads;
    for (let i = 0; i < 50; i++) request(false);
    expect(reads).toBe(afterTimer);
    expect(t.pendingTimers()).toBe(1);
  });

  it('draws an urgent change (a pause, the run’s end) at the next frame, and drops the timer it overtakes', () => {
    const t = fakeTimers();
    let draws = 0;
    const request = pacedDraw(() => draws++, t.timers, 250);
    request(false);
    t.frame();
    request(false);
    expect(t.pendingTimers()).toBe(1);
    t.advance(10);
    request(true);
    expect(t.pendingTimers()).toBe(0);
    t.frame();
    expect(draws).toBe(2);
    t.advance(1_000);
    t.frame();
    expect(draws).toBe(2);
  });
});
