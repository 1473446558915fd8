/**
 * webRequest events of everything that is not the main frame: the page's sub-resources.
 *
 * This is the hot path (a busy page makes hundreds of requests, a benchmark pushes 100,000 events):
 * no URL parsing, no copying of arrays, one small record per response, an index lookup per event.
 * A request's in-flight record remembers the load it started in, so a late response of the previous
 * page is never counted against the new one.
 */
import type { BeforeRedirectEvent, BeforeRequestEvent, CompletedEvent, RequestErrorEvent, RequestInfo, ResponseEvent, ResponseInfo } from './capture-event';
import type { CaptureState, InflightRequest, PageLoad, RequestFailure, ResponseCounts, SubresourceRecord, TabCapture } from './capture-state';
import { applyResponseFields } from './response-fields';
import { endTiming } from './timing';
import { earlyDocumentLoad } from './early-document';
import { addInflight, getInflight, removeInflight } from './inflight-requests';
import { keepNewest, subresourceCap } from './limits';
import { createLoad, displayedLoad, findLoadById, lastLoad, pushLoad } from './page-load';
import { activatePrerenderIfShown } from './prerender';
import type { ReduceContext } from './reduce-context';

/** The load a new sub-resource request belongs to. */
function loadForNewRequest(state: CaptureState, tab: TabCapture, e: RequestInfo, ctx: ReduceContext): PageLoad {
  if (tab.prerender !== undefined) {
    if (e.documentLifecycle === 'prerender') return tab.prerender;
    activatePrerenderIfShown(tab, e.documentId, e.documentLifecycle, ctx);
  }
  // Chrome names the requesting document; the main frame's documentId is known from its commit.
  if (e.documentId !== undefined) {
    for (let i = tab.loads.length - 1; i >= 0; i--) {
      const load = tab.loads[i];
      if (load !== undefined && load.tracking.documentId === e.documentId) return load;
    }
    // A main-frame document we do not know yet is the new page, whose commit has not reached us
    // (webRequest and webNavigation events are not ordered with each other). Chrome gives the
    // document's frame an id of 0 only once it is the tab's page: a request made while its commit is
    // still under way carries another id, but no parent frame, and is the new page's all the same.
    const newest = lastLoad(tab);
    const topDocument = e.frameId === 0 || e.parentFrameId === -1;
    if (topDocument && newest !== undefined && !newest.committed && newest.noDocument !== true && newest.chain.length > 0) {
      return newest;
    }
  }
  // Until a new page commits, the page on screen is the one still making requests, unless the
  // request names another page, one we have not heard of yet.
  return earlyDocumentLoad(state, tab, e, ctx) ?? displayedLoad(tab) ?? lastLoad(tab) ?? loadedBeforeExtension(state, tab, e, ctx);
}

/** Requests from a page we never saw load: it was already open when capture started. */
function loadedBeforeExtension(state: CaptureState, tab: TabCapture, e: RequestInfo, ctx: ReduceContext): PageLoad {
  const load = createLoad(state, tab.tabId, e.documentUrl ?? '', e.timeStamp);
  load.committed = true;
  load.state = 'complete';
  load.source = 'not-observable';
  load.notObservedReason = 'loaded-before-extension';
  return pushLoad(tab, load, ctx);
}

export function subBeforeRequest(state: CaptureState, tab: TabCapture, e: BeforeRequestEvent, ctx: ReduceContext): void {
  const existing = getInflight(tab, e.requestId);
  if (existing !== undefined) {
    // The same request again after one of its redirects.
    existing.url = e.url;
    if (e.timeStamp !== undefined) existing.start = e.timeStamp;
    return;
  }
  const load = loadForNewRequest(state, tab, e, ctx);
  const rec = newInflight(e, load);
  if (e.timeStamp !== undefined) rec.start = e.timeStamp;
  addInflight(tab, rec);
}

function newInflight(e: RequestInfo, load: PageLoad): InflightRequest {
  const rec: InflightRequest = { requestId: e.requestId, loadId: load.id, seq: -1, url: e.url, type: e.type, frameId: e.frameId };
  // GET is implied: not storing it saves space on every record.
  if (e.method !== undefined && e.method !== 'GET') rec.method = e.method;
  return rec;
}

/** The request's in-flight record and its load; a request we did not see start gets a record now. */
function requestContext(state: CaptureState, tab: TabCapture, e: RequestInfo, ctx: ReduceContext): { rec: InflightRequest; load: PageLoad | undefined } {
  let rec = getInflight(tab, e.requestId);
  if (rec === undefined) {
    const load = loadForNewRequest(state, tab, e, ctx);
    rec = newInflight(e, load);
    addInflight(tab, rec);
    return { rec, load };
  }
  return { rec, load: findLoadById(tab, rec.loadId) };
}

/** The record already made for this request, unless it has since been dropped by the cap. */
function existingRecord(load: PageLoad, rec: InflightRequest): SubresourceRecord | undefined {
  if (rec.seq < 0) return undefined;
  return load.subresources[rec.seq - load.droppedSubresources];
}

function countStatus(counts: ResponseCounts, statusCode: number | undefined, fromCache: boolean | undefined): void {
  counts.total++;
  if (fromCache === true) counts.fromCache++;
  if (statusCode === undefined) counts.other++;
  else if (statusCode < 200) counts['1xx']++;
  else if (statusCode < 300) counts['2xx']++;
  else if (statusCode < 400) counts['3xx']++;
  else if (statusCode < 500) counts['4xx']++;
  else if (statusCode < 600) counts['5xx']++;
  else counts.other++;
}

/** Makes the record of one response, counts it, and keeps at most the cap (oldest dropped). */
function addRecord(load: PageLoad, rec: InflightRequest, e: ResponseInfo, ctx: ReduceContext): SubresourceRecord {
  const record: SubresourceRecord = { url: rec.url, type: rec.type, frameId: rec.frameId, timing: {} };
  if (rec.method !== undefined) record.method = rec.method;
  if (rec.start !== undefined) record.timing.start = rec.start;
  applyResponseFields(record, e, ctx);
  countStatus(load.counts, e.statusCode, e.fromCache);

  load.droppedSubresources += keepNewest(load.subresources, record, subresourceCap(ctx.settings));
  rec.seq = load.droppedSubresources + load.subresources.length - 1;
  return record;
}

export function subResponseStarted(state: CaptureState, tab: TabCapture, e: ResponseEvent, ctx: ReduceContext): void {
  const { rec, load } = requestContext(state, tab, e, ctx);
  if (load === undefined) return;
  const record = existingRecord(load, rec);
  if (record !== undefined) applyResponseFields(record, e, ctx);
  else if (rec.seq < 0) addRecord(load, rec, e, ctx);
}

export function subBeforeRedirect(state: CaptureState, tab: TabCapture, e: BeforeRedirectEvent, ctx: ReduceContext): void {
  const { rec, load } = requestContext(state, tab, e, ctx);
  if (load !== undefined) {
    const existing = existingRecord(load, rec);
    const record = existing !== undefined && existing.redirectUrl === undefined ? existing : addRecord(load, rec, e, ctx);
    if (record === existing) applyResponseFields(record, e, ctx);
    record.redirectUrl = e.redirectUrl;
    endTiming(record, e.timeStamp);
  }
  // The same requestId continues to the redirect target: a new response to come.
  rec.seq = -1;
  rec.url = e.redirectUrl;
  if (e.timeStamp !== undefined) rec.start = e.timeStamp;
}

export function subCompleted(state: CaptureState, tab: TabCapture, e: CompletedEvent, ctx: ReduceContext): void {
  const { rec, load } = requestContext(state, tab, e, ctx);
  if (load !== undefined) {
    let record = existingRecord(load, rec);
    if (record !== undefined) applyResponseFields(record, e, ctx);
    else if (rec.seq < 0) record = addRecord(load, rec, e, ctx);
    if (record !== undefined) endTiming(record, e.timeStamp);
  }
  removeInflight(tab, e.requestId);
}

export function subError(state: CaptureState, tab: TabCapture, e: RequestErrorEvent, ctx: ReduceContext): void {
  const { rec, load } = requestContext(state, tab, e, ctx);
  if (load !== undefined) {
    const record = existingRecord(load, rec);
    if (record !== undefined) {
      record.error = e.error;
      endTiming(record, e.timeStamp);
    } else if (rec.seq < 0) {
      addFailure(load, rec, e, ctx);
    }
  }
  removeInflight(tab, e.requestId);
}

function addFailure(load: PageLoad, rec: InflightRequest, e: RequestErrorEvent, ctx: ReduceContext): void {
  load.counts.total++;
  load.counts.failed++;
  const failure: RequestFailure = { url: rec.url, type: rec.type, frameId: rec.frameId, error: e.error, timing: {} };
  if (rec.start !== undefined) failure.timing.start = rec.start;
  endTiming(failure, e.timeStamp);
  load.droppedErrors += keepNewest(load.errors, failure, subresourceCap(ctx.settings));
}
