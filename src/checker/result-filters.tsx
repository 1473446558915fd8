/** The controls above the results: what to show (broken, redirected, …), which host, a search, the order. */
import { useMemo } from 'preact/hooks';
import type { CheckResult } from '../shared/checker/check-result';
import { resultHosts, type ResultKind, type ResultOrder, type ResultQuery } from './result-filter';

const KINDS: readonly [ResultKind, string][] = [
  ['all', 'All'],
  ['broken', 'Broken'],
  ['redirected', 'Redirected'],
  ['multi-hop', 'More than one hop'],
  ['findings', 'With findings'],
];

const ORDERS: readonly [ResultOrder, string][] = [
  ['list', 'List order'],
  ['status', 'Status'],
  ['hops', 'Most hops'],
  ['time', 'Slowest'],
];

export function ResultFilters({ results, query, onChange }: { results: readonly CheckResult[]; query: ResultQuery; onChange: (q: ResultQuery) => void }) {
  const hosts = useMemo(() => resultHosts(results), [results]);
  const set = (change: Partial<ResultQuery>): void => onChange({ ...query, ...change });
  return (
    <div class="filters">
      <label>
        Show{' '}
        <select data-testid="filter-kind" value={query.kind} onChange={(e) => set({ kind: (e.target as HTMLSelectElement).value as ResultKind })}>
          {KINDS.map(([id, label]) => (
            <option value={id} key={id}>
              {label}
            </option>
          ))}
        </select>
      </label>{' '}
      {hosts.length > 1 ? (
        <label>
          Host{' '}
          <select data-testid="filter-host" value={query.host} onChange={(e) => set({ host: (e.target as HTMLSelectElement).value })}>
            <option value="">Every host</option>
            {hosts.map((h) => (
              <option value={h} key={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      ) : null}{' '}
      <label>
        Search <input type="search" data-testid="filter-text" value={query.text} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} />
      </label>{' '}
      <label>
        Sort{' '}
        <select data-testid="sort" value={query.order} onChange={(e) => set({ order: (e.target as HTMLSelectElement).value as ResultOrder })}>
          {ORDERS.map(([id, label]) => (
            <option value={id} key={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
