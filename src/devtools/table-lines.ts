/**
 * The table as a flat list of lines, which is what the virtualised table renders a window of:
 * a header per page load, a line per redirect chain (its hops below it when opened) and a line per
 * request. Scope (preserve log, clear), filters, sort and expansion are applied here, purely.
 */
import type { I18n } from '../shared/i18n/create-i18n';
import { filterTerms, rowMatches, sortUnits, type RowFilter, type SortOrder } from './row-filter';
import { isChain, ORPHAN_GROUP_ID, type LoadGroup, type RowUnit } from './row-groups';
import { startOf, type RequestRow } from './request-row';

export interface TableState {
  /** Off: only the current load. On: every load the background keeps. */
  preserveLog: boolean;
  /** The load the tab shows now (see currentLoad); when preserveLog is off, the only one listed. */
  currentLoadId: string | undefined;
  /** Requests that started before this time (ms since the epoch) are hidden: the panel was cleared. */
  clearedAt: number | undefined;
  filter: RowFilter;
  sort: SortOrder;
  /** Chains the person opened (unit ids). */
  expanded: ReadonlySet<string>;
  /** Page loads the person folded (group ids). */
  collapsed: ReadonlySet<string>;
}

export type TableLine =
  | { kind: 'load'; id: string; group: LoadGroup; shown: number; total: number; collapsed: boolean }
  | { kind: 'chain'; id: string; unit: RowUnit; expanded: boolean }
  | { kind: 'row'; id: string; row: RequestRow; unit: RowUnit; inChain: boolean };

export interface TableLines {
  lines: TableLine[];
  /** Requests listed (after filters) and requests in scope (before filters). */
  shown: number;
  total: number;
}

const lineIdOfLoad = (groupId: string): string => `load:${groupId}`;
export const lineIdOfChain = (unitId: string): string => `chain:${unitId}`;
export const lineIdOfRow = (rowId: string): string => `row:${rowId}`;

function inScope(group: LoadGroup, state: TableState): boolean {
  if (state.preserveLog) return true;
  if (group.id === ORPHAN_GROUP_ID) return false;
  return group.id === state.currentLoadId;
}

/** A unit survives a clear if its last request started after it (a chain finishing now is news). */
function afterClear(unit: RowUnit, group: LoadGroup, clearedAt: number | undefined): boolean {
  if (clearedAt === undefined) return true;
  const last = unit.rows[unit.rows.length - 1];
  const time = (last && startOf(last)) ?? group.load?.startedAt ?? 0;
  return time >= clearedAt;
}

/** `i18n`: the language the free-text filter reads the rows' words in (the one the table shows). */
export function buildLines(groups: readonly LoadGroup[], state: TableState, i18n: I18n): TableLines {
  const terms = filterTerms(state.filter.text);
  const lines: TableLine[] = [];
  let shown = 0;
  let total = 0;
  for (const group of groups) {
    if (!inScope(group, state)) continue;
    let groupShown = 0;
    let groupTotal = 0;
    const matching: RowUnit[] = [];
    for (const unit of group.units) {
      if (!afterClear(unit, group, state.clearedAt)) continue;
      groupTotal += unit.rows.length;
      if (unit.rows.some((row) => rowMatches(row, state.filter, i18n, terms))) {
        matching.push(unit);
        groupShown += unit.rows.length;
      }
    }
    shown += groupShown;
    total += groupTotal;
    // A load with nothing left after a clear is gone; one whose rows are all filtered out still shows its header.
    if (groupTotal === 0 && !(group.id === state.currentLoadId && state.clearedAt === undefined)) continue;
    const collapsed = state.collapsed.has(group.id);
    lines.push({ kind: 'load', id: lineIdOfLoad(group.id), group, shown: groupShown, total: groupTotal, collapsed });
    if (collapsed) continue;
    for (const unit of sortUnits(matching, state.sort)) {
      if (isChain(unit)) {
        const expanded = state.expanded.has(unit.id);
        lines.push({ kind: 'chain', id: lineIdOfChain(unit.id), unit, expanded });
        if (expanded) for (const row of unit.rows) lines.push({ kind: 'row', id: lineIdOfRow(row.id), row, unit, inChain: true });
      } else {
        const row = unit.rows[0] as RequestRow;
        lines.push({ kind: 'row', id: lineIdOfRow(row.id), row, unit, inChain: false });
      }
    }
  }
  return { lines, shown, total };
}

/**
 * Where the selection goes when the lines change: the same line if still there; a DevTools-only row
 * that has since matched a captured row follows its entry; a hop inside a chain that was folded goes
 * to the chain's line.
 */
export function resolveSelection(lines: readonly TableLine[], selectedId: string | undefined, harKey?: string): string | undefined {
  if (selectedId === undefined) return undefined;
  if (lines.some((l) => l.id === selectedId)) return selectedId;
  if (harKey !== undefined) {
    const follow = lines.find((l) => l.kind === 'row' && l.row.har?.key === harKey);
    if (follow) return follow.id;
  }
  if (selectedId.startsWith('row:')) {
    const rowId = selectedId.slice(4);
    const chain = lines.find((l) => l.kind === 'chain' && l.unit.rows.some((r) => r.id === rowId));
    if (chain) return chain.id;
  }
  return undefined;
}
