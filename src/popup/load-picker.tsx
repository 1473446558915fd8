/** Picks one of the tab's kept page loads; the newest first, the current one marked. */
import type { LoadHead } from '../shared/tab-view';
import { useI18n } from '../shared/ui/use-i18n';
import { loadLabel } from './load-label';

/** 'HH:MM:SS' in local time. Not Intl: building a formatter loads locale data, which slows the popup's start. */
const time = (ms: number): string => (Number.isFinite(ms) ? new Date(ms).toTimeString().slice(0, 8) : '');

export function LoadPicker({
  loads,
  currentId,
  selectedId,
  onSelect,
}: {
  loads: readonly LoadHead[];
  currentId: string | undefined;
  selectedId: string | undefined;
  onSelect: (id: string) => void;
}) {
  const i18n = useI18n();
  return (
    <div class="load-picker">
      <label for="load-picker">{i18n.count('popupLoadPicker', loads.length)}</label>
      <select id="load-picker" data-testid="load-picker" value={selectedId} onChange={(e) => onSelect(e.currentTarget.value)}>
        {[...loads].reverse().map((load) => (
          <option value={load.id} key={load.id}>
            {loadLabel(load, load.id === currentId, time, i18n)}
          </option>
        ))}
      </select>
    </div>
  );
}
