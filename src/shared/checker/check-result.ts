/**
 * What the checker knows about one URL of the list: its chain as the browser reported it (capture
 * core), the chain's findings, and how the check itself ended. Pure: the page's table, its filters
 * and the export all read a result through these functions.
 */
import { findChainIssues } from '../capture/chain-findings';
import type { Finding, Hop } from '../capture/capture-state';
import { finalHop } from '../capture/final-hop';
import { emptyRequestChain, type RequestChain } from '../capture/request-chain';
import type { I18n } from '../i18n/create-i18n';
import type { MessageKey } from './checker-phrase';
import type { RedirectMapRow } from './redirect-map';

type CheckState = 'queued' | 'running' | 'done' | 'skipped';

/**
 * A failure of the check rather than of the request: the browser reported none. 'timeout': no answer
 * within the time allowed; 'not-observed': the request ended but the browser reported none of it.
 */
type CheckFailure = 'timeout' | 'not-observed';

export interface CheckResult extends RequestChain {
  url: string;
  /** The list's line it came from. */
  line: number;
  state: CheckState;
  findings: Finding[];
  failure?: CheckFailure;
  /** Why it was never asked: its host failed too often in a row, or the person stopped the run. */
  skipped?: 'host-failing' | 'stopped';
  /** From the request's start to its final response's headers (or its failure), as the page timed it. */
  ms?: number;
  /** The redirect map's row it checks (its expected target and code): the verdict is judged on these. */
  expected?: Pick<RedirectMapRow, 'to' | 'expectedCode'>;
  /**
   * The first answer, when it was a 429 or 503 whose Retry-After was honoured and the URL put back to
   * be asked once more: the chain is then the second answer's. `retriedAt` (epoch ms) is when the
   * second request went, absent while it has not (still waiting, or the run was stopped first).
   */
  retried?: { firstStatus: number; retryAfter: string; retriedAt?: number };
}

export function newCheckResult(url: string, line: number): CheckResult {
  return { url, line, state: 'queued', findings: [], ...emptyRequestChain() };
}

/** The chain's findings, from the capture core (the same as a page load's). */
export function refreshFindings(result: CheckResult): void {
  result.findings = findChainIssues(result.chain);
}

/** The hop with the final response; undefined when the chain ended in an error or without a response. */
export function finalResponse(result: Pick<CheckResult, 'chain'>): Hop | undefined {
  return finalHop(result);
}

/** The hop the check ended on: the final response, else the failed hop, else the last one seen. */
export function endHop(result: Pick<CheckResult, 'chain'>): Hop | undefined {
  return result.chain[result.chain.length - 1];
}

/** Every status along the chain, "301 → 302 → 404"; a hop that failed without one shows "✕". */
export function chainCodes(chain: readonly Hop[]): string {
  return chain.map((hop) => (hop.statusCode !== undefined ? String(hop.statusCode) : hop.error !== undefined ? '✕' : '…')).join(' → ');
}

/** Redirects the server (or the browser) made on the way: every hop but the last that was sent on. */
export function redirectCount(chain: readonly Hop[]): number {
  return chain.filter((hop) => hop.redirectUrl !== undefined).length;
}

/** Ended without a 2xx or 3xx final response: an error status, a failed request, a timeout, nothing seen. */
export function isBroken(result: CheckResult): boolean {
  if (result.state !== 'done') return false;
  const status = finalResponse(result)?.statusCode;
  return status === undefined || status >= 400;
}

const FAILURE_WORDS: Readonly<Record<CheckFailure, MessageKey>> = {
  timeout: 'checkerNoteTimeout',
  'not-observed': 'checkerNoteNotObserved',
};

const SKIP_WORDS: Readonly<Record<NonNullable<CheckResult['skipped']>, MessageKey>> = {
  'host-failing': 'checkerNoteHostFailing',
  stopped: 'checkerNoteStopped',
};

/** Why a result has no response, in one sentence, when the check (not the server) is the reason. */
export function checkNote(result: CheckResult, i18n: Pick<I18n, 't'>): string | undefined {
  if (result.skipped !== undefined) return i18n.t(SKIP_WORDS[result.skipped]);
  return result.failure === undefined ? undefined : i18n.t(FAILURE_WORDS[result.failure]);
}
