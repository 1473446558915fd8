/**
 * webRequest events of main-frame requests: they build a load's redirect chain.
 *
 * A load is opened by webNavigation.onBeforeNavigate or by its main-frame request, whichever the
 * background receives first (the two APIs have no defined order between them). A redirect keeps
 * the requestId, so every event of one requestId extends the same chain.
 */
import type { BeforeRedirectEvent, BeforeRequestEvent, CompletedEvent, RequestErrorEvent, ResponseEvent } from './capture-event';
import type { CaptureState, PageLoad, TabCapture } from './capture-state';
import { refreshJourney } from './client-redirect';
import { chainChanged, createLoad, findLoadByMainRequest, lastLoad, pushLoad, updateFinal } from './page-load';
import type { ReduceContext } from './reduce-context';
import { applyResponse, hopFor, recordRedirect, refusedRedirectTarget } from './redirect-chain';
import { endTiming } from './timing';
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
    const awaiting = awaitingLateRequest(tab, e.url);
    if (latest !== undefined && opensFor(latest, e.url) && (awaiting === undefined || sameDocument(latest.url, e.url))) load = latest;
    else load = awaiting ?? pushLoad(tab, createLoad(state, tab.tabId, e.url, e.timeStamp), ctx);
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
  return awaitsOwnRequest(load, url);
}

/**
 * Committed before any request of its own was seen. Its chain may already hold the journey of a
 * client-side redirect that led here (copied at commit), so the chain's length says nothing.
 */
function awaitsOwnRequest(load: PageLoad, url: string): boolean {
  if (load.tracking.mainRequestId !== undefined || load.notObservedReason !== 'request-not-seen') return false;
  // The request starts where the navigation started; the commit may have named where redirects ended.
  return sameDocument(load.url, url) || sameDocument(load.tracking.navigationUrl, url);
}

/**
 * A page that committed before its own request was reported, when this is that request. Firefox
 * delivers webRequest events late: a page that redirects itself, or that the person leaves at once,
 * can have committed, and the next pages can have started or even committed, before its own request
 * shows up. That request belongs to the page, not to a navigation that came after it. Requests are
 * reported in the order they start, so the search stops at the newest load whose own request was
 * seen: anything older than that has had its request reported already, or never will.
 */
function awaitingLateRequest(tab: TabCapture, url: string): PageLoad | undefined {
  for (let i = tab.loads.length - 1; i >= 0; i--) {
    const load = tab.loads[i];
    if (load === undefined) continue;
    if (load.tracking.mainRequestId !== undefined) return undefined;
    if (load.committed && load.noDocument !== true && awaitsOwnRequest(load, url)) return load;
  }
  return undefined;
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
  refreshJourney(tab, load);
}

export function mainResponse(state: CaptureState, tab: TabCapture, e: ResponseEvent, ctx: ReduceContext): void {
  const load = loadForMainRequest(state, tab, e, ctx);
  const hop = hopFor(load, e.url, e.method, e.timeStamp);
  applyResponse(hop, e, ctx);
  updateFinal(load);
  chainChanged(load);
  refreshJourney(tab, load);
}

/** Late events (completed, error) never open a load: a stale request must not replace the page. */
export function mainCompleted(tab: TabCapture, e: CompletedEvent, ctx: ReduceContext): void {
  const load = findLoadByMainRequest(tab, e.requestId);
  if (load === undefined) return;
  const hop = hopFor(load, e.url, e.method, e.timeStamp);
  applyResponse(hop, e, ctx);
  endTiming(hop, e.timeStamp);
  updateFinal(load);
  if (load.state === 'loading') load.state = 'complete';
  chainChanged(load);
  refreshJourney(tab, load);
}

export function mainError(tab: TabCapture, e: RequestErrorEvent): void {
  const load = findLoadByMainRequest(tab, e.requestId);
  if (load === undefined) return;
  const hop = refusedRedirectTarget(load, e.url) ?? hopFor(load, e.url, e.method, e.timeStamp);
  hop.error = e.error;
  endTiming(hop, e.timeStamp);
  markLoadFailed(load, e.error);
  chainChanged(load);
  refreshJourney(tab, load);
}

/** Errors that mean "cancelled" (stop button, a newer navigation, a download taking over). */
export function isAbortError(error: string): boolean {
  return error === 'net::ERR_ABORTED' || error === 'NS_BINDING_ABORTED' || error === 'NS_ERROR_ABORT';
}

/**
 * Chromium cancels the request of a navigation it gives up on (too many redirects, ...): webRequest
 * then says only 'net::ERR_ABORTED' and webNavigation gives the reason. A named reason replaces the
 * abort; Firefox's webNavigation errors ('Error code 2152398850') name nothing and never do.
 */
export function refineAbort(load: PageLoad, error: string): boolean {
  if (load.error === undefined || !isAbortError(load.error) || isAbortError(error) || !/^(net::ERR_|NS_)/.test(error)) return false;
  const aborted = load.error;
  load.error = error;
  delete load.noDocument;
  if (load.final === undefined) load.source = 'browser';
  const last = load.chain[load.chain.length - 1];
  if (last?.error === aborted) last.error = error;
  return true;
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
