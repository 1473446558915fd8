/**
 * webRequest events of main-frame requests: they build a load's redirect chain.
 *
 * A load is opened by webNavigation.onBeforeNavigate or by its main-frame request, whichever the
 * background receives first (the two APIs have no defined order between them). A redirect keeps
 * the requestId, so every event of one requestId extends the same chain.
 */
import type {
  BeforeRedirectEvent,
  BeforeRequestEvent,
  CompletedEvent,
  RequestErrorEvent,
  ResponseEvent,
} from './capture-event';
import type { CaptureState, PageLoad, TabCapture } from './capture-state';
import {
  chainChanged,
  createLoad,
  findLoadByMainRequest,
  lastLoad,
  pushLoad,
  updateFinal,
} from './page-load';
import type { ReduceContext } from './reduce-context';
import { applyResponse, endHop, hopFor, recordRedirect } from './redirect-chain';
import { sameDocument } from './url-utils';

type MainEvent = BeforeRequestEvent | BeforeRedirectEvent | ResponseEvent | CompletedEvent | RequestErrorEvent;

export function isMainFrameRequest(e: { type: string }): boolean {
  return e.type === 'main_frame';
}

/** The load this main-frame event belongs to; opens one for a request we have not seen yet. */
function loadForMainRequest(state: CaptureState, tab: TabCapture, e: MainEvent, ctx: ReduceContext): PageLoad {
  const known = findLoadByMainRequest(tab, e.requestId);
  if (known !== undefined) return known;

  let load: PageLoad;
  if (e.documentLifecycle === 'prerender') {
    // Chrome prerendering a page the person may never open: keep it aside, not as the tab's page.
    load = createLoad(state, tab.tabId, e.url, e.timeStamp);
    load.prerendered = true;
    tab.prerender = load;
  } else {
    const latest = lastLoad(tab);
    if (latest !== undefined && opensFor(latest, e.url)) load = latest;
    else load = pushLoad(tab, createLoad(state, tab.tabId, e.url, e.timeStamp), ctx);
  }
  load.tracking.mainRequestId = e.requestId;
  if (e.incognito !== undefined) load.incognito = e.incognito;
  return load;
}

/**
 * Whether a new main-frame request continues `load` rather than starting another: it does when
 * onBeforeNavigate opened the load and no request is bound yet, or when the commit arrived first and
 * we marked the page unobservable for want of a request that was merely late.
 */
function opensFor(load: PageLoad, url: string): boolean {
  if (load.tracking.mainRequestId !== undefined) return false;
  if (!load.committed) return load.tracking.navigationStarted;
  return load.chain.length === 0 && load.notObservedReason === 'request-not-seen' && sameDocument(load.url, url);
}

export function mainBeforeRequest(state: CaptureState, tab: TabCapture, e: BeforeRequestEvent, ctx: ReduceContext): void {
  const load = loadForMainRequest(state, tab, e, ctx);
  if (load.notObservedReason !== undefined) {
    delete load.notObservedReason;
    delete load.source;
  }
  const hop = hopFor(load, e.url, e.method, e.timeStamp);
  // The hop may have been opened by the redirect before this event: the request itself starts now.
  if (e.timeStamp !== undefined && hop.timing.end === undefined) hop.timing.start = e.timeStamp;
  if (e.method !== undefined) hop.method = e.method;
  if (load.chain.length === 1 && !load.committed) load.url = e.url;
}

export function mainBeforeRedirect(state: CaptureState, tab: TabCapture, e: BeforeRedirectEvent, ctx: ReduceContext): void {
  const load = loadForMainRequest(state, tab, e, ctx);
  const hop = hopFor(load, e.url, e.method, e.timeStamp);
  applyResponse(hop, e, ctx);
  recordRedirect(load, hop, e.redirectUrl, e.timeStamp);
  chainChanged(load);
}

export function mainResponse(state: CaptureState, tab: TabCapture, e: ResponseEvent, ctx: ReduceContext): void {
  const load = loadForMainRequest(state, tab, e, ctx);
  const hop = hopFor(load, e.url, e.method, e.timeStamp);
  applyResponse(hop, e, ctx);
  // A 3xx seen in onHeadersReceived is usually about to be followed; its before-redirect decides.
  const redirectPending = e.kind === 'headers-received' && hop.statusCode !== undefined && hop.statusCode >= 300 && hop.statusCode < 400;
  if (!redirectPending) updateFinal(load);
  chainChanged(load);
}

/** Late events (completed, error) never open a load: a stale request must not replace the page. */
export function mainCompleted(tab: TabCapture, e: CompletedEvent, ctx: ReduceContext): void {
  const load = findLoadByMainRequest(tab, e.requestId);
  if (load === undefined) return;
  const hop = hopFor(load, e.url, e.method, e.timeStamp);
  applyResponse(hop, e, ctx);
  endHop(hop, e.timeStamp);
  updateFinal(load);
  if (load.state === 'loading') load.state = 'complete';
  chainChanged(load);
}

export function mainError(tab: TabCapture, e: RequestErrorEvent): void {
  const load = findLoadByMainRequest(tab, e.requestId);
  if (load === undefined) return;
  const hop = hopFor(load, e.url, e.method, e.timeStamp);
  hop.error = e.error;
  endHop(hop, e.timeStamp);
  markLoadFailed(load, e.error);
  chainChanged(load);
}

/** Errors that mean "cancelled" (stop button, a newer navigation, a download taking over). */
export function isAbortError(error: string): boolean {
  return error === 'net::ERR_ABORTED' || error === 'NS_BINDING_ABORTED' || error === 'NS_ERROR_ABORT';
}

/** Records a main-frame failure on the load. */
export function markLoadFailed(load: PageLoad, error: string): void {
  load.state = 'error';
  load.error = error;
  if (!load.committed && isAbortError(error)) {
    // Cancelled before committing: the previous page stayed on screen (or a download took over).
    load.noDocument = true;
  } else if (load.final === undefined) {
    // No response at all: the browser shows its own error page.
    load.source = 'browser';
  }
}
