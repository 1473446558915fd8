/** The controls above the results: what to show (broken, redirected, …), which host, a search, the order. */
import { useMemo } from 'preact/hooks';
import type { CheckResult } from '../shared/checker/check-result';
import type { MessageKey } from '../shared/checker/checker-phrase';
import { useI18n } from '../shared/ui/use-i18n';
import { resultHosts, type ResultKind, type ResultOrder, type ResultQuery } from './result-filter';

const KINDS: readonly [ResultKind, MessageKey][] = [
  ['all', 'checkerKindAll'],
  ['broken', 'checkerKindBroken'],
  ['redirected', 'checkerKindRedirected'],
  ['multi-hop', 'checkerMoreThanOneHop'],
  ['findings', 'checkerKindFindings'],
  ['retried', 'checkerKindRetried'],
];

const ORDERS: readonly [ResultOrder, MessageKey][] = [
  ['list', 'checkerOrderList'],
  ['status', 'checkerColStatus'],
  ['hops', 'checkerOrderHops'],
  ['time', 'checkerOrderTime'],
];

export function ResultFilters({ results, query, onChange }: { results: readonly CheckResult[]; query: ResultQuery; onChange: (q: ResultQuery) => void }) {
  const i18n = useI18n();
  const hosts = useMemo(() => resultHosts(results), [results]);
  const set = (change: Partial<ResultQuery>): void => onChange({ ...query, ...change });
  return (
    <div class="filters">
      <label>
        {i18n.t('checkerShow')}{' '}
        <select data-testid="filter-kind" value={query.kind} onChange={(e) => set({ kind: (e.target as HTMLSelectElement).value as ResultKind })}>
          {KINDS.map(([id, label]) => (
            <option value={id} key={id}>
              {i18n.t(label)}
            </option>
          ))}
        </select>
      </label>{' '}
      {hosts.length > 1 ? (
        <label>
          {i18n.t('checkerHost')}{' '}
          <select data-testid="filter-host" value={query.host} onChange={(e) => set({ host: (e.target as HTMLSelectElement).value })}>
            <option value="">{i18n.t('checkerEveryHost')}</option>
            {hosts.map((h) => (
              <option value={h} key={h}>
                {h}
              </option>
            ))}
          </select>
        </label>
      ) : null}{' '}
      <label>
        {i18n.t('checkerSearch')}{' '}
        <input type="search" data-testid="filter-text" value={query.text} onInput={(e) => set({ text: (e.target as HTMLInputElement).value })} />
      </label>{' '}
      <label>
        {i18n.t('checkerSort')}{' '}
        <select data-testid="sort" value={query.order} onChange={(e) => set({ order: (e.target as HTMLSelectElement).value as ResultOrder })}>
          {ORDERS.map(([id, label]) => (
            <option value={id} key={id}>
              {i18n.t(label)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
