/**
 * The same list under two profiles, for the compare view: the first profile's run, then the second's.
 * One after the other because a checker tab has one User-Agent rule, and nothing but the tab tells the
 * browser's rule (Chromium) or listener (Firefox) which request is which: the URL is never changed to
 * carry a mark, and the two runs' requests to one URL would look alike. Between the runs the tab's rule
 * is switched to the second profile, once every request of the first has ended.
 */
import type { RequestEvent } from '../shared/capture';
import type { CheckProfile } from '../shared/checker/check-profiles';
import type { Phrase } from '../shared/checker/checker-phrase';
import type { Progress } from '../shared/checker/polite-scheduler';
import type { CheckRun } from './check-run';

export class ComparedRun {
  /** The second profile's run, once the first has ended. */
  second: CheckRun | undefined;
  /** Why the second run could not start (its profile could not be set up). */
  problem: Phrase | undefined;
  private stopped = false;
  private switching = false;

  constructor(
    readonly first: CheckRun,
    readonly profiles: readonly [CheckProfile, CheckProfile],
    /** Sets the second profile up and makes its run, or says why it could not. */
    private readonly makeSecond: () => Promise<CheckRun | Phrase>,
    private readonly onChange: () => void,
  ) {}

  /** The first profile's results: what the results table and the export show. */
  get results(): CheckRun['results'] {
    return this.first.results;
  }

  get finished(): boolean {
    if (!this.first.finished) return false;
    return this.second !== undefined ? this.second.finished : this.stopped || this.problem !== undefined;
  }

  get paused(): boolean {
    return this.current.paused;
  }

  private get current(): CheckRun {
    return this.second ?? this.first;
  }

  start(): void {
    this.first.start();
  }

  pause(): void {
    this.current.pause();
  }

  resume(): void {
    this.current.resume();
  }

  stop(): void {
    this.stopped = true;
    this.current.stop();
    this.onChange();
  }

  onEvent(e: RequestEvent): void {
    this.current.onEvent(e);
  }

  /** Called on every change of the first run: starts the second once the first has ended. */
  advance(): void {
    if (!this.first.finished || this.second !== undefined || this.stopped || this.switching || this.problem !== undefined) return;
    this.switching = true;
    void this.makeSecond().then((made) => {
      this.switching = false;
      if (!('start' in made)) this.problem = made;
      else if (!this.stopped) {
        this.second = made;
        made.start();
      }
      this.onChange();
    });
  }

  /** Both runs together: every URL counts twice. */
  progress(): Progress {
    const a = this.first.progress();
    const notYet = this.stopped || this.problem !== undefined;
    const b = this.second?.progress() ?? { total: a.total, done: 0, running: 0, queued: notYet ? 0 : a.total, skipped: notYet ? a.total : 0 };
    const sum: Progress = {
      total: a.total + b.total,
      done: a.done + b.done,
      running: a.running + b.running,
      queued: a.queued + b.queued,
      skipped: a.skipped + b.skipped,
    };
    const rate = (this.second === undefined ? a : b).ratePerSecond;
    if (rate !== undefined && rate > 0) {
      sum.ratePerSecond = rate;
      sum.remainingMs = ((sum.queued + sum.running) / rate) * 1000;
    }
    return sum;
  }
}
