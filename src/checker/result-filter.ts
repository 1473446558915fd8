/**
 * Which results the table shows, and in what order: by what went wrong (broken, redirected, more than
 * one hop, with findings, asked again after a 429 or 503), by host, by free text; sorted by the list's
 * order, the status, the number of hops or the time. Pure, so it is tested without a browser.
 */
import { finalResponse, isBroken, redirectCount, type CheckResult } from '../shared/checker/check-result';
import { hostOf } from '../shared/ui/url-parts';

export type ResultKind = 'all' | 'broken' | 'redirected' | 'multi-hop' | 'findings' | 'retried';
export type ResultOrder = 'list' | 'status' | 'hops' | 'time';

export interface ResultQuery {
  kind: ResultKind;
  /** '' for every host. */
  host: string;
  /** Matched, case-insensitive, against every URL of the chain. */
  text: string;
  order: ResultOrder;
}

export const ALL_RESULTS: ResultQuery = { kind: 'all', host: '', text: '', order: 'list' };

function kindMatches(result: CheckResult, kind: ResultKind): boolean {
  switch (kind) {
    case 'all':
      return true;
    case 'broken':
      return isBroken(result);
    case 'redirected':
      return redirectCount(result.chain) > 0;
    case 'multi-hop':
      return redirectCount(result.chain) > 1;
    case 'findings':
      return result.findings.length > 0;
    // Throttled once (429 or 503 with Retry-After) and asked again: the host is pushing back.
    case 'retried':
      return result.retried !== undefined;
  }
}

/** A missing value sorts last. */
function sortKey(result: CheckResult, order: ResultOrder): number {
  switch (order) {
    case 'list':
      return result.line;
    case 'status':
      return finalResponse(result)?.statusCode ?? 1000;
    case 'hops':
      return -result.chain.length;
    case 'time':
      return -(result.ms ?? -1);
  }
}

export function queryResults(results: readonly CheckResult[], query: ResultQuery): CheckResult[] {
  const text = query.text.trim().toLowerCase();
  const shown = results.filter(
    (r) =>
      kindMatches(r, query.kind) &&
      (query.host === '' || hostOf(r.url) === query.host) &&
      (text === '' || r.url.toLowerCase().includes(text) || r.chain.some((hop) => hop.url.toLowerCase().includes(text))),
  );
  if (query.order !== 'list') shown.sort((a, b) => sortKey(a, query.order) - sortKey(b, query.order) || a.line - b.line);
  return shown;
}

/** The hosts of the list, for the host filter, in the list's order. */
export function resultHosts(results: readonly CheckResult[]): string[] {
  return [...new Set(results.map((r) => hostOf(r.url)))];
}
