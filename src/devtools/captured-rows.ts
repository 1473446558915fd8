/**
 * The background's view of a tab, as table rows: per page load, its main-frame hops, its
 * sub-resources and its failed requests. The background pushes the whole view on every change, so
 * rows of loads that did not change are reused instead of rebuilt.
 */
import type { Hop, PageLoad, RequestFailure, SubresourceRecord, Timing } from '../shared/capture/capture-state';
import type { TabView } from '../shared/tab-view';
import type { RequestRow } from './request-row';

export interface LoadRows {
  load: PageLoad;
  rows: RequestRow[];
}

function durationOf(timing: Timing): number | undefined {
  if (timing.duration !== undefined) return timing.duration;
  if (timing.start !== undefined && timing.end !== undefined) return Math.max(0, timing.end - timing.start);
  return undefined;
}

function hopRow(load: PageLoad, hop: Hop, index: number): RequestRow {
  const row: RequestRow = {
    id: `${load.id}:h${load.droppedHops + index}`,
    loadId: load.id,
    kind: 'hop',
    seq: index,
    url: hop.url,
    method: hop.method || 'GET',
    type: 'main_frame',
    vendors: hop.vendors ?? [],
    hop,
    chainIndex: index,
  };
  if (hop.statusCode !== undefined) row.statusCode = hop.statusCode;
  if (hop.statusLine !== undefined) row.statusLine = hop.statusLine;
  if (hop.error !== undefined) row.error = hop.error;
  if (hop.redirectUrl !== undefined) row.redirectUrl = hop.redirectUrl;
  if (hop.timing.start !== undefined) row.start = hop.timing.start;
  const duration = durationOf(hop.timing);
  if (duration !== undefined) row.duration = duration;
  if (hop.ip !== undefined) row.ip = hop.ip;
  if (hop.fromCache !== undefined) row.fromCache = hop.fromCache;
  const findings = load.findings.filter((f) => f.hops.includes(index));
  if (findings.length > 0) row.findings = findings;
  return row;
}

function subresourceRow(load: PageLoad, record: SubresourceRecord, index: number, seq: number): RequestRow {
  const row: RequestRow = {
    id: `${load.id}:s${load.droppedSubresources + index}`,
    loadId: load.id,
    kind: 'subresource',
    seq,
    url: record.url,
    // The capture stores a method only when it is not GET.
    method: record.method ?? 'GET',
    type: record.type,
    vendors: record.vendors ?? [],
    frameId: record.frameId,
  };
  if (record.statusCode !== undefined) row.statusCode = record.statusCode;
  if (record.statusLine !== undefined) row.statusLine = record.statusLine;
  if (record.error !== undefined) row.error = record.error;
  if (record.redirectUrl !== undefined) row.redirectUrl = record.redirectUrl;
  if (record.timing.start !== undefined) row.start = record.timing.start;
  const duration = durationOf(record.timing);
  if (duration !== undefined) row.duration = duration;
  if (record.ip !== undefined) row.ip = record.ip;
  if (record.fromCache !== undefined) row.fromCache = record.fromCache;
  return row;
}

function failureRow(load: PageLoad, failure: RequestFailure, index: number, seq: number): RequestRow {
  const row: RequestRow = {
    id: `${load.id}:f${load.droppedErrors + index}`,
    loadId: load.id,
    kind: 'failure',
    seq,
    url: failure.url,
    // Failures do not record their method; GET is by far the most common and only used for display.
    method: 'GET',
    type: failure.type,
    error: failure.error,
    vendors: [],
    frameId: failure.frameId,
  };
  if (failure.timing.start !== undefined) row.start = failure.timing.start;
  const duration = durationOf(failure.timing);
  if (duration !== undefined) row.duration = duration;
  return row;
}

/** Every row of one load: hops, then sub-resources, then failures (the table sorts them). */
export function rowsOfLoad(load: PageLoad): RequestRow[] {
  const rows: RequestRow[] = [];
  load.chain.forEach((hop, i) => rows.push(hopRow(load, hop, i)));
  let seq = rows.length;
  load.subresources.forEach((record, i) => rows.push(subresourceRow(load, record, i, seq++)));
  load.errors.forEach((failure, i) => rows.push(failureRow(load, failure, i, seq++)));
  return rows;
}

/** Changes whenever a load gains, loses or finishes a request. */
function loadSignature(load: PageLoad): string {
  const last = load.chain.at(-1);
  return [
    load.state,
    load.committed,
    load.chain.length,
    load.droppedHops,
    last?.statusCode,
    last?.timing.end,
    load.findings.length,
    load.counts.total,
    load.subresources.length,
    load.droppedSubresources,
    load.subresources.at(-1)?.timing.end,
    load.errors.length,
    load.droppedErrors,
  ].join('|');
}

/**
 * Rows per load, rebuilding only loads whose signature changed. The newest load is always rebuilt:
 * its requests finish in place (a duration arrives) without changing any count.
 */
export class CapturedRows {
  private cache = new Map<string, { signature: string; rows: RequestRow[] }>();

  of(view: TabView | undefined): LoadRows[] {
    const loads = view?.loads ?? [];
    const next = new Map<string, { signature: string; rows: RequestRow[] }>();
    const out: LoadRows[] = loads.map((load, i) => {
      const signature = loadSignature(load);
      const cached = this.cache.get(load.id);
      const rows = cached && cached.signature === signature && i < loads.length - 1 ? cached.rows : rowsOfLoad(load);
      next.set(load.id, { signature, rows });
      return { load, rows };
    });
    this.cache = next;
    return out;
  }
}
