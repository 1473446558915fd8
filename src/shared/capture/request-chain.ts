/**
 * The chain of one request the extension made itself (the link checker's), built hop by hop from the
 * browser's own webRequest events by the same functions that build a page's chain: a hop is only ever
 * what the browser reported, never a guess from the first and the final URL.
 */
import type { RequestEvent } from './capture-event';
import type { Hop } from './capture-state';
import { explanationFor } from './derived-info';
import { isAbortError } from './main-frame';
import type { ReduceContext } from './reduce-context';
import { applyResponse, hopFor, recordRedirect, refusedRedirectTarget } from './redirect-chain';
import { endTiming } from './timing';

export interface RequestChain {
  chain: Hop[];
  /** Hops dropped from the front at LIMITS.maxChainHops. */
  droppedHops: number;
}

export function emptyRequestChain(): RequestChain {
  return { chain: [], droppedHops: 0 };
}

/** The last hop, when it holds the final response (a status, and no redirect out of it). */
function answeredHop(rc: RequestChain): Hop | undefined {
  const last = rc.chain[rc.chain.length - 1];
  return last !== undefined && last.statusCode !== undefined && last.redirectUrl === undefined && last.error === undefined ? last : undefined;
}

/**
 * The request's first hop starts: at the browser's onBeforeRequest, or, for a follower that does not
 * listen to that event, at its own clock's reading when it made the request (both milliseconds since
 * the epoch).
 */
export function startRequest(rc: RequestChain, url: string, method: string | undefined, timeStamp: number | undefined): void {
  const hop = hopFor(rc, url, method, timeStamp);
  if (timeStamp !== undefined && hop.timing.end === undefined) hop.timing.start = timeStamp;
  if (method !== undefined) hop.method = method;
}

/** Applies one webRequest event of the request to its chain. */
export function followRequest(rc: RequestChain, e: RequestEvent, ctx: ReduceContext): void {
  switch (e.kind) {
    case 'before-request':
      startRequest(rc, e.url, e.method, e.timeStamp);
      return;
    case 'before-redirect': {
      const hop = hopFor(rc, e.url, e.method, e.timeStamp);
      applyResponse(hop, e, ctx);
      recordRedirect(rc, hop, e.redirectUrl, e.timeStamp);
      return;
    }
    case 'response-started': {
      // A check asks for the status and headers only: its final hop's time, like a redirect's, runs
      // until they came (a GET is cut there, and the page does not listen for onCompleted).
      const hop = hopFor(rc, e.url, e.method, e.timeStamp);
      applyResponse(hop, e, ctx);
      endTiming(hop, e.timeStamp);
      return;
    }
    case 'completed': {
      const hop = hopFor(rc, e.url, e.method, e.timeStamp);
      applyResponse(hop, e, ctx);
      endTiming(hop, e.timeStamp);
      return;
    }
    case 'error': {
      // The checker stops a GET once its headers are in: that cancel is no failure of the response.
      const answered = answeredHop(rc);
      if (answered !== undefined && isAbortError(e.error)) {
        endTiming(answered, e.timeStamp);
        return;
      }
      const hop = refusedRedirectTarget(rc, e.url) ?? hopFor(rc, e.url, e.method, e.timeStamp);
      hop.error = e.error;
      // The failure is what the person asked about: its meaning is chosen now, as a response's is.
      const explanation = explanationFor(ctx, { error: e.error });
      if (explanation !== undefined) hop.explanation = explanation;
      endTiming(hop, e.timeStamp);
      return;
    }
  }
}

/** Whether the browser has said how the request ended: with a final response, or with an error. */
export function requestEnded(rc: RequestChain): boolean {
  const last = rc.chain[rc.chain.length - 1];
  return answeredHop(rc) !== undefined || last?.error !== undefined;
}
