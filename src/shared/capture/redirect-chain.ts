/**
 * Operations on a main-frame redirect chain (one Hop per URL the browser requested or was sent to).
 * A hop is "open" until something ends it: a redirect out of it, an error, or the end of its response.
 */
import type { ResponseInfo } from './capture-event';
import type { Hop, MadeBy, PageLoad } from './capture-state';
import { explanationFor } from './derived-info';
import { applyResponseFields } from './response-fields';
import { endTiming } from './timing';
import { keptHeaders } from './header-policy';
import { DEFAULT_CAPTURE_SETTINGS, LIMITS, effectiveLimit } from './limits';
import { findHeader } from './normalize-headers';
import type { ReduceContext } from './reduce-context';
import { sameDocument } from './url-utils';

/** What the chain functions need of a record: a page load's chain, or one request the checker followed. */
type HopList = Pick<PageLoad, 'chain' | 'droppedHops'>;

function isHopClosed(hop: Hop): boolean {
  return hop.redirectUrl !== undefined || hop.error !== undefined || hop.timing.end !== undefined;
}

export function newHop(url: string, method: string | undefined, start: number | undefined): Hop {
  const hop: Hop = { url, method: method ?? 'GET', timing: {} };
  if (start !== undefined) hop.timing.start = start;
  return hop;
}

/** Appends a hop, dropping the oldest beyond LIMITS.maxChainHops (a client-side loop never ends). */
function appendHop(load: HopList, hop: Hop): Hop {
  if (load.chain.length >= LIMITS.maxChainHops) {
    load.chain.shift();
    load.droppedHops++;
  }
  load.chain.push(hop);
  return hop;
}

/**
 * The hop an event about `url` belongs to: the open last hop (its URL corrected if we missed an
 * event), or the closed last hop when a late event repeats its URL, or else a new hop.
 */
export function hopFor(load: HopList, url: string, method: string | undefined, timeStamp: number | undefined): Hop {
  const last = load.chain[load.chain.length - 1];
  if (last !== undefined) {
    if (!isHopClosed(last)) {
      last.url = url;
      return last;
    }
    if (last.url === url && last.redirectUrl === undefined) return last;
  }
  return appendHop(load, newHop(url, method, timeStamp));
}

/** Copies what a response event says onto the hop, with what only a hop keeps: its telling headers, who made it, its meaning. */
export function applyResponse(hop: Hop, e: ResponseInfo, ctx: ReduceContext): void {
  applyResponseFields(hop, e, ctx);
  const headers = e.responseHeaders;
  if (headers !== undefined && headers.length > 0) {
    const maxValue = effectiveLimit(ctx.settings.maxHeaderValueLength, DEFAULT_CAPTURE_SETTINGS.maxHeaderValueLength, 0);
    const kept = keptHeaders(headers, maxValue);
    if (kept !== undefined) hop.headers = kept;
    const reason = findHeader(headers, 'non-authoritative-reason');
    if (reason !== undefined) {
      hop.nonAuthoritativeReason = reason.slice(0, 64);
      hop.madeBy = internalMaker(reason);
    }
  }
  if (hop.madeBy === undefined && hop.statusCode !== undefined) {
    // Without the headers (listener registered without them) Chrome's status line still tells.
    hop.madeBy = hop.statusLine?.endsWith(' Internal Redirect') === true ? 'browser-internal' : 'server';
  }
  const explanation = explanationFor(ctx, hop);
  if (explanation !== undefined) hop.explanation = explanation;
}

/**
 * Chrome marks the redirects it makes itself with Non-Authoritative-Reason: 'HSTS' for its https
 * upgrade (a 307 no server sent), 'Delegate' for an extension's redirect, and so on.
 */
function internalMaker(reason: string): MadeBy {
  return reason.trim().toLowerCase() === 'hsts' ? 'browser-hsts' : 'browser-internal';
}

/** Closes `hop` as a redirect to `redirectUrl` and opens the next hop. */
export function recordRedirect(load: HopList, hop: Hop, redirectUrl: string, timeStamp: number | undefined): void {
  hop.redirectUrl = redirectUrl;
  // A redirect the browser reports without any status was not an HTTP response: the browser made it.
  if (hop.statusCode === undefined && hop.madeBy === undefined) hop.madeBy = 'browser-internal';
  endTiming(hop, timeStamp);
  appendHop(load, newHop(redirectUrl, methodAfterRedirect(hop.statusCode, hop.method), timeStamp));
}

/**
 * Chromium reports a redirect it refuses to follow (the 21st hop of a loop) as an error of the
 * request still at the URL that redirected: the failure belongs to the target never requested,
 * which must keep its own URL.
 */
export function refusedRedirectTarget(load: HopList, url: string): Hop | undefined {
  const last = load.chain[load.chain.length - 1];
  const before = load.chain[load.chain.length - 2];
  if (last === undefined || before === undefined || isHopClosed(last)) return undefined;
  return sameDocument(before.url, url) && sameDocument(before.redirectUrl, last.url) ? last : undefined;
}

/** Browsers turn POST into GET after 301/302 (historic behaviour) and always after 303 (RFC 9110 15.4.4). */
function methodAfterRedirect(statusCode: number | undefined, method: string): string {
  if (statusCode === 303 && method !== 'HEAD') return 'GET';
  if ((statusCode === 301 || statusCode === 302) && method === 'POST') return 'GET';
  return method;
}

/** A deep copy of a hop, for a chain that starts with another load's hops. */
export function copyHop(hop: Hop): Hop {
  return JSON.parse(JSON.stringify(hop)) as Hop;
}
