/** Filters, sort, preserve log and clear, above the request table. */
import { isFiltering, SORT_LABELS, toggleClass, type RowFilter, type SortKey, type SortOrder } from './row-filter';
import { TYPE_CATEGORIES, TYPE_LABELS, type StatusClassKey, type TypeCategory } from './request-row';

const CLASS_CHIPS: readonly { key: StatusClassKey; label: string; title: string }[] = [
  { key: '1xx', label: '1xx', title: 'Informational' },
  { key: '2xx', label: '2xx', title: 'Success' },
  { key: '3xx', label: '3xx', title: 'Redirects' },
  { key: '4xx', label: '4xx', title: 'Client errors' },
  { key: '5xx', label: '5xx', title: 'Server errors' },
  { key: 'failed', label: 'Failed', title: 'Failed without a response' },
];

export interface ToolbarProps {
  filter: RowFilter;
  onFilter: (filter: RowFilter) => void;
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
  preserveLog: boolean;
  onPreserveLog: (on: boolean) => void;
  cleared: boolean;
  onClear: () => void;
  onUnclear: () => void;
  shown: number;
  total: number;
}

export function PanelToolbar(props: ToolbarProps) {
  const { filter, onFilter, sort, onSort } = props;
  return (
    <div class="toolbar" role="toolbar" aria-label="Filter and sort requests">
      <input
        type="search"
        class="filter-text"
        aria-label="Filter requests by URL, status, meaning, server…"
        placeholder="Filter: URL, status, meaning, server…"
        value={filter.text}
        data-testid="filter-text"
        onInput={(e) => onFilter({ ...filter, text: e.currentTarget.value })}
      />
      <span class="chips" role="group" aria-label="Status classes">
        {CLASS_CHIPS.map((chip) => (
          <button
            type="button"
            key={chip.key}
            class={`chip chip-${chip.key}`}
            aria-pressed={filter.classes.has(chip.key)}
            title={chip.title}
            data-testid={`class-${chip.key}`}
            onClick={() => onFilter({ ...filter, classes: toggleClass(filter.classes, chip.key) })}
          >
            {chip.label}
          </button>
        ))}
      </span>
      <label class="field">
        <span class="visually-hidden">Resource type</span>
        <select
          value={filter.category}
          data-testid="filter-type"
          onChange={(e) => onFilter({ ...filter, category: e.currentTarget.value as TypeCategory | 'all' })}
        >
          <option value="all">All types</option>
          {TYPE_CATEGORIES.map((c) => (
            <option value={c} key={c}>
              {TYPE_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      <label class="field check">
        <input
          type="checkbox"
          checked={filter.errorsOnly}
          data-testid="errors-only"
          onChange={(e) => onFilter({ ...filter, errorsOnly: e.currentTarget.checked })}
        />
        Errors only
      </label>
      <label class="field">
        <span class="visually-hidden">Sort by</span>
        <select value={sort.key} data-testid="sort-key" onChange={(e) => onSort({ ...sort, key: e.currentTarget.value as SortKey })}>
          {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
            <option value={key} key={key}>
              {`Sort: ${SORT_LABELS[key]}`}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="tool"
        aria-label={sort.descending ? 'Descending order; switch to ascending' : 'Ascending order; switch to descending'}
        data-testid="sort-direction"
        onClick={() => onSort({ ...sort, descending: !sort.descending })}
      >
        {sort.descending ? '▼' : '▲'}
      </button>
      <label class="field check" title="Off: the current page load only. On: every page load the extension keeps for this tab.">
        <input type="checkbox" checked={props.preserveLog} data-testid="preserve-log" onChange={(e) => props.onPreserveLog(e.currentTarget.checked)} />
        Preserve log
      </label>
      <button
        type="button"
        class="tool"
        data-testid="clear"
        title="Empties this panel’s list only. The extension keeps what it captured: the toolbar popup and badge are unchanged."
        onClick={props.onClear}
      >
        Clear panel
      </button>
      {props.cleared ? (
        <button type="button" class="tool link" data-testid="unclear" onClick={props.onUnclear}>
          Show cleared
        </button>
      ) : null}
      <span class="row-count" role="status" data-testid="row-count">
        {isFiltering(filter) ? `${props.shown} of ${props.total} requests` : `${props.total} ${props.total === 1 ? 'request' : 'requests'}`}
      </span>
    </div>
  );
}
