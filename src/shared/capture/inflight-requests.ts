/**
 * Requests between their start and their end, per tab.
 *
 * Stored in the state as a plain array (JSON for storage.session), oldest first; a finished request
 * is marked `done` and the array is compacted now and then. Lookups go through a Map index kept in
 * a module-level WeakMap keyed by the array itself: an object keyed by requestId would do, but V8
 * turns an object with constant inserts and deletes into a slow dictionary, and this is the hottest
 * path of the reducer. The index is a pure cache: derived only from the array, rebuilt on first use
 * after the state was read back from storage, never part of the state.
 */
import type { InflightRequest, TabCapture } from './capture-state';
import { LIMITS } from './limits';

const indexes = new WeakMap<InflightRequest[], Map<string, InflightRequest>>();
// Consecutive events mostly concern the same tab: skip the WeakMap lookup then.
let lastList: InflightRequest[] | undefined;
let lastIndex: Map<string, InflightRequest> | undefined;

function indexOf(tab: TabCapture): Map<string, InflightRequest> {
  const list = tab.inflight;
  if (list === lastList && lastIndex !== undefined) return lastIndex;
  let index = indexes.get(list);
  if (index === undefined) {
    index = new Map();
    for (const rec of list) if (rec.done !== true) index.set(rec.requestId, rec);
    indexes.set(list, index);
  }
  lastList = list;
  lastIndex = index;
  return index;
}

export function getInflight(tab: TabCapture, requestId: string): InflightRequest | undefined {
  return indexOf(tab).get(requestId);
}

export function addInflight(tab: TabCapture, rec: InflightRequest): void {
  const index = indexOf(tab);
  const previous = index.get(rec.requestId);
  if (previous !== undefined) {
    previous.done = true;
    tab.inflightCount--;
  }
  index.set(rec.requestId, rec);
  tab.inflight.push(rec);
  tab.inflightCount++;
  if (tab.inflightCount > LIMITS.maxInflightPerTab) forgetOldest(tab, index);
  else compactIfSparse(tab, index);
}

export function removeInflight(tab: TabCapture, requestId: string): void {
  const index = indexOf(tab);
  const rec = index.get(requestId);
  if (rec === undefined) return;
  rec.done = true;
  index.delete(requestId);
  tab.inflightCount--;
  compactIfSparse(tab, index);
}

/** Moves the other tab's running requests into `tab` (tabs.onReplaced). */
export function adoptInflight(tab: TabCapture, from: TabCapture): void {
  for (const rec of from.inflight) {
    if (rec.done !== true && getInflight(tab, rec.requestId) === undefined) addInflight(tab, rec);
  }
}

/** Drops finished records once they outnumber the running ones (amortised O(1) per request). */
function compactIfSparse(tab: TabCapture, index: Map<string, InflightRequest>): void {
  if (tab.inflight.length <= 2 * tab.inflightCount + 64) return;
  const live = tab.inflight.filter((rec) => rec.done !== true);
  indexes.set(live, index);
  tab.inflight = live;
  lastList = live;
  lastIndex = index;
}

/** Requests that never end (their end events were lost) must not accumulate: forget the oldest half. */
function forgetOldest(tab: TabCapture, index: Map<string, InflightRequest>): void {
  let toForget = tab.inflightCount - Math.floor(LIMITS.maxInflightPerTab / 2);
  for (const rec of tab.inflight) {
    if (toForget <= 0) break;
    if (rec.done === true) continue;
    rec.done = true;
    index.delete(rec.requestId);
    tab.inflightCount--;
    toForget--;
  }
  compactIfSparse(tab, index);
}
