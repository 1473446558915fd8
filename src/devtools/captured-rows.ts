/**
 * The background's view of a tab, as table rows: per page load, its main-frame hops, its
 * sub-resources and its failed requests, each row wrapping the record the capture stored. The
 * background pushes the whole view on every change, so rows of loads that did not change are reused
 * instead of rebuilt.
 */
import type { PageLoad } from '../shared/capture/capture-state';
import type { TabView } from '../shared/tab-view';
import type { RequestRow } from './request-row';

export interface LoadRows {
  load: PageLoad;
  rows: RequestRow[];
}

/** Every row of one load: hops, then sub-resources, then failures (the table sorts them). */
export function rowsOfLoad(load: PageLoad): RequestRow[] {
  const rows: RequestRow[] = load.chain.map((record, i) => {
    const row: RequestRow = { id: `${load.id}:h${load.droppedHops + i}`, loadId: load.id, kind: 'hop', seq: i, record };
    const findings = load.findings.filter((f) => f.hops.includes(i));
    // With the chain, which the findings' sentences are said from (findingMessage).
    if (findings.length > 0) Object.assign(row, { findings, chain: load.chain });
    return row;
  });
  let seq = rows.length;
  load.subresources.forEach((record, i) =>
    rows.push({ id: `${load.id}:s${load.droppedSubresources + i}`, loadId: load.id, kind: 'subresource', seq: seq++, record }),
  );
  load.errors.forEach((record, i) => rows.push({ id: `${load.id}:f${load.droppedErrors + i}`, loadId: load.id, kind: 'failure', seq: seq++, record }));
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
