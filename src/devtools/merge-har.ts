/**
 * One list, not two: DevTools' HAR entries are matched to the rows the background captured (same URL,
 * same method, same status, nearest start time) and enrich them with what webRequest cannot see (HTTP
 * version, memory vs disk cache, service worker, full headers, the error page's body). An entry that
 * matches no row (a memory-cache hit, a service worker's answer) becomes a row of its own, placed in
 * the page load that was under way when it started.
 */
import type { VendorRef } from '../shared/capture/capture-state';
import type { HeaderEntry } from '../shared/capture/capture-event';
import type { LoadRows } from './captured-rows';
import type { HarRecord } from './har-record';
import type { RequestRow } from './request-row';

export interface MergeOptions {
  /** How far apart (ms) a HAR entry and a captured row may start and still be the same request. */
  windowMs?: number;
  /** Who answered a DevTools-only request, from its headers. */
  detectVendors?: (headers: readonly HeaderEntry[]) => VendorRef[];
}

export const MATCH_WINDOW_MS = 10_000;
/** webRequest and DevTools stamp times from different processes; a load may appear to start a hair late. */
const LOAD_START_SLACK_MS = 50;

function matchKey(url: string, status: number | undefined): string {
  return `${status ?? 0} ${url}`;
}

function methodFits(row: RequestRow, har: HarRecord): boolean {
  // Failures do not record their method.
  return row.kind === 'failure' || row.method === har.method;
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

function devtoolsOnlyRow(har: HarRecord, loadId: string | undefined, seq: number, options: MergeOptions): RequestRow {
  const row: RequestRow = {
    id: `har:${har.key}`,
    loadId,
    kind: 'devtools-only',
    seq,
    url: har.url,
    method: har.method,
    type: har.resourceType ?? 'other',
    start: har.startedAt,
    vendors: options.detectVendors?.(har.headers) ?? [],
    har,
  };
  if (har.status !== 0) row.statusCode = har.status;
  if (har.error !== undefined) row.error = har.error;
  if (har.redirectUrl !== undefined) row.redirectUrl = har.redirectUrl;
  if (har.duration !== undefined) row.duration = har.duration;
  if (har.serverIp !== undefined) row.ip = har.serverIp;
  if (har.fromCache !== undefined) row.fromCache = true;
  return row;
}

/**
 * Every captured row, in load order, each with its HAR entry when one matched, then the DevTools-only
 * rows. Pure: the inputs are not changed (matched rows are copied). O(rows + entries · candidates).
 */
export function mergeHar(loads: readonly LoadRows[], har: readonly HarRecord[], options: MergeOptions = {}): RequestRow[] {
  const windowMs = options.windowMs ?? MATCH_WINDOW_MS;
  const candidates = new Map<string, RequestRow[]>();
  let rowCount = 0;
  for (const { rows } of loads) {
    for (const row of rows) {
      rowCount++;
      const key = matchKey(row.url, row.statusCode);
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
    let best: RequestRow | undefined;
    let bestDistance = Infinity;
    for (const row of list ?? []) {
      if (matched.has(row.id) || !methodFits(row, entry)) continue;
      // A row without a start time can still match, after every row that has one.
      const distance = row.start === undefined ? windowMs : Math.abs(row.start - entry.startedAt);
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
      if (!entry) {
        out.push(row);
        continue;
      }
      const merged: RequestRow = { ...row, har: entry };
      if (merged.ip === undefined && entry.serverIp !== undefined) merged.ip = entry.serverIp;
      if (merged.duration === undefined && entry.duration !== undefined) merged.duration = entry.duration;
      out.push(merged);
    }
  }
  unmatched.forEach((entry, i) => out.push(devtoolsOnlyRow(entry, loadAt(loads, entry.startedAt), rowCount + i, options)));
  return out;
}
