import { describe, expect, it } from 'vitest';
import { PoliteScheduler, type FinishReport, type NextStep } from './polite-scheduler';
import type { SchedulerSettings } from './scheduler-settings';

/** A scheduler on a clock the test moves. */
function setup(settings: Partial<SchedulerSettings> = {}): { s: PoliteScheduler; clock: { t: number } } {
  const clock = { t: 1_000_000 };
  return { s: new PoliteScheduler({ delayMs: 0, ...settings }, () => clock.t), clock };
}

const urls = (host: string, n: number): string[] => Array.from({ length: n }, (_, i) => `https://${host}/${i}`);
const hostOf = (url: string): string => new URL(url).host;

/** Every start `next()` allows now. */
function startAll(s: PoliteScheduler): Array<Extract<NextStep, { kind: 'start' }>> {
  const started: Array<Extract<NextStep, { kind: 'start' }>> = [];
  for (;;) {
    const step = s.next();
    if (step.kind !== 'start') return started;
    started.push(step);
  }
}

const OK: FinishReport = { status: 200 };

describe('PoliteScheduler limits', () => {
  it('starts at most 2 per host and 6 in all', () => {
    const { s } = setup();
    s.add([...urls('a.example', 10), ...urls('b.example', 10), ...urls('c.example', 10), ...urls('d.example', 10)]);
    const started = startAll(s);
    expect(started).toHaveLength(6);
    const perHost = new Map<string, number>();
    for (const step of started) perHost.set(hostOf(step.url), (perHost.get(hostOf(step.url)) ?? 0) + 1);
    expect([...perHost.values()].every((n) => n <= 2)).toBe(true);
    expect(s.next()).toEqual({ kind: 'busy' });
  });

  it('takes the hosts in turn rather than emptying one first', () => {
    const { s } = setup({ perHost: 1, global: 3 });
    s.add([...urls('a.example', 3), ...urls('b.example', 3), ...urls('c.example', 3)]);
    expect(startAll(s).map((step) => hostOf(step.url))).toEqual(['a.example', 'b.example', 'c.example']);
  });

  it('starts a host’s next request only after the delay', () => {
    const { s, clock } = setup({ delayMs: 250 });
    s.add(urls('a.example', 4));
    const t0 = clock.t;
    expect(s.next()).toMatchObject({ kind: 'start', job: 0, attempt: 1 });
    expect(s.next()).toEqual({ kind: 'wait', until: t0 + 250 });
    clock.t = t0 + 250;
    expect(s.next()).toMatchObject({ kind: 'start', job: 1 });
    expect(s.next()).toEqual({ kind: 'busy' });
    clock.t = t0 + 300;
    s.finish(0, OK);
    expect(s.next()).toEqual({ kind: 'wait', until: t0 + 500 });
  });

  it('says finished when nothing is queued or running', () => {
    const { s } = setup();
    expect(s.next()).toEqual({ kind: 'finished' });
    s.add(['https://a.example/']);
    const step = s.next();
    expect(step).toMatchObject({ kind: 'start' });
    expect(s.next()).toEqual({ kind: 'busy' });
    s.finish(0, OK);
    expect(s.next()).toEqual({ kind: 'finished' });
    expect(s.stateOf(0)).toBe('done');
  });

  it('ignores a finish for a job that is not running', () => {
    const { s } = setup();
    s.add(['https://a.example/']);
    expect(s.finish(0, OK)).toEqual({ retry: false, skipped: [] });
    expect(s.finish(99, OK)).toEqual({ retry: false, skipped: [] });
    expect(s.progress().done).toBe(0);
  });
});

describe('PoliteScheduler and Retry-After', () => {
  it('holds the host for the Retry-After seconds and asks the URL once more', () => {
    const { s, clock } = setup();
    s.add(['https://a.example/1', 'https://a.example/2', 'https://b.example/1']);
    startAll(s);
    const t0 = clock.t;
    expect(s.finish(0, { status: 429, retryAfter: '2' })).toEqual({ retry: true, skipped: [] });
    expect(s.stateOf(0)).toBe('queued');
    s.finish(1, OK);
    // b.example is not held; a.example waits two seconds.
    expect(s.next()).toEqual({ kind: 'wait', until: t0 + 2000 });
    clock.t = t0 + 2000;
    expect(s.next()).toMatchObject({ kind: 'start', job: 0, attempt: 2 });
    // A second 429 stands as the answer.
    expect(s.finish(0, { status: 429, retryAfter: '2' })).toEqual({ retry: false, skipped: [] });
    expect(s.stateOf(0)).toBe('done');
  });

  it('reads an HTTP-date, for a 503 too', () => {
    const { s, clock } = setup();
    clock.t = Date.UTC(2026, 11, 5, 10, 0, 0);
    s.add(['https://a.example/']);
    s.next();
    expect(s.finish(0, { status: 503, retryAfter: 'Sat, 05 Dec 2026 10:00:05 GMT' }).retry).toBe(true);
    expect(s.next()).toEqual({ kind: 'wait', until: clock.t + 5000 });
  });

  it('does not retry without a usable Retry-After, nor for another status, nor after a very long one', () => {
    const { s } = setup();
    s.add(urls('a.example', 4));
    startAll(s);
    expect(s.finish(0, { status: 503 }).retry).toBe(false);
    expect(s.finish(1, { status: 200, retryAfter: '1' }).retry).toBe(false);
    startAll(s);
    expect(s.finish(2, { status: 429, retryAfter: 'soon' }).retry).toBe(false);
    expect(s.finish(3, { status: 429, retryAfter: '3600' }).retry).toBe(false);
    expect(s.progress()).toMatchObject({ done: 4, queued: 0 });
  });

  it('holds the host at most five minutes for a very long Retry-After', () => {
    const { s, clock } = setup();
    s.add(urls('a.example', 2));
    s.next();
    s.finish(0, { status: 503, retryAfter: '86400' });
    expect(s.next()).toEqual({ kind: 'wait', until: clock.t + 5 * 60_000 });
  });
});

describe('PoliteScheduler and failing hosts', () => {
  it('skips the rest of a host after N failures in a row, and goes on with the others', () => {
    const { s } = setup({ maxConsecutiveFailures: 3, perHost: 1 });
    s.add([...urls('down.example', 6), ...urls('up.example', 2)]);
    const fail = (job: number): number[] => s.finish(job, { error: 'net::ERR_CONNECTION_REFUSED' }).skipped;
    startAll(s); // down/0 and up/0
    expect(fail(0)).toEqual([]);
    s.finish(6, OK);
    startAll(s); // down/1 and up/1
    expect(fail(1)).toEqual([]);
    startAll(s);
    expect(fail(2)).toEqual([3, 4, 5]);
    expect(s.skipReasonOf(4)).toBe('host-failing');
    expect(s.stateOf(4)).toBe('skipped');
    s.finish(7, OK);
    expect(s.next()).toEqual({ kind: 'finished' });
    expect(s.progress()).toMatchObject({ total: 8, done: 5, skipped: 3, queued: 0 });
  });

  it('sends a failing host no more requests than the limit, however many may run at once', () => {
    const { s } = setup({ maxConsecutiveFailures: 3, perHost: 2 });
    s.add(urls('down.example', 10));
    const fail = (job: number): number[] => s.finish(job, { status: 500 }).skipped;
    expect(startAll(s).map((step) => step.job)).toEqual([0, 1]);
    expect(fail(0)).toEqual([]);
    // One failure and one under way: a third may still go, since a success could end the run.
    expect(startAll(s).map((step) => step.job)).toEqual([2]);
    expect(fail(1)).toEqual([]);
    // Two failures and one under way: another would be a fourth into the run of failures.
    expect(startAll(s)).toEqual([]);
    expect(fail(2)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(s.progress()).toMatchObject({ done: 3, skipped: 7 });
  });

  it('gives a failing host its full width again after a success', () => {
    const { s } = setup({ maxConsecutiveFailures: 2, perHost: 2 });
    s.add(urls('flaky.example', 6));
    expect(startAll(s).map((step) => step.job)).toEqual([0, 1]);
    expect(s.finish(0, { status: 503 }).skipped).toEqual([]);
    expect(startAll(s)).toEqual([]);
    expect(s.finish(1, OK).skipped).toEqual([]);
    expect(startAll(s).map((step) => step.job)).toEqual([2, 3]);
  });

  it('counts 5xx, 429 and timeouts as failures, and any other answer as a success that resets the count', () => {
    const { s } = setup({ maxConsecutiveFailures: 2, perHost: 1 });
    s.add(urls('a.example', 6));
    const run = (report: FinishReport): number[] => {
      const step = s.next();
      if (step.kind !== 'start') throw new Error(step.kind);
      return s.finish(step.job, report).skipped;
    };
    expect(run({ status: 500 })).toEqual([]);
    expect(run({ status: 404 })).toEqual([]);
    expect(run({ error: 'timeout' })).toEqual([]);
    expect(run({ status: 502 })).toEqual([4, 5]);
  });
});

describe('PoliteScheduler pause, resume, stop', () => {
  it('starts nothing while paused, and lets running requests finish', () => {
    const { s } = setup();
    s.add(urls('a.example', 4));
    startAll(s);
    s.pause();
    expect(s.next()).toEqual({ kind: 'paused' });
    s.finish(0, OK);
    expect(s.next()).toEqual({ kind: 'paused' });
    s.resume();
    expect(s.next()).toMatchObject({ kind: 'start', job: 2 });
  });

  it('skips the queue on stop, still takes the running ones’ results, then finishes', () => {
    const { s } = setup();
    s.add(urls('a.example', 5));
    startAll(s);
    expect(s.stop()).toEqual([2, 3, 4]);
    expect(s.skipReasonOf(3)).toBe('stopped');
    expect(s.next()).toEqual({ kind: 'busy' });
    s.finish(0, OK);
    s.finish(1, { status: 429, retryAfter: '1' });
    expect(s.stateOf(1)).toBe('done');
    expect(s.next()).toEqual({ kind: 'finished' });
    expect(s.add(['https://b.example/'])).toBe(5);
    expect(s.stateOf(5)).toBe('skipped');
  });

  it('takes URLs added while it runs', () => {
    const { s } = setup();
    s.add(['https://a.example/']);
    s.next();
    s.finish(0, OK);
    expect(s.next()).toEqual({ kind: 'finished' });
    s.add(['https://b.example/']);
    expect(s.next()).toMatchObject({ kind: 'start', job: 1, url: 'https://b.example/' });
  });
});

describe('PoliteScheduler progress', () => {
  it('gives done / total, the rate over the time spent checking, and the time left', () => {
    const { s, clock } = setup({ global: 2, perHost: 2 });
    s.add(urls('a.example', 10));
    expect(s.progress()).toEqual({ total: 10, done: 0, running: 0, queued: 10, skipped: 0 });
    for (let i = 0; i < 4; i++) {
      const step = s.next();
      if (step.kind !== 'start') throw new Error(step.kind);
      clock.t += 500;
      s.finish(step.job, OK);
    }
    // 4 done in 2 s: 2 per second; 6 left: 3 s.
    expect(s.progress()).toEqual({ total: 10, done: 4, running: 0, queued: 6, skipped: 0, ratePerSecond: 2, remainingMs: 3000 });
    s.pause();
    clock.t += 60_000;
    expect(s.progress().ratePerSecond).toBe(2);
    s.resume();
    expect(s.progress().remainingMs).toBe(3000);
  });
});

describe('PoliteScheduler at scale', () => {
  it('checks 10,000 URLs on 300 hosts within every limit, in a number of steps linear in the URLs', () => {
    const settings = { perHost: 2, global: 6, delayMs: 100 };
    const { s, clock } = setup(settings);
    const all = Array.from({ length: 10_000 }, (_, i) => `https://h${i % 300}.example/${i}`);
    s.add(all);
    const running = new Map<number, number>(); // job -> finish time
    const perHost = new Map<string, number>();
    let steps = 0;
    let started = 0;
    for (;;) {
      steps++;
      const step = s.next();
      if (step.kind === 'finished') break;
      if (step.kind === 'start') {
        started++;
        running.set(step.job, clock.t + 50 + (step.job % 7) * 10);
        const host = hostOf(step.url);
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        expect(perHost.get(host)).toBeLessThanOrEqual(settings.perHost);
        expect(running.size).toBeLessThanOrEqual(settings.global);
        continue;
      }
      // Move the clock to the next event: a finish, or the time a host may start again.
      const nextFinish = Math.min(...running.values());
      clock.t = step.kind === 'wait' ? Math.min(step.until, nextFinish) : nextFinish;
      for (const [job, at] of running) {
        if (at > clock.t) continue;
        running.delete(job);
        const host = hostOf(all[job]!);
        perHost.set(host, perHost.get(host)! - 1);
        s.finish(job, OK);
      }
    }
    expect(started).toBe(10_000);
    expect(s.progress()).toMatchObject({ total: 10_000, done: 10_000, queued: 0, running: 0 });
    expect(steps).toBeLessThan(5 * 10_000);
  });
});
