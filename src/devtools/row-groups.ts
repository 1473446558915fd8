/**
 * Rows grouped the way the table shows them: by page load, and within a load into units, where a
 * unit is one request or one redirect chain (the page's own chain first, then any sub-resource that
 * was redirected, followed from each response to the request its Location started).
 */
import type { Finding, Hop, PageLoad } from '../shared/capture/capture-state';
import type { LoadRows } from './captured-rows';
import { durationOf, typeCategory, typeOf, type RequestRow } from './request-row';

export interface RowUnit {
  /** The first row's id. */
  id: string;
  /** In the order the browser followed them; one row unless this is a redirect chain. */
  rows: RequestRow[];
  /** The page's own main-frame chain. */
  main: boolean;
  /** For the page's chain: what the capture found wrong or notable about it. */
  findings: Finding[];
}

export interface LoadGroup {
  /** The load's id, or ORPHAN_GROUP_ID. */
  id: string;
  /** Absent for the group of DevTools-only requests that belong to no kept load. */
  load?: PageLoad;
  units: RowUnit[];
}

export const ORPHAN_GROUP_ID = 'devtools-only';

export function isChain(unit: RowUnit): boolean {
  return unit.rows.length > 1;
}

/** The page's chain the unit's findings were found on (its hop rows carry it), for their sentences; none for another unit. */
export function chainOf(unit: RowUnit): readonly Hop[] {
  for (const row of unit.rows) if (row.kind === 'hop' && row.chain) return row.chain;
  return [];
}

/** The response that ended the unit: the last row. */
export function finalRow(unit: RowUnit): RequestRow {
  return unit.rows[unit.rows.length - 1] as RequestRow;
}

/** A chain's duration is the whole journey's. */
export function unitDuration(unit: RowUnit): number | undefined {
  let total: number | undefined;
  for (const row of unit.rows) {
    const duration = durationOf(row);
    if (duration !== undefined) total = (total ?? 0) + duration;
  }
  return total;
}

/** The frame that made the request; unknown for a hop (unchained here) and for what only DevTools saw. */
function frameOf(row: RequestRow): number | undefined {
  return row.kind === 'subresource' || row.kind === 'failure' ? row.record.frameId : undefined;
}

function sameFrame(a: RequestRow, b: RequestRow): boolean {
  const fa = frameOf(a);
  const fb = frameOf(b);
  return fa === undefined || fb === undefined || fa === fb;
}

/** Links sub-resource responses into chains: a redirect's target is the next request for that URL. */
function unitsOf(rows: readonly RequestRow[]): RowUnit[] {
  const units: RowUnit[] = [];
  const waiting = new Map<string, RowUnit[]>();
  for (const row of rows) {
    const url = row.record.url;
    const candidates = waiting.get(url);
    let unit: RowUnit | undefined;
    if (candidates) {
      const at = candidates.findIndex((u) => {
        const last = finalRow(u);
        return sameFrame(last, row) && typeCategory(typeOf(last)) === typeCategory(typeOf(row));
      });
      if (at >= 0) {
        unit = candidates[at];
        candidates.splice(at, 1);
        if (candidates.length === 0) waiting.delete(url);
      }
    }
    if (unit) unit.rows.push(row);
    else {
      unit = { id: row.id, rows: [row], main: false, findings: [] };
      units.push(unit);
    }
    const redirectUrl = row.kind === 'failure' ? undefined : row.record.redirectUrl;
    if (redirectUrl !== undefined) {
      const list = waiting.get(redirectUrl);
      if (list) list.push(unit);
      else waiting.set(redirectUrl, [unit]);
    }
  }
  return units;
}

/** Groups merged rows by load (oldest load first, DevTools-only orphans before them). */
export function groupRows(loads: readonly LoadRows[], rows: readonly RequestRow[]): LoadGroup[] {
  const byLoad = new Map<string | undefined, RequestRow[]>();
  for (const row of rows) {
    const list = byLoad.get(row.loadId);
    if (list) list.push(row);
    else byLoad.set(row.loadId, [row]);
  }
  const groups: LoadGroup[] = [];
  const orphans = byLoad.get(undefined);
  if (orphans) groups.push({ id: ORPHAN_GROUP_ID, units: unitsOf(orphans) });
  for (const { load } of loads) {
    const list = byLoad.get(load.id) ?? [];
    const hops = list.filter((r) => r.kind === 'hop');
    const units: RowUnit[] = [];
    if (hops.length > 0) units.push({ id: (hops[0] as RequestRow).id, rows: hops, main: true, findings: load.findings });
    units.push(...unitsOf(list.filter((r) => r.kind !== 'hop')));
    groups.push({ id: load.id, load, units });
  }
  return groups;
}
