/**
 * Starts a run from the click on Check: asks for what the profiles need (while the click is handled),
 * sets this tab's rule to the first profile, reads the politeness settings as saved, and makes the run
 * (not yet started): one profile's, or two profiles' one after the other for the compare view.
 */
import { requestInitFor, type CheckProfile } from '../shared/checker/check-profiles';
import { phrase, type Phrase } from '../shared/checker/checker-phrase';
import { CheckRun, type CheckTarget } from './check-run';
import type { CheckerEnv } from './checker-env';
import { ComparedRun } from './compared-run';

export type Method = 'GET' | 'HEAD';

export type StartedRun = { ok: true; run: CheckRun | ComparedRun } | { ok: false; message: Phrase };

export async function startRun(
  env: CheckerEnv,
  targets: readonly CheckTarget[],
  profiles: readonly [CheckProfile] | readonly [CheckProfile, CheckProfile],
  method: Method,
  onChange: () => void,
): Promise<StartedRun> {
  try {
    // First, while the click is being handled: a permission request needs it.
    const allowed = await env.allowProfiles(profiles);
    if (!allowed.ok) return allowed;
    const ready = await env.useProfile(profiles[0]);
    if (!ready.ok) return ready;
    const settings = await env.politeness.load();
    const runFor = (profile: CheckProfile, changed: () => void): CheckRun =>
      new CheckRun(targets, { ...env.runDeps, settings, init: requestInitFor(profile, method), stopAfterHeaders: method === 'GET', onChange: changed });
    const second = profiles[1];
    let compared: ComparedRun | undefined;
    const first = runFor(
      profiles[0],
      second === undefined
        ? onChange
        : () => {
            compared?.advance();
            onChange();
          },
    );
    if (second !== undefined) {
      compared = new ComparedRun(
        first,
        [profiles[0], second],
        async () => {
          const switched = await env.useProfile(second).catch((error: unknown) => ({ ok: false as const, message: String(error) }));
          return switched.ok ? runFor(second, onChange) : phrase('checkerSecondProfileFailed', switched.message);
        },
        onChange,
      );
    }
    const run = compared ?? first;
    return { ok: true, run };
  } catch (error) {
    return { ok: false, message: phrase('checkerProfileFailed', String(error)) };
  }
}
