/**
 * webNavigation events of the tab's main frame: they open loads, commit them (which is where we learn
 * whether a request was ever visible, and whether a client-side redirect brought us here), and
 * record SPA navigations.
 */
import type {
  HistoryStateUpdatedEvent,
  NavigationBeforeEvent,
  NavigationCommittedEvent,
  NavigationCompletedEvent,
  NavigationErrorEvent,
  NavigationInfo,
} from './capture-event';
import type { CaptureState, PageLoad, TabCapture } from './capture-state';
import { linkClientRedirect } from './client-redirect';
import { settleEarlyDocuments } from './early-document';
import { LIMITS } from './limits';
import { markLoadFailed, refineAbort } from './main-frame';
import { notObservedReasonFor } from './not-observed';
import { chainChanged, createLoad, displayedLoad, lastLoad, pushLoad } from './page-load';
import { notePrerenderCommit, promotePrerenderAt } from './prerender';
import type { ReduceContext } from './reduce-context';
import { sameDocument } from './url-utils';

/** frameId 0 is the tab's main frame; a prerendering page's main frame is reported separately. */
export function isMainFrameNavigation(e: NavigationInfo): boolean {
  return e.frameId === 0 && e.documentLifecycle !== 'prerender';
}

/** Does this load's navigation concern `url` (its page, or any hop of its chain)? */
function concerns(load: PageLoad, url: string): boolean {
  return sameDocument(load.url, url) || load.chain.some((hop) => sameDocument(hop.url, url));
}

function isEmpty(load: PageLoad): boolean {
  return load.chain.length === 0 && load.subresources.length === 0 && load.errors.length === 0 && load.droppedSubresources === 0;
}

export function navigationBefore(state: CaptureState, tab: TabCapture, e: NavigationBeforeEvent, ctx: ReduceContext): void {
  const latest = lastLoad(tab);
  if (latest !== undefined && !latest.committed) {
    // The main-frame request arrived first (the two APIs are not ordered): this is its navigation.
    if (!latest.tracking.navigationStarted && latest.tracking.mainRequestId !== undefined && sameDocument(latest.chain[0]?.url, e.url)) {
      latest.tracking.navigationStarted = true;
      return;
    }
    // A navigation that showed nothing and was replaced by this one leaves no trace worth keeping.
    if (latest.noDocument !== true && isEmpty(latest)) tab.loads.pop();
  }
  const load = createLoad(state, tab.tabId, e.url, e.timeStamp);
  load.tracking.navigationStarted = true;
  load.tracking.navigationUrl = e.url;
  pushLoad(tab, load, ctx);
}

/** The uncommitted load this commit belongs to, newest first, preferring one about the same URL. */
function commitTarget(tab: TabCapture, url: string): PageLoad | undefined {
  let fallback: PageLoad | undefined;
  for (let i = tab.loads.length - 1; i >= 0; i--) {
    const load = tab.loads[i];
    if (load === undefined || load.committed || load.noDocument === true) continue;
    if (concerns(load, url)) return load;
    fallback ??= load;
  }
  return fallback;
}

export function navigationCommitted(state: CaptureState, tab: TabCapture, e: NavigationCommittedEvent, ctx: ReduceContext): void {
  if (e.frameId !== 0 && e.documentLifecycle === 'prerender') {
    notePrerenderCommit(tab, e.url, e.documentId);
    return;
  }
  if (!isMainFrameNavigation(e)) return;
  let load = commitTarget(tab, e.url);
  if (load === undefined) {
    // No onBeforeNavigate and no request: a back/forward cache restore, or a missed start.
    load = pushLoad(tab, createLoad(state, tab.tabId, e.url, e.timeStamp), ctx);
  }
  if (load.chain.length === 0) load = promotePrerenderAt(tab, load, e.url) ?? load;

  load.committed = true;
  load.url = e.url;
  if (e.documentId !== undefined) load.tracking.documentId = e.documentId;
  settleEarlyDocuments(tab, load, e.timeStamp, ctx);
  if (e.transitionType !== undefined) load.transitionType = e.transitionType;
  load.transitionQualifiers = e.transitionQualifiers.slice();
  if (load.chain.length === 0) {
    // Committed without any main-frame request: we cannot know the status, so we do not state one.
    load.source = 'not-observable';
    load.notObservedReason = notObservedReasonFor(e.url, e.transitionQualifiers);
  }
  linkClientRedirect(tab, load, e);
}

export function historyStateUpdated(tab: TabCapture, e: HistoryStateUpdatedEvent): void {
  if (!isMainFrameNavigation(e)) return;
  const load = displayedLoad(tab);
  if (load === undefined) return;
  if (load.spaNavigations.length >= LIMITS.maxSpaNavigations) {
    load.spaNavigations.shift();
    load.droppedSpaNavigations++;
  }
  const nav: PageLoad['spaNavigations'][number] = { url: e.url };
  if (e.timeStamp !== undefined) nav.at = e.timeStamp;
  if (e.transitionType !== undefined) nav.transitionType = e.transitionType;
  load.spaNavigations.push(nav);
}

export function navigationCompleted(tab: TabCapture, e: NavigationCompletedEvent): void {
  if (!isMainFrameNavigation(e)) return;
  let load: PageLoad | undefined;
  for (let i = tab.loads.length - 1; i >= 0 && load === undefined; i--) {
    const candidate = tab.loads[i];
    if (candidate === undefined || !candidate.committed) continue;
    if (e.documentId !== undefined && candidate.tracking.documentId === e.documentId) load = candidate;
    else if (concerns(candidate, e.url)) load = candidate;
  }
  load ??= displayedLoad(tab);
  if (load !== undefined && load.state === 'loading') load.state = 'complete';
}

export function navigationError(tab: TabCapture, e: NavigationErrorEvent): void {
  if (!isMainFrameNavigation(e)) return;
  for (let i = tab.loads.length - 1; i >= 0; i--) {
    const load = tab.loads[i];
    if (load === undefined || load.committed || !concerns(load, e.url)) continue;
    // webRequest's own error is more precise when it came first; keep it, unless it only says "aborted".
    if (load.state !== 'error') markLoadFailed(load, e.error);
    else if (refineAbort(load, e.error)) chainChanged(load);
    return;
  }
}
