/**
 * One run of the checker over a list: the polite scheduler says what may start, each URL is fetched
 * the way its profile says, and its chain is built from the browser's own webRequest events about
 * that request (handed in by the page's listeners), never from the fetch's final URL.
 *
 * A request is recognised by its URL in the browser's first event about it, whichever that is (the
 * list holds each URL once, and a URL is fetched only after it is registered here), then by the
 * browser's request id, which a redirect keeps. The page does not listen to onBeforeRequest: a chain
 * needs no event per hop that says only "starting" (each redirect already says where the next hop
 * goes), and it was half of what the browser handed the page. The first hop's start is the page's
 * clock when it called fetch. A check ends once the fetch has settled and the browser has said how the request
 * ended; if the browser stays silent, a short grace later it ends with what was seen.
 */
import type { ReduceContext, RequestEvent } from '../shared/capture';
import { findHeader } from '../shared/capture/normalize-headers';
import { followRequest, requestEnded, startRequest } from '../shared/capture/request-chain';
import { finalResponse, newCheckResult, refreshFindings, type CheckResult } from '../shared/checker/check-result';
import { PoliteScheduler, type Progress } from '../shared/checker/polite-scheduler';

export interface CheckRunDeps {
  fetch: (url: string, init: RequestInit) => Promise<Response>;
  now: () => number;
  /** The registry's explanation and the vendor detector, as the capture gets them. */
  ctx: ReduceContext;
  /** The fetch options of the chosen profile and method (check-profiles.ts `requestInitFor`). */
  init: RequestInit;
  /** Whether to stop reading once the headers are in (a GET); a HEAD has no body to stop. */
  stopAfterHeaders: boolean;
  /** The scheduler's settings (sanitised there). */
  settings?: unknown;
  /** How long to wait for the browser's last event after the fetch settled. */
  graceMs?: number;
  /** Something changed: a result, the progress, the run's end. */
  onChange: () => void;
}

interface Underway {
  controller: AbortController;
  startedAt: number;
  settled: boolean;
  timedOut: boolean;
  timeout: ReturnType<typeof setTimeout>;
  grace?: ReturnType<typeof setTimeout>;
  requestId?: string;
}

const DEFAULT_GRACE_MS = 2_000;

/** One URL to check: its line of the list, and the redirect map's expectation when the run checks a map. */
export interface CheckTarget {
  url: string;
  line: number;
  expected?: CheckResult['expected'];
}

export class CheckRun {
  readonly results: CheckResult[];
  private readonly scheduler: PoliteScheduler;
  /** URL → job, between the fetch's start and the browser's first event about it. */
  private readonly announced = new Map<string, number>();
  private readonly byRequestId = new Map<string, number>();
  /**
   * Requests whose check ended: a late event of one (the cancel of a GET cut after its headers) must
   * not be taken for the first event of the same URL asked again (a retry after 429).
   */
  private readonly endedRequests = new Set<string>();
  private readonly underway = new Map<number, Underway>();
  private wake: ReturnType<typeof setTimeout> | undefined;
  private ended = false;
  private isPaused = false;

  constructor(
    targets: readonly CheckTarget[],
    private readonly deps: CheckRunDeps,
  ) {
    this.scheduler = new PoliteScheduler(deps.settings, deps.now);
    this.results = targets.map((t) => (t.expected === undefined ? newCheckResult(t.url, t.line) : { ...newCheckResult(t.url, t.line), expected: t.expected }));
    this.scheduler.add(targets.map((t) => t.url));
  }

  get finished(): boolean {
    return this.ended;
  }

  get paused(): boolean {
    return this.isPaused;
  }

  start(): void {
    this.pump();
  }

  pause(): void {
    this.scheduler.pause();
    this.isPaused = true;
    this.deps.onChange();
  }

  resume(): void {
    this.scheduler.resume();
    this.isPaused = false;
    this.pump();
  }

  /** No new request starts; what is under way ends on its own. */
  stop(): void {
    for (const job of this.scheduler.stop()) this.markSkipped(job);
    this.isPaused = false;
    this.pump();
  }

  progress(): Progress {
    return this.scheduler.progress();
  }

  /** One webRequest event (already normalised); events of requests that are not this run's are ignored. */
  onEvent(e: RequestEvent): void {
    let job = this.byRequestId.get(e.requestId);
    let first: Underway | undefined;
    if (job === undefined) {
      if (this.endedRequests.has(e.requestId)) return;
      job = this.announced.get(e.url);
      if (job === undefined) return;
      this.announced.delete(e.url);
      this.byRequestId.set(e.requestId, job);
      first = this.underway.get(job);
      if (first) first.requestId = e.requestId;
    }
    const result = this.results[job];
    if (result === undefined || result.state !== 'running') return;
    if (first !== undefined) startRequest(result, e.url, e.method, first.startedAt);
    // The chain's findings are judged once, when its check ends (end()): a running row shows none.
    followRequest(result, e, this.deps.ctx);
    this.settleIfEnded(job);
    this.deps.onChange();
  }

  private pump(): void {
    for (;;) {
      const step = this.scheduler.next();
      if (step.kind === 'start') {
        this.launch(step.job, step.url);
        continue;
      }
      if (this.wake !== undefined) clearTimeout(this.wake);
      this.wake = step.kind === 'wait' ? setTimeout(() => this.pump(), Math.max(0, step.until - this.deps.now())) : undefined;
      if (step.kind === 'finished') this.ended = true;
      this.deps.onChange();
      return;
    }
  }

  private launch(job: number, url: string): void {
    const result = this.results[job]!;
    // Asked afresh (a retry too): what the map expects and what the first answer was stay with the row.
    const { expected, retried } = result;
    const startedAt = this.deps.now();
    Object.assign(result, newCheckResult(url, result.line), { state: 'running' });
    if (expected !== undefined) result.expected = expected;
    if (retried !== undefined) result.retried = { ...retried, retriedAt: startedAt };
    const controller = new AbortController();
    const run: Underway = {
      controller,
      startedAt,
      settled: false,
      timedOut: false,
      timeout: setTimeout(() => {
        run.timedOut = true;
        controller.abort();
      }, this.scheduler.settings.timeoutMs),
    };
    this.underway.set(job, run);
    this.announced.set(url, job);
    const settle = (): void => {
      run.settled = true;
      clearTimeout(run.timeout);
      if (!this.settleIfEnded(job)) run.grace = setTimeout(() => this.end(job), this.deps.graceMs ?? DEFAULT_GRACE_MS);
    };
    this.deps.fetch(url, { ...this.deps.init, signal: controller.signal }).then(
      (response) => {
        result.ms = Math.max(0, this.deps.now() - run.startedAt);
        // The status and headers are all a check needs: the body is not downloaded.
        if (this.deps.stopAfterHeaders) controller.abort();
        else void response.body?.cancel().catch(() => undefined);
        settle();
      },
      () => {
        result.ms = Math.max(0, this.deps.now() - run.startedAt);
        settle();
      },
    );
  }

  /** Ends the check when the fetch has settled and the browser has said how the request ended. */
  private settleIfEnded(job: number): boolean {
    const run = this.underway.get(job);
    const result = this.results[job];
    if (run === undefined || result === undefined || !run.settled || !requestEnded(result)) return false;
    this.end(job);
    return true;
  }

  private end(job: number): void {
    const run = this.underway.get(job);
    const result = this.results[job];
    if (run === undefined || result === undefined) return;
    clearTimeout(run.timeout);
    if (run.grace !== undefined) clearTimeout(run.grace);
    this.underway.delete(job);
    this.announced.delete(result.url);
    if (run.requestId !== undefined) {
      this.byRequestId.delete(run.requestId);
      this.endedRequests.add(run.requestId);
    }
    const final = finalResponse(result);
    if (run.timedOut && final === undefined) result.failure = 'timeout';
    else if (result.chain.length === 0) result.failure = 'not-observed';
    result.state = 'done';
    refreshFindings(result);
    const report: { status?: number; retryAfter?: string; error?: string } = {};
    if (final?.statusCode !== undefined) report.status = final.statusCode;
    const retryAfter = findHeader(final?.headers, 'retry-after');
    if (retryAfter !== undefined) report.retryAfter = retryAfter;
    const error = result.chain[result.chain.length - 1]?.error ?? result.failure;
    if (error !== undefined && final === undefined) report.error = error;
    const outcome = this.scheduler.finish(job, report);
    if (outcome.retry) {
      result.state = 'queued';
      // Only what was observed: the scheduler retries only a 429 or 503 that sent a usable Retry-After.
      if (report.status !== undefined && report.retryAfter !== undefined) result.retried = { firstStatus: report.status, retryAfter: report.retryAfter };
    }
    for (const skipped of outcome.skipped) this.markSkipped(skipped);
    this.pump();
  }

  private markSkipped(job: number): void {
    const result = this.results[job];
    if (result === undefined) return;
    result.state = 'skipped';
    const reason = this.scheduler.skipReasonOf(job);
    if (reason !== undefined) result.skipped = reason;
  }
}
