/**
 * The request table: a tree grid of page loads, redirect chains and requests, virtualised (fixed
 * row height; only the rows in view plus a few either side are in the DOM), driven by the keyboard:
 * arrows, Page Up/Down, Home/End move the selection; Enter or Space opens and closes a chain or a load;
 * Right opens, Left closes or goes to the parent line; Escape closes the details.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { SortKey, SortOrder } from './row-filter';
import { columnLabel, GRID_TRACKS, TABLE_COLUMNS, type TableColumn } from './table-columns';
import { useI18n } from '../shared/ui/use-i18n';
import { TableLineView, type LineContext } from './table-line';
import type { TableLine } from './table-lines';
import { isNavigationKey, moveIndex, revealScrollTop, virtualWindow } from './virtual-window';

const ROW_HEIGHT = 24;
const HEADER_HEIGHT = 26;

export interface RequestTableProps {
  lines: readonly TableLine[];
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  /** Escape: closes the details. */
  onDeselect: () => void;
  /** Opens or closes a chain or a load; `open` undefined toggles. */
  onToggle: (line: TableLine, open?: boolean) => void;
  sort: SortOrder;
  onSort: (key: SortKey) => void;
  ctx: LineContext;
  label: string;
  empty: string;
}

function parentIndex(lines: readonly TableLine[], index: number): number | undefined {
  const line = lines[index];
  if (!line || line.kind === 'load') return undefined;
  for (let i = index - 1; i >= 0; i--) {
    const candidate = lines[i];
    if (!candidate) continue;
    if (line.kind === 'row' && line.inChain && candidate.kind === 'chain') return i;
    if (candidate.kind === 'load') return i;
  }
  return undefined;
}

export function RequestTable({ lines, selectedId, onSelect, onDeselect, onToggle, sort, onSort, ctx, label, empty }: RequestTableProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const i18n = useI18n();
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(400);
  const revealPending = useRef(false);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const measure = (): void => setViewport(el.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const selectedIndex = selectedId === undefined ? -1 : lines.findIndex((l) => l.id === selectedId);
  const rowsViewport = Math.max(ROW_HEIGHT, viewport - HEADER_HEIGHT);

  // Keyboard moves scroll the selection into view; clicks and live updates leave the scroll alone.
  useEffect(() => {
    if (!revealPending.current || selectedIndex < 0 || !scroller.current) return;
    revealPending.current = false;
    const next = revealScrollTop(selectedIndex, scroller.current.scrollTop, rowsViewport, ROW_HEIGHT);
    if (next !== scroller.current.scrollTop) {
      scroller.current.scrollTop = next;
      setScrollTop(next);
    }
  }, [selectedIndex, rowsViewport]);

  const win = virtualWindow(scrollTop, rowsViewport, ROW_HEIGHT, lines.length);
  const domIdOf = (index: number): string => `si-line-${index}`;

  const select = (index: number, reveal: boolean): void => {
    const line = lines[index];
    if (!line) return;
    revealPending.current = reveal;
    onSelect(line.id);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    // Keys pressed on a control inside the grid (a sort button) are that control's.
    if (event.target !== event.currentTarget) return;
    const current = selectedIndex >= 0 ? selectedIndex : undefined;
    if (isNavigationKey(event.key)) {
      const next = moveIndex(current, event.key, lines.length, Math.floor(rowsViewport / ROW_HEIGHT));
      if (next !== undefined) select(next, true);
      event.preventDefault();
      return;
    }
    if (event.key === 'Escape' && current !== undefined) {
      onDeselect();
      event.preventDefault();
      return;
    }
    const line = current === undefined ? undefined : lines[current];
    if (!line || current === undefined) return;
    const expandable = line.kind === 'chain' || line.kind === 'load';
    const open = line.kind === 'chain' ? line.expanded : line.kind === 'load' ? !line.collapsed : false;
    if (event.key === 'Enter' || event.key === ' ') {
      if (expandable) onToggle(line);
      event.preventDefault();
    } else if (event.key === 'ArrowRight') {
      if (expandable && !open) onToggle(line, true);
      else if (expandable) select(Math.min(lines.length - 1, current + 1), true);
      event.preventDefault();
    } else if (event.key === 'ArrowLeft') {
      if (expandable && open) onToggle(line, false);
      else {
        const parent = parentIndex(lines, current);
        if (parent !== undefined) select(parent, true);
      }
      event.preventDefault();
    }
  };

  const onLineClick = (index: number, toggle: boolean): void => {
    select(index, false);
    const line = lines[index];
    if (toggle && line && line.kind !== 'row') onToggle(line);
    scroller.current?.focus({ preventScroll: true });
  };

  const ariaSort = (column: TableColumn): 'ascending' | 'descending' | undefined =>
    column.sort !== undefined && column.sort === sort.key ? (sort.descending ? 'descending' : 'ascending') : undefined;

  return (
    <div
      ref={scroller}
      class="table-scroller"
      style={GRID_TRACKS}
      role="treegrid"
      aria-label={label}
      aria-rowcount={lines.length + 1}
      aria-colcount={TABLE_COLUMNS.length}
      aria-activedescendant={selectedIndex >= win.start && selectedIndex < win.end ? domIdOf(selectedIndex) : undefined}
      tabIndex={0}
      data-testid="request-table"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      onKeyDown={onKeyDown}
    >
      <div role="row" aria-rowindex={1} class="line line-header">
        {TABLE_COLUMNS.map((column) => (
          <span role="columnheader" class={`cell ${column.className}`} aria-sort={ariaSort(column)} key={column.key}>
            {column.sort ? (
              <button type="button" class="sort-button" onClick={() => onSort(column.sort as SortKey)}>
                {columnLabel(column, i18n)}
                {column.sort === sort.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
              </button>
            ) : (
              columnLabel(column, i18n)
            )}
          </span>
        ))}
      </div>
      {lines.length === 0 ? (
        <p class="table-empty" data-testid="table-empty">
          {empty}
        </p>
      ) : (
        <div class="table-body" role="rowgroup" style={{ height: `${win.total}px` }}>
          <div class="table-window" role="presentation" style={{ transform: `translateY(${win.offset}px)` }}>
            {lines.slice(win.start, win.end).map((line, i) => {
              const index = win.start + i;
              return (
                <TableLineView
                  key={line.id}
                  line={line}
                  index={index}
                  domId={domIdOf(index)}
                  selected={index === selectedIndex}
                  ctx={ctx}
                  onClick={onLineClick}
                />
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
