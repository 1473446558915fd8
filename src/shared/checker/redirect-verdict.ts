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
import { counted, phrase, type MessageKey, type Phrase } from './checker-phrase';
import type { RedirectMapRow } from './redirect-map';
import { differsOnlyBySlash, sameTarget } from './same-target';

export type RedirectVerdict = 'right' | 'wrong-target' | 'temporary-not-permanent' | 'wrong-code' | 'more-than-one-hop' | 'loop' | 'error';

/** Each verdict's short name, for a filter or a column (the sentence says the rest). */
export const VERDICT_LABELS: Readonly<Record<RedirectVerdict, MessageKey>> = {
  right: 'checkerVerdictRight',
  'wrong-target': 'checkerVerdictWrongTarget',
  'temporary-not-permanent': 'checkerVerdictTemporary',
  'wrong-code': 'checkerVerdictWrongCode',
  'more-than-one-hop': 'checkerMoreThanOneHop',
  loop: 'checkerVerdictLoop',
  error: 'checkerVerdictError',
};

export interface VerdictResult {
  verdict: RedirectVerdict;
  /** One plain sentence for the row. */
  message: Phrase;
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
  if (last === undefined) return { verdict: 'error', message: phrase('checkerVerdictNoResponse'), redirects: 0 };
  const siteRedirects = chain.slice(0, -1).filter(isSiteRedirect);
  const base = { finalUrl: last.url, redirects: siteRedirects.length, ...codeOf(siteRedirects[0]) };
  if (findChainIssues(chain).some((f) => f.kind === 'loop')) {
    return { ...base, verdict: 'loop', message: phrase('checkerVerdictLoopSentence') };
  }
  const ending = errorAtEnd(last);
  if (ending !== undefined) return { ...base, verdict: 'error', message: ending };
  if (!sameTarget(last.url, row.to)) {
    const slash = differsOnlyBySlash(last.url, row.to);
    const message =
      siteRedirects.length === 0
        ? phrase(slash ? 'checkerVerdictNoRedirectSlash' : 'checkerVerdictNoRedirect', String(last.statusCode ?? ''), row.to)
        : phrase(slash ? 'checkerVerdictEndsAtSlash' : 'checkerVerdictEndsAt', last.url, row.to);
    return { ...base, verdict: 'wrong-target', message };
  }
  if (siteRedirects.length === 0) return { ...base, verdict: 'right', message: phrase('checkerVerdictAnswersItself') };
  if (siteRedirects.length > 1) {
    const codes = siteRedirects.map((h) => (h.statusCode === undefined ? phrase('checkerVerdictClientHop') : String(h.statusCode)));
    return { ...base, verdict: 'more-than-one-hop', message: counted('checkerVerdictHops', siteRedirects.length, codeChain(codes)) };
  }
  return { ...base, ...codeVerdict(siteRedirects[0]!, row.expectedCode) };
}

function codeOf(hop: Hop | undefined): { firstCode?: number } {
  return hop?.statusCode === undefined ? {} : { firstCode: hop.statusCode };
}

/** Why the chain did not end in an answer at its target; undefined when it did. */
function errorAtEnd(last: Hop): Phrase | undefined {
  if (last.error !== undefined) return phrase('checkerVerdictFailed', last.error);
  const status = last.statusCode;
  if (status === undefined) return phrase('checkerVerdictNoLastResponse');
  if (status >= 400) return phrase('checkerVerdictEndsInError', last.statusLine ?? String(status));
  if (status >= 300) {
    return last.redirectUrl === undefined
      ? phrase('checkerVerdictUnfollowed', String(status))
      : phrase('checkerVerdictUnfollowedTo', String(status), last.redirectUrl);
  }
  return undefined;
}

/** One redirect to the right target: is its code the one asked for (a permanent one when none was)? */
function codeVerdict(hop: Hop, expected: number | undefined): Pick<VerdictResult, 'verdict' | 'message'> {
  const code = hop.statusCode;
  if (code === undefined || hop.madeBy !== 'server') {
    return { verdict: 'wrong-code', message: phrase('checkerVerdictClientSide') };
  }
  const wantPermanent = expected === undefined || PERMANENT.has(expected);
  if (expected === undefined ? PERMANENT.has(code) : code === expected) {
    return { verdict: 'right', message: phrase('checkerVerdictRedirectsWith', String(code)) };
  }
  if (wantPermanent && TEMPORARY.has(code)) {
    return { verdict: 'temporary-not-permanent', message: phrase('checkerVerdictTemporarySentence', String(code), expectedCodes(expected)) };
  }
  return { verdict: 'wrong-code', message: phrase('checkerVerdictCodeDiffers', String(code), expectedCodes(expected)) };
}

/** The code a row asked for, or the two permanent ones when it asked for none. */
function expectedCodes(expected: number | undefined): string | Phrase {
  return expected === undefined ? phrase('checkerVerdictPermanentCodes') : String(expected);
}

/** "301 → 302", each hop a code or the word for a client-side redirect. */
function codeChain(codes: readonly (string | Phrase)[]): string | Phrase {
  return codes.slice(1).reduce<string | Phrase>((chain, code) => phrase('checkerVerdictCodeChain', chain, code), codes[0] ?? '');
}
