/**
 * One list, not two: DevTools' HAR entries are matched to the rows the background captured (same URL,
 * same method, same status, nearest start time) and enrich them with what webRequest cannot see (HTTP
 * version, memory vs disk cache, service worker, full headers, the error page's body). An entry that
 * matches no row (a memory-cache hit, a service worker's answer) becomes a row of its own, placed in
 * the page load that was under way when it started.
 */
import { vendorsFor } from '../shared/capture/derived-info';
import type { DetectVendorsFn } from '../shared/capture/reduce-context';
import type { LoadRows } from './captured-rows';
import type { HarRecord } from './har-record';
import { methodOf, statusOf, type DevtoolsOnlyRecord, type RequestRow } from './request-row';

export interface MergeOptions {
  /** How far apart (ms) a HAR entry and a captured row may start and still be the same request. */
  windowMs?: number;
  /** The vendor detector, to find who answered a DevTools-only request from its headers as the background would. */
  detectVendors?: DetectVendorsFn;
}

export const MATCH_WINDOW_MS = 10_000;
/** webRequest and DevTools stamp times from different processes; a load may appear to start a hair late. */
const LOAD_START_SLACK_MS = 50;

function matchKey(url: string, status: number | undefined): string {
  return `${status ?? 0} ${url}`;
}

function methodFits(row: RequestRow, har: HarRecord): boolean {
  // Failures do not record their method.
  return row.kind === 'failure' || methodOf(row) === har.method;
}

/** The load that was under way when `time` came: the last one started by then (pages that replaced the view only). */
export function loadAt(loads: readonly LoadRows[], time: number): string | undefined {
  let found: string | undefined;
  let foundStart = -Infinity;
  for (const { load } of loads) {
    if (load.noDocument === true) continue;
    if (load.startedAt - LOAD_START_SLACK_MS <= time && load.startedAt >= foundStart) {
      found = load.id;
      foundStart = load.startedAt;
    }
  }
  return found;
}

/**
 * How far apart a row and an entry are in time: their starts, else (Chrome's background does not hear
 * a sub-resource's start) their ends; a row with neither can still match, after every row that has one.
 */
function timeDistance(row: RequestRow, entry: HarRecord, windowMs: number): number {
  const { start, end } = row.record.timing;
  if (start !== undefined) return Math.abs(start - entry.startedAt);
  if (end !== undefined && entry.duration !== undefined) return Math.abs(end - (entry.startedAt + entry.duration));
  return windowMs;
}

/** The entry as the capture would have stored it, had webRequest reported it: built once, then read like any record. */
function recordOfEntry(har: HarRecord, options: MergeOptions): DevtoolsOnlyRecord {
  const record: DevtoolsOnlyRecord = { url: har.url, type: har.resourceType ?? 'other', timing: { start: har.startedAt } };
  // Like the capture, a method only when it is not GET.
  if (har.method !== 'GET') record.method = har.method;
  if (har.status !== 0) record.statusCode = har.status;
  if (har.error !== undefined) record.error = har.error;
  if (har.redirectUrl !== undefined) record.redirectUrl = har.redirectUrl;
  if (har.duration !== undefined) record.timing.duration = har.duration;
  if (har.serverIp !== undefined) record.ip = har.serverIp;
  if (har.fromCache !== undefined) record.fromCache = true;
  const vendors = vendorsFor(options, har.headers);
  if (vendors !== undefined) record.vendors = vendors;
  return record;
}

/**
 * Every captured row, in load order, each with its HAR entry when one matched, then the DevTools-only
 * rows. Pure: the inputs are not changed (a matched row is a new row around the same record). O(rows + entries · candidates).
 */
export function mergeHar(loads: readonly LoadRows[], har: readonly HarRecord[], options: MergeOptions = {}): RequestRow[] {
  const windowMs = options.windowMs ?? MATCH_WINDOW_MS;
  const candidates = new Map<string, RequestRow[]>();
  // Loads loadAt can place an entry in; a row of another (no document of its own) matches across loads.
  const documentLoads = new Set(loads.filter(({ load }) => load.noDocument !== true).map(({ load }) => load.id));
  let rowCount = 0;
  for (const { rows } of loads) {
    for (const row of rows) {
      rowCount++;
      const key = matchKey(row.record.url, statusOf(row));
      const list = candidates.get(key);
      if (list) list.push(row);
      else candidates.set(key, [row]);
    }
  }

  const matched = new Map<string, HarRecord>();
  const unmatched: HarRecord[] = [];
  // Earliest first, so each entry takes the nearest row still free.
  const ordered = [...har].sort((a, b) => a.startedAt - b.startedAt);
  for (const entry of ordered) {
    const list = candidates.get(matchKey(entry.url, entry.status === 0 ? undefined : entry.status));
    // An entry that started during a later load is not a request of an earlier one: a reload's memory-cache
    // hit must not take the row of the same image fetched seconds before, when that row's own entry is missing.
    const entryLoad = loadAt(loads, entry.startedAt);
    let best: RequestRow | undefined;
    let bestDistance = Infinity;
    for (const row of list ?? []) {
      if (matched.has(row.id) || !methodFits(row, entry)) continue;
      if (entryLoad !== undefined && row.loadId !== entryLoad && row.loadId !== undefined && documentLoads.has(row.loadId)) continue;
      const distance = timeDistance(row, entry, windowMs);
      if (distance > windowMs || distance >= bestDistance) continue;
      best = row;
      bestDistance = distance;
    }
    if (best) matched.set(best.id, entry);
    else unmatched.push(entry);
  }

  const out: RequestRow[] = [];
  for (const { rows } of loads) {
    for (const row of rows) {
      const entry = matched.get(row.id);
      out.push(entry ? { ...row, har: entry } : row);
    }
  }
  unmatched.forEach((entry, i) =>
    out.push({
      id: `har:${entry.key}`,
      loadId: loadAt(loads, entry.startedAt),
      kind: 'devtools-only',
      seq: rowCount + i,
      record: recordOfEntry(entry, options),
      har: entry,
    }),
  );
  return out;
}
