/** Filters, sort, preserve log and clear, above the request table. */
import type { MessageKey } from '../shared/i18n/create-i18n';
import { useI18n } from '../shared/ui/use-i18n';
import { isFiltering, SORT_LABELS, toggleClass, type RowFilter, type SortKey, type SortOrder } from './row-filter';
import { TYPE_CATEGORIES, TYPE_LABELS, type StatusClassKey, type TypeCategory } from './request-row';

/** A chip's label is its class ('4xx') or a message; its title names the class in words. */
const CLASS_CHIPS: readonly { key: StatusClassKey; label?: MessageKey; title: MessageKey }[] = [
  { key: '1xx', title: 'panelClassInformational' },
  { key: '2xx', title: 'panelClassSuccess' },
  { key: '3xx', title: 'panelClassRedirects' },
  { key: '4xx', title: 'panelClassClientErrors' },
  { key: '5xx', title: 'panelClassServerErrors' },
  { key: 'failed', label: 'panelClassFailed', title: 'panelClassFailedTitle' },
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
  const i18n = useI18n();
  return (
    <div class="toolbar" role="toolbar" aria-label={i18n.t('panelToolbarLabel')}>
      <input
        type="search"
        class="filter-text"
        aria-label={i18n.t('panelFilterLabel')}
        placeholder={i18n.t('panelFilterPlaceholder')}
        value={filter.text}
        data-testid="filter-text"
        onInput={(e) => onFilter({ ...filter, text: e.currentTarget.value })}
      />
      <span class="chips" role="group" aria-label={i18n.t('panelClassesLabel')}>
        {CLASS_CHIPS.map((chip) => (
          <button
            type="button"
            key={chip.key}
            class={`chip chip-${chip.key}`}
            aria-pressed={filter.classes.has(chip.key)}
            title={i18n.t(chip.title)}
            data-testid={`class-${chip.key}`}
            onClick={() => onFilter({ ...filter, classes: toggleClass(filter.classes, chip.key) })}
          >
            {chip.label ? i18n.t(chip.label) : chip.key}
          </button>
        ))}
      </span>
      <label class="field">
        <span class="visually-hidden">{i18n.t('panelTypeLabel')}</span>
        <select
          value={filter.category}
          data-testid="filter-type"
          onChange={(e) => onFilter({ ...filter, category: e.currentTarget.value as TypeCategory | 'all' })}
        >
          <option value="all">{i18n.t('panelAllTypes')}</option>
          {TYPE_CATEGORIES.map((c) => (
            <option value={c} key={c}>
              {i18n.t(TYPE_LABELS[c])}
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
        {i18n.t('panelErrorsOnly')}
      </label>
      <label class="field">
        <span class="visually-hidden">{i18n.t('panelSortLabel')}</span>
        <select value={sort.key} data-testid="sort-key" onChange={(e) => onSort({ ...sort, key: e.currentTarget.value as SortKey })}>
          {(Object.keys(SORT_LABELS) as SortKey[]).map((key) => (
            <option value={key} key={key}>
              {i18n.t('panelSortOption', i18n.t(SORT_LABELS[key]))}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="tool"
        aria-label={i18n.t(sort.descending ? 'panelSortDescending' : 'panelSortAscending')}
        data-testid="sort-direction"
        onClick={() => onSort({ ...sort, descending: !sort.descending })}
      >
        {sort.descending ? '▼' : '▲'}
      </button>
      <label class="field check" title={i18n.t('panelPreserveLogHint')}>
        <input type="checkbox" checked={props.preserveLog} data-testid="preserve-log" onChange={(e) => props.onPreserveLog(e.currentTarget.checked)} />
        {i18n.t('panelPreserveLog')}
      </label>
      <button type="button" class="tool" data-testid="clear" title={i18n.t('panelClearHint')} onClick={props.onClear}>
        {i18n.t('panelClear')}
      </button>
      {props.cleared ? (
        <button type="button" class="tool link" data-testid="unclear" onClick={props.onUnclear}>
          {i18n.t('panelShowCleared')}
        </button>
      ) : null}
      <span class="row-count" role="status" data-testid="row-count">
        {isFiltering(filter) ? i18n.count('panelCountFiltered', props.total, i18n.number(props.shown)) : i18n.count('panelCount', props.total)}
      </span>
    </div>
  );
}
