import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { watchTab } from '../shared/messaging-client';
import { detectVendors } from '../shared/registry';
import { storyLoad } from '../shared/capture/selectors';
import type { TabView } from '../shared/tab-view';
import { TabStory } from '../shared/ui/tab-story';
import { useI18n } from '../shared/ui/use-i18n';
import { CapturedRows } from './captured-rows';
import { DetailsPane } from './details-pane';
import { readResourceContent } from './devtools-call';
import type { DevtoolsApi } from './devtools-env';
import { originOf } from './format';
import { watchHar, type NetworkApi } from './har-feed';
import type { HarRecord } from './har-record';
import { mergeHar } from './merge-har';
import { PanelToolbar } from './panel-toolbar';
import { RequestTable } from './request-table';
import { DEFAULT_FILTER, DEFAULT_SORT, type RowFilter, type SortKey, type SortOrder } from './row-filter';
import { groupRows } from './row-groups';
import { buildLines, resolveSelection, type TableLine } from './table-lines';

/** DevTools entries kept in memory: the newest win. */
const MAX_HAR_RECORDS = 5000;

function toggled(set: ReadonlySet<string>, id: string, on?: boolean): Set<string> {
  const next = new Set(set);
  if (on ?? !next.has(id)) next.add(id);
  else next.delete(id);
  return next;
}

function harKeyOf(line: TableLine | undefined): string | undefined {
  return line?.kind === 'row' ? line.row.har?.key : undefined;
}

export interface PanelAppProps {
  /** Inside DevTools, or the "All requests in a tab" page the popup opens (no DevTools API there). */
  surface: 'devtools' | 'tab';
  tabId: number | undefined;
  devtools: DevtoolsApi | undefined;
  firefox: boolean;
}

export function PanelApp({ surface, tabId, devtools, firefox }: PanelAppProps) {
  const [view, setView] = useState<TabView | undefined>();
  const [har, setHar] = useState<HarRecord[]>([]);
  const [filter, setFilter] = useState<RowFilter>(DEFAULT_FILTER);
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  const [preserveLog, setPreserveLog] = useState(false);
  const [clearedAt, setClearedAt] = useState<number | undefined>();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const i18n = useI18n();
  const [selected, setSelected] = useState<{ id: string; harKey?: string } | undefined>();
  const captured = useRef(new CapturedRows());
  // A short panel (DevTools docked at the side or bottom) starts with the summary folded: the table needs the room.
  const [summaryOpen] = useState(() => window.innerHeight >= 600);

  // The port is named for the inspected tab and reconnects by itself when the worker restarts.
  useEffect(() => (tabId === undefined ? undefined : watchTab('devtools', tabId, setView)), [tabId]);

  useEffect(() => {
    const network = devtools?.network as NetworkApi | undefined;
    if (!network?.onRequestFinished) return undefined;
    const inspectedWindow = devtools?.inspectedWindow;
    return watchHar(
      network,
      (records) =>
        setHar((previous) => {
          const next = previous.concat(records);
          return next.length > MAX_HAR_RECORDS ? next.slice(next.length - MAX_HAR_RECORDS) : next;
        }),
      { documentContent: (url) => readResourceContent(inspectedWindow, url) },
    );
  }, [devtools]);

  const loadRows = useMemo(() => captured.current.of(view), [view]);
  const groups = useMemo(() => groupRows(loadRows, mergeHar(loadRows, har, { detectVendors })), [loadRows, har]);
  const current = storyLoad(view?.loads);
  const table = useMemo(
    () => buildLines(groups, { preserveLog, currentLoadId: current?.id, clearedAt, filter, sort, expanded, collapsed, i18n }),
    [groups, preserveLog, current?.id, clearedAt, filter, sort, expanded, collapsed, i18n],
  );
  const loadStarts = useMemo(() => new Map(loadRows.map(({ load }) => [load.id, load.startedAt])), [loadRows]);
  const selectedId = resolveSelection(table.lines, selected?.id, selected?.harKey);
  const selectedLine = selectedId === undefined ? undefined : table.lines.find((l) => l.id === selectedId);

  const onSelect = (id: string): void => setSelected({ id, harKey: harKeyOf(table.lines.find((l) => l.id === id)) });
  const onToggle = (line: TableLine, open?: boolean): void => {
    if (line.kind === 'chain') setExpanded((s) => toggled(s, line.unit.id, open));
    else if (line.kind === 'load') setCollapsed((s) => toggled(s, line.group.id, open === undefined ? undefined : !open));
  };
  const onSortColumn = (key: SortKey): void =>
    setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: key !== 'time' && key !== 'url' }));

  if (tabId === undefined) {
    return (
      <p class="empty" data-testid="no-tab">
        {surface === 'tab'
          ? 'No tab to show: open this page with the “All requests in a tab” button of the Status Inspector popup.'
          : 'No tab to inspect: open this panel from the browser’s developer tools.'}
      </p>
    );
  }

  let note: string;
  if (!devtools) note = 'Opened outside DevTools: only the extension’s own capture is shown (no bodies, HTTP versions or cache kinds).';
  else if (firefox) note = 'Bodies and HTTP versions are read while DevTools is open (in Firefox, once its Network panel has been shown).';
  else note = 'Bodies and HTTP versions are read while DevTools is open.';

  const empty =
    clearedAt !== undefined
      ? 'Cleared. New requests will appear here; the extension still keeps everything it captured.'
      : table.total === 0 && current === undefined
        ? 'Nothing captured for this tab yet. Load or reload the page.'
        : 'No request matches the filters.';

  return (
    <div class="panel">
      <header class="bar panel-bar">
        <h1>{surface === 'tab' ? 'All requests in a tab' : 'Status Inspector'}</h1>
        {/* Outside DevTools the page says which page it is about: people know tabs by address, not by id. */}
        <span class="muted tab-label" data-testid="tab-label">
          {surface === 'tab' && current?.url ? current.url : `tab ${tabId}`}
        </span>
        <p class="har-note" data-testid="har-note">
          {note}
        </p>
      </header>
      <details class="summary" open={summaryOpen}>
        <summary>Page status</summary>
        <TabStory view={view} />
      </details>
      <PanelToolbar
        filter={filter}
        onFilter={setFilter}
        sort={sort}
        onSort={setSort}
        preserveLog={preserveLog}
        onPreserveLog={setPreserveLog}
        cleared={clearedAt !== undefined}
        onClear={() => setClearedAt(Date.now())}
        onUnclear={() => setClearedAt(undefined)}
        shown={table.shown}
        total={table.total}
      />
      <div class="panel-main">
        <RequestTable
          lines={table.lines}
          selectedId={selectedId}
          onSelect={onSelect}
          onDeselect={() => setSelected(undefined)}
          onToggle={onToggle}
          sort={sort}
          onSort={onSortColumn}
          ctx={{ loadStarts, pageOrigin: originOf(current?.url) }}
          label={`Requests of tab ${tabId}`}
          empty={empty}
        />
        {selectedLine ? (
          <DetailsPane line={selectedLine} loadStarts={loadStarts} inDevtools={devtools !== undefined} onClose={() => setSelected(undefined)} />
        ) : null}
      </div>
    </div>
  );
}
