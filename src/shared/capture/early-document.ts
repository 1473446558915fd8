/**
 * Requests of a page whose navigation has not reached us yet.
 *
 * Chromium hands a service worker it has just woken the events it queued meanwhile, but not in
 * order: seen on Chromium 156, the last few requests of a page (their completions, at times before
 * their starts) came first, then the page's navigation, main-frame request and commit, then the rest.
 * A page served by a service worker has no main-frame request at all, and its first requests can
 * come before its commit. Filed under the page on screen, such requests would be counted against the
 * previous page. Chrome names each request's document, so a request from a top-level document no load
 * knows, while the page on screen is another known document, is kept in a load set aside; the commit
 * that names its document hands its records to the page's load.
 *
 * If that commit never comes (events lost with a worker stopped at the wrong moment), the load set
 * aside is kept as a page of its own, said to have no observed request, once a later page commits (or
 * when more unknown documents wait than MAX_EARLY_DOCUMENTS): its records are never dropped, never
 * misfiled.
 */
import type { RequestInfo } from './capture-event';
import type { CaptureState, PageLoad, ResponseCounts, TabCapture } from './capture-state';
import { keepNewest, subresourceCap } from './limits';
import { createLoad, displayedLoad, trimLoads } from './page-load';
import type { ReduceContext } from './reduce-context';

/** Documents waiting for their commit at once, per tab: one, or two when two navigations were queued. */
const MAX_EARLY_DOCUMENTS = 4;

/** The load set aside for the request's document, when it is a top-level document no load knows. */
export function earlyDocumentLoad(state: CaptureState, tab: TabCapture, e: RequestInfo, ctx: ReduceContext): PageLoad | undefined {
  if (e.documentId === undefined || !(e.frameId === 0 || e.parentFrameId === -1)) return undefined;
  const waiting = tab.earlyDocuments?.find((load) => load.tracking.documentId === e.documentId);
  if (waiting !== undefined) return waiting;
  // Without a known page on screen, nothing tells this document from that one: it is that one.
  const shown = displayedLoad(tab)?.tracking.documentId;
  if (shown === undefined || shown === e.documentId) return undefined;
  // Chrome gives only the page's origin here; the commit gives its address.
  const load = createLoad(state, tab.tabId, e.documentUrl ?? '', e.timeStamp);
  load.tracking.documentId = e.documentId;
  const early = (tab.earlyDocuments ??= []);
  early.push(load);
  if (early.length > MAX_EARLY_DOCUMENTS) keepUnclaimed(tab, early[0]!, afterLastCommitted(tab), ctx);
  return load;
}

/**
 * At a main-frame commit: the records set aside for the committed document join its load. A load set
 * aside for another document that made its requests before this commit happened will not see its own
 * commit in order any more (what Chromium hands a woken worker first is its newest events; the rest
 * come in order): it is kept as a page of its own, before this one.
 */
export function settleEarlyDocuments(tab: TabCapture, committed: PageLoad, commitTime: number | undefined, ctx: ReduceContext): void {
  for (const early of tab.earlyDocuments?.slice() ?? []) {
    if (early.tracking.documentId === committed.tracking.documentId) {
      forget(tab, early);
      moveRecords(tab, early, committed, ctx);
    } else if (commitTime !== undefined && commitTime > early.startedAt) {
      const at = tab.loads.indexOf(committed);
      keepUnclaimed(tab, early, at < 0 ? tab.loads.length : at, ctx);
    }
  }
}

/** Where a page that has been shown goes: after the newest one shown, before any navigation under way. */
function afterLastCommitted(tab: TabCapture): number {
  for (let i = tab.loads.length - 1; i >= 0; i--) if (tab.loads[i]?.committed === true) return i + 1;
  return 0;
}

function forget(tab: TabCapture, early: PageLoad): void {
  const rest = tab.earlyDocuments?.filter((load) => load !== early) ?? [];
  if (rest.length > 0) tab.earlyDocuments = rest;
  else delete tab.earlyDocuments;
}

/** A load set aside whose commit never came, kept at `index` among the tab's loads. */
function keepUnclaimed(tab: TabCapture, early: PageLoad, index: number, ctx: ReduceContext): void {
  forget(tab, early);
  early.committed = true;
  early.state = 'complete';
  early.source = 'not-observable';
  early.notObservedReason = 'request-not-seen';
  tab.loads.splice(index, 0, early);
  trimLoads(tab, ctx);
}

/**
 * Moves every response and failure of `from` into `into`, after its own, with the per-load cap; the
 * requests still running in `from` follow their records. When `into` has none of its own yet (the
 * usual case: the commit comes before the page's first response is heard of) the records move whole,
 * positions and dropped count included. Otherwise the records `from` had already dropped (over a
 * thousand responses before a commit is heard of) stay in the counts only: adding them to `into`'s
 * dropped count would move the positions of its records, which its running requests point at.
 */
function moveRecords(tab: TabCapture, from: PageLoad, into: PageLoad, ctx: ReduceContext): void {
  const cap = subresourceCap(ctx.settings);
  addCounts(into.counts, from.counts);
  into.droppedErrors += from.droppedErrors;
  for (const failure of from.errors) into.droppedErrors += keepNewest(into.errors, failure, cap);
  const whole = into.subresources.length === 0 && into.droppedSubresources === 0;
  const moved = new Map<number, number>();
  if (whole) {
    into.subresources = from.subresources;
    into.droppedSubresources = from.droppedSubresources;
  } else {
    from.subresources.forEach((record, i) => {
      into.droppedSubresources += keepNewest(into.subresources, record, cap);
      moved.set(from.droppedSubresources + i, into.droppedSubresources + into.subresources.length - 1);
    });
  }
  for (const rec of tab.inflight) {
    if (rec.done === true || rec.loadId !== from.id) continue;
    rec.loadId = into.id;
    if (whole || rec.seq < 0) continue;
    // A record `from` had already dropped has no place in `into`: its request's later events are
    // then recorded as a new response, as they would be for a request we saw no start of.
    const seq = moved.get(rec.seq);
    rec.seq = seq ?? -1;
  }
}

function addCounts(into: ResponseCounts, from: ResponseCounts): void {
  for (const key of Object.keys(into) as Array<keyof ResponseCounts>) into[key] += from[key];
}
