/**
 * The verdict on one row of a redirect map, from the chain the browser really followed (the capture
 * core's hops, built from webRequest events: never a guess from the first and last URL). The loop is
 * the capture core's own finding, so the checker and the popup never disagree about one.
 *
 * Order of the questions, the first "yes" wins, because each later one assumes the earlier passed:
 * no response or a loop, then an error at the end, then the target, then the number of redirects,
 * then their code.
 */
import type { Hop } from '../capture/capture-state';
import { findChainIssues, isSiteRedirect } from '../capture/chain-findings';
import type { RedirectMapRow } from './redirect-map';
import { differsOnlyBySlash, sameTarget } from './same-target';

export type RedirectVerdict = 'right' | 'wrong-target' | 'temporary-not-permanent' | 'wrong-code' | 'more-than-one-hop' | 'loop' | 'error';

/** Each verdict's short name, for a filter or a column (the sentence says the rest). */
export const VERDICT_LABELS: Readonly<Record<RedirectVerdict, string>> = {
  right: 'Right',
  'wrong-target': 'Wrong target',
  'temporary-not-permanent': 'Temporary, not permanent',
  'wrong-code': 'Wrong code',
  'more-than-one-hop': 'More than one hop',
  loop: 'Loop',
  error: 'Error',
};

export interface VerdictResult {
  verdict: RedirectVerdict;
  /** One plain sentence for the row. */
  message: string;
  /** Where the chain ended (the last hop's URL), when it has hops. */
  finalUrl?: string;
  /** Redirects the site made (the browser's own, an HSTS upgrade, are not counted). */
  redirects: number;
  /** The status of the first of them. */
  firstCode?: number;
}

const PERMANENT: ReadonlySet<number> = new Set([301, 308]);
const TEMPORARY: ReadonlySet<number> = new Set([302, 303, 307]);

export function verdictFor(row: Pick<RedirectMapRow, 'to' | 'expectedCode'>, chain: readonly Hop[]): VerdictResult {
  const last = chain[chain.length - 1];
  if (last === undefined) return { verdict: 'error', message: 'No response was observed.', redirects: 0 };
  const siteRedirects = chain.slice(0, -1).filter(isSiteRedirect);
  const base = { finalUrl: last.url, redirects: siteRedirects.length, ...codeOf(siteRedirects[0]) };
  if (findChainIssues(chain).some((f) => f.kind === 'loop')) {
    return { ...base, verdict: 'loop', message: 'Redirect loop: the chain comes back to a URL it has already visited.' };
  }
  const ending = errorAtEnd(last);
  if (ending !== undefined) return { ...base, verdict: 'error', message: ending };
  if (!sameTarget(last.url, row.to)) {
    const slash = differsOnlyBySlash(last.url, row.to) ? ' (only the trailing slash differs)' : '';
    const where = siteRedirects.length === 0 ? `Does not redirect: answers ${last.statusCode ?? ''} itself` : `Ends at ${last.url}`;
    return { ...base, verdict: 'wrong-target', message: `${where}, not at ${row.to}${slash}.` };
  }
  if (siteRedirects.length === 0) return { ...base, verdict: 'right', message: 'Answers at the expected URL itself, without a redirect.' };
  if (siteRedirects.length > 1) {
    const codes = siteRedirects.map((h) => h.statusCode ?? 'client').join(' → ');
    return { ...base, verdict: 'more-than-one-hop', message: `Reaches the target in ${siteRedirects.length} redirects (${codes}) instead of one.` };
  }
  return { ...base, ...codeVerdict(siteRedirects[0]!, row.expectedCode) };
}

function codeOf(hop: Hop | undefined): { firstCode?: number } {
  return hop?.statusCode === undefined ? {} : { firstCode: hop.statusCode };
}

/** Why the chain did not end in an answer at its target; undefined when it did. */
function errorAtEnd(last: Hop): string | undefined {
  if (last.error !== undefined) return `Ended without a response: ${last.error}.`;
  const status = last.statusCode;
  if (status === undefined) return 'No response was observed for the last request.';
  if (status >= 400) return `Ends in an error: ${last.statusLine ?? String(status)}.`;
  if (status >= 300) return `Ends in a ${status} that was not followed${last.redirectUrl === undefined ? ' (no Location)' : ` (to ${last.redirectUrl})`}.`;
  return undefined;
}

/** One redirect to the right target: is its code the one asked for (a permanent one when none was)? */
function codeVerdict(hop: Hop, expected: number | undefined): Pick<VerdictResult, 'verdict' | 'message'> {
  const code = hop.statusCode;
  if (code === undefined || hop.madeBy !== 'server') {
    return { verdict: 'wrong-code', message: 'Reaches the target by a client-side redirect, not an HTTP redirect.' };
  }
  const wantPermanent = expected === undefined || PERMANENT.has(expected);
  if (expected === undefined ? PERMANENT.has(code) : code === expected) {
    return { verdict: 'right', message: `Redirects with ${code} to the expected target.` };
  }
  if (wantPermanent && TEMPORARY.has(code)) {
    return { verdict: 'temporary-not-permanent', message: `Right target, but ${code} is temporary: ${expected ?? '301 or 308'} (permanent) was expected.` };
  }
  return { verdict: 'wrong-code', message: `Right target, but with ${code} where ${expected ?? '301 or 308'} was expected.` };
}
