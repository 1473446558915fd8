/** Picks one of the tab's kept page loads; the newest first, the current one marked. */
import type { LoadHead } from '../shared/tab-view';
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
  return (
    <div class="load-picker">
      <label for="load-picker">Page load ({loads.length} kept)</label>
      <select id="load-picker" data-testid="load-picker" value={selectedId} onChange={(e) => onSelect(e.currentTarget.value)}>
        {[...loads].reverse().map((load) => (
          <option value={load.id} key={load.id}>
            {loadLabel(load, load.id === currentId, time)}
          </option>
        ))}
      </select>
    </div>
  );
}
