/**
 * Which queued URL may be requested now: a pure state machine with an injected clock and no timer
 * of its own. The driver (the checker page's check-run.ts) asks `next()`, starts what it is given, sets one timer when
 * told to wait, and reports each end with `finish()`. Every step is O(log hosts): hosts ready to start
 * sit in a min-heap keyed by the earliest time they may start again, ties broken first come first
 * served, which also takes the hosts in turn.
 *
 * Politeness, per host: at most `perHost` requests at once and `delayMs` between starts; a 429 or 503
 * with a usable Retry-After holds the whole host until then, and the URL is asked once more; after
 * `maxConsecutiveFailures` failures in a row, the host's remaining URLs are skipped (the others go
 * on), and no more requests than that are ever sent into a run of failures. In all: at most `global`
 * requests at once.
 */
import { MinHeap } from './min-heap';
import { retryAfterMs } from './retry-after';
import { sanitizeSchedulerSettings, type SchedulerSettings } from './scheduler-settings';

/** A Retry-After longer than this is not waited for: the answer stands, and the host waits this long. */
const MAX_RETRY_AFTER_MS = 5 * 60_000;

export type NextStep =
  | { kind: 'start'; job: number; url: string; attempt: number }
  /** Nothing may start before `until`: set a timer, or wait for a finish. */
  | { kind: 'wait'; until: number }
  /** At a limit: wait for a finish. */
  | { kind: 'busy' }
  | { kind: 'paused' }
  /** Nothing queued, nothing running. */
  | { kind: 'finished' };

/** What came of a request: its final status, or the error it ended with. */
export interface FinishReport {
  status?: number;
  /** The Retry-After header of a 429 or 503. */
  retryAfter?: string;
  error?: string;
}

export interface FinishOutcome {
  /** The URL was put back to be asked once more (after its Retry-After). */
  retry: boolean;
  /** URLs skipped because this host failed too often in a row. */
  skipped: number[];
}

export type JobState = 'queued' | 'running' | 'done' | 'skipped';
type SkipReason = 'host-failing' | 'stopped';

export interface Progress {
  total: number;
  done: number;
  running: number;
  queued: number;
  skipped: number;
  /** Finished per second over the time spent checking (pauses excluded); absent before the first. */
  ratePerSecond?: number;
  /** At that rate; absent without a rate. */
  remainingMs?: number;
}

interface HostState {
  queue: number[];
  head: number;
  /** URLs put back after a Retry-After, asked before the rest. */
  retries: number[];
  running: number;
  nextStartAt: number;
  failures: number;
  stopped: boolean;
  inHeap: boolean;
}

interface HeapEntry {
  host: HostState;
  at: number;
  seq: number;
}

const EMPTY: FinishOutcome = Object.freeze({ retry: false, skipped: [] as number[] });

export class PoliteScheduler {
  readonly settings: SchedulerSettings;
  private readonly urls: string[] = [];
  private readonly hostOf: HostState[] = [];
  private readonly states: JobState[] = [];
  private readonly attempts: number[] = [];
  private readonly skipReasons = new Map<number, SkipReason>();
  private readonly hosts = new Map<string, HostState>();
  private readonly ready = new MinHeap<HeapEntry>((a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq));
  private seq = 0;
  private running = 0;
  private done = 0;
  private skipped = 0;
  private paused = false;
  private stopped = false;
  private startedAt: number | undefined;
  private pausedAt: number | undefined;
  private pausedMs = 0;

  constructor(
    settings: unknown,
    private readonly now: () => number,
  ) {
    this.settings = sanitizeSchedulerSettings(settings);
  }

  /** Queues URLs (already validated); returns the job number of the first. More may come later (a sitemap index's children). */
  add(urls: readonly string[]): number {
    const first = this.urls.length;
    for (const url of urls) {
      const job = this.urls.length;
      const host = this.hostFor(url);
      this.urls.push(url);
      this.hostOf.push(host);
      this.states.push(this.stopped ? 'skipped' : 'queued');
      this.attempts.push(0);
      if (this.stopped) {
        this.skip(job, 'stopped');
        continue;
      }
      host.queue.push(job);
      this.offer(host);
    }
    return first;
  }

  next(): NextStep {
    if (this.stopped) return this.running > 0 ? { kind: 'busy' } : { kind: 'finished' };
    if (this.paused) return { kind: 'paused' };
    if (this.running >= this.settings.global) return { kind: 'busy' };
    const now = this.now();
    for (;;) {
      const top = this.ready.peek();
      if (top === undefined) return this.running > 0 ? { kind: 'busy' } : { kind: 'finished' };
      const host = top.host;
      if (host.stopped || !hasQueued(host) || !this.hasRoom(host)) {
        this.ready.pop();
        host.inHeap = false;
        continue;
      }
      if (top.at < host.nextStartAt) {
        // The host was held back (a Retry-After) after it entered the heap: take its place again.
        this.ready.pop();
        this.ready.push({ host, at: host.nextStartAt, seq: this.seq++ });
        continue;
      }
      if (top.at > now) return { kind: 'wait', until: top.at };
      this.ready.pop();
      host.inHeap = false;
      return this.start(host, now);
    }
  }

  finish(job: number, report: FinishReport): FinishOutcome {
    if (this.states[job] !== 'running') return EMPTY;
    const host = this.hostOf[job]!;
    const now = this.now();
    host.running--;
    this.running--;
    const throttled = report.status === 429 || report.status === 503;
    const wait = throttled ? retryAfterMs(report.retryAfter, now) : undefined;
    if (wait !== undefined) {
      host.nextStartAt = Math.max(host.nextStartAt, now + Math.min(wait, MAX_RETRY_AFTER_MS));
      if (this.attempts[job] === 1 && wait <= MAX_RETRY_AFTER_MS && !this.stopped) {
        this.states[job] = 'queued';
        host.retries.push(job);
        this.offer(host);
        return { retry: true, skipped: [] };
      }
    }
    this.states[job] = 'done';
    this.done++;
    const failed = report.error !== undefined || report.status === undefined || report.status >= 500 || report.status === 429;
    host.failures = failed ? host.failures + 1 : 0;
    if (host.failures >= this.settings.maxConsecutiveFailures && !host.stopped) {
      host.stopped = true;
      return { retry: false, skipped: this.drain(host, 'host-failing') };
    }
    this.offer(host);
    return EMPTY;
  }

  pause(): void {
    if (this.paused || this.stopped) return;
    this.paused = true;
    this.pausedAt = this.now();
  }

  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    if (this.pausedAt !== undefined && this.startedAt !== undefined) this.pausedMs += this.now() - Math.max(this.pausedAt, this.startedAt);
    this.pausedAt = undefined;
  }

  /** No new request starts; the queued URLs are skipped (returned), the running ones may still finish. */
  stop(): number[] {
    if (this.stopped) return [];
    this.resume();
    this.stopped = true;
    const skipped: number[] = [];
    for (const host of this.hosts.values()) skipped.push(...this.drain(host, 'stopped'));
    return skipped;
  }

  stateOf(job: number): JobState | undefined {
    return this.states[job];
  }

  /** Why a skipped URL was not checked. */
  skipReasonOf(job: number): SkipReason | undefined {
    return this.skipReasons.get(job);
  }

  progress(): Progress {
    const total = this.urls.length;
    const progress: Progress = {
      total,
      done: this.done,
      running: this.running,
      queued: total - this.done - this.running - this.skipped,
      skipped: this.skipped,
    };
    const active = this.activeMs();
    if (this.done > 0 && active > 0) {
      progress.ratePerSecond = (this.done * 1000) / active;
      progress.remainingMs = ((progress.queued + progress.running) / progress.ratePerSecond) * 1000;
    }
    return progress;
  }

  /** Time spent checking: from the first start, pauses excluded. */
  private activeMs(): number {
    if (this.startedAt === undefined) return 0;
    const now = this.now();
    const pausedNow = this.paused && this.pausedAt !== undefined ? now - Math.max(this.pausedAt, this.startedAt) : 0;
    return now - this.startedAt - this.pausedMs - pausedNow;
  }

  private start(host: HostState, now: number): NextStep {
    const job = host.retries.length > 0 ? host.retries.shift()! : host.queue[host.head++]!;
    this.states[job] = 'running';
    this.attempts[job]!++;
    this.running++;
    host.running++;
    host.nextStartAt = Math.max(host.nextStartAt, now + this.settings.delayMs);
    this.startedAt ??= now;
    this.offer(host);
    return { kind: 'start', job, url: this.urls[job]!, attempt: this.attempts[job]! };
  }

  /**
   * Whether the host may have one more request under way: fewer than `perHost`, and, while it is
   * failing, no more than could still end its run of failures. With two under way after four failures
   * of a limit of five, both could fail: the limit would be passed by one. So the requests under way
   * plus the failures so far never exceed the limit, and a failing host is asked exactly that many times.
   */
  private hasRoom(host: HostState): boolean {
    return host.running < Math.min(this.settings.perHost, this.settings.maxConsecutiveFailures - host.failures);
  }

  /** Puts the host in the heap when it could start something (once: `inHeap`). */
  private offer(host: HostState): void {
    if (host.inHeap || host.stopped || !hasQueued(host) || !this.hasRoom(host)) return;
    host.inHeap = true;
    this.ready.push({ host, at: host.nextStartAt, seq: this.seq++ });
  }

  private drain(host: HostState, reason: SkipReason): number[] {
    const jobs = [...host.retries, ...host.queue.slice(host.head)];
    host.retries = [];
    host.queue = [];
    host.head = 0;
    for (const job of jobs) {
      this.states[job] = 'skipped';
      this.skip(job, reason);
    }
    return jobs;
  }

  private skip(job: number, reason: SkipReason): void {
    this.skipReasons.set(job, reason);
    this.skipped++;
  }

  private hostFor(url: string): HostState {
    let key: string;
    try {
      key = new URL(url).host;
    } catch {
      key = url;
    }
    let host = this.hosts.get(key);
    if (host === undefined) {
      host = { queue: [], head: 0, retries: [], running: 0, nextStartAt: 0, failures: 0, stopped: false, inHeap: false };
      this.hosts.set(key, host);
    }
    return host;
  }
}

function hasQueued(host: HostState): boolean {
  return host.retries.length > 0 || host.head < host.queue.length;
}
