import { describe, expect, it, vi } from 'vitest';
import { ENGLISH } from '../shared/i18n/english-i18n';
import { phrase, say } from '../shared/checker/checker-phrase';
import { checkProfile, type CheckProfile } from '../shared/checker/check-profiles';
import type { CheckRun } from './check-run';
import { ComparedRun } from './compared-run';

/** A run that ends when told to, with `total` URLs. */
function fakeRun(total: number) {
  const run = {
    finished: false,
    paused: false,
    results: [],
    start: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    stop: vi.fn(),
    onEvent: vi.fn(),
    progress: () => (run.finished ? { total, done: total, running: 0, queued: 0, skipped: 0 } : { total, done: 0, running: 1, queued: total - 1, skipped: 0 }),
  };
  return run;
}

const profile = (id: 'new-visitor' | 'googlebot-smartphone'): CheckProfile => {
  const choice = checkProfile(id);
  if (!choice.ok) throw new Error(say(ENGLISH, choice.message));
  return choice.profile;
};

const PROFILES = [profile('new-visitor'), profile('googlebot-smartphone')] as const;

describe('ComparedRun', () => {
  it('starts the second profile’s run only once the first has ended, and hands events to the run under way', async () => {
    const first = fakeRun(3);
    const second = fakeRun(3);
    const makeSecond = vi.fn(() => Promise.resolve(second as unknown as CheckRun));
    const run = new ComparedRun(first as unknown as CheckRun, PROFILES, makeSecond, () => undefined);
    run.start();
    expect(first.start).toHaveBeenCalledOnce();
    run.advance();
    expect(makeSecond).not.toHaveBeenCalled();
    expect(run.progress()).toMatchObject({ total: 6, done: 0, queued: 5 });
    first.finished = true;
    expect(run.finished).toBe(false);
    run.advance();
    run.advance();
    await vi.waitFor(() => expect(second.start).toHaveBeenCalledOnce());
    expect(makeSecond).toHaveBeenCalledOnce();
    run.onEvent({} as never);
    expect(second.onEvent).toHaveBeenCalledOnce();
    expect(first.onEvent).not.toHaveBeenCalled();
    expect(run.finished).toBe(false);
    second.finished = true;
    expect(run.finished).toBe(true);
    expect(run.progress()).toMatchObject({ total: 6, done: 6 });
  });

  it('stopped during the first run: the second never starts, its URLs count as skipped', async () => {
    const first = fakeRun(2);
    const makeSecond = vi.fn(() => Promise.resolve(fakeRun(2) as unknown as CheckRun));
    const run = new ComparedRun(first as unknown as CheckRun, PROFILES, makeSecond, () => undefined);
    run.start();
    run.stop();
    expect(first.stop).toHaveBeenCalledOnce();
    first.finished = true;
    run.advance();
    await Promise.resolve();
    expect(makeSecond).not.toHaveBeenCalled();
    expect(run.finished).toBe(true);
    expect(run.progress()).toMatchObject({ total: 4, skipped: 2 });
  });

  it('a second profile that cannot be set up ends the run with the reason', async () => {
    const first = fakeRun(1);
    const run = new ComparedRun(
      first as unknown as CheckRun,
      PROFILES,
      () => Promise.resolve(phrase('checkerSecondProfileFailed', 'no permission')),
      () => undefined,
    );
    first.finished = true;
    run.advance();
    await vi.waitFor(() => expect(run.problem && say(ENGLISH, run.problem)).toBe('The second profile could not be set up: no permission'));
    expect(run.finished).toBe(true);
  });
});
