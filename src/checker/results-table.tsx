/**
 * One row per checked URL, like the popup's answer: the final status and what it means, who answered,
 * every hop's code, the chain's findings, the server's address and the time. A row opens on the chain
 * hop by hop. At most MAX_ROWS rows are drawn: a filter narrows a long list.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Hop } from '../shared/capture';
import { chainCodes, checkNote, endHop, finalResponse, type CheckResult } from '../shared/checker/check-result';
import { responsePhrase } from '../shared/registry/response-phrase';
import { HostUrl } from '../shared/ui/host-url';
import { LazyDetails } from '../shared/ui/lazy-details';
import { useRegistry } from '../shared/ui/registry-source';
import { errorEntry, explanationEntry } from '../shared/ui/response-words';
import { statusCss } from '../shared/ui/status-class';
import { vendorLine } from '../shared/ui/vendor-line';
import { findingLabel } from '../shared/words/finding-words';
import { madeByLabel } from '../shared/words/made-by-words';
import { ALL_RESULTS, queryResults, resultHosts, type ResultKind, type ResultOrder, type ResultQuery } from './result-filter';

const MAX_ROWS = 500;

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

function HopLine({ hop, number }: { hop: Hop; number: number }) {
  const entry = hop.error !== undefined && hop.statusCode === undefined ? errorEntry(hop.error) : explanationEntry(hop.explanation);
  return (
    <li data-testid="hop" data-status={hop.statusCode ?? ''} class={statusCss(hop.statusCode)}>
      <span class="hop-index">{number}</span> <strong class="hop-code">{hop.statusCode ?? '—'}</strong> {responsePhrase(hop)}{' '}
      <span class="hop-url">
        <HostUrl url={hop.url} />
      </span>
      {hop.madeBy !== undefined ? <span class="hop-who"> {madeByLabel(hop.madeBy)}</span> : null}
      {hop.redirectUrl !== undefined ? <span class="hop-to"> → {hop.redirectUrl}</span> : null}
      {entry?.summary ? <p class="hop-summary">{entry.summary}</p> : null}
    </li>
  );
}

function ResultRow({ result }: { result: CheckResult }) {
  const final = finalResponse(result);
  const last = endHop(result);
  const note = checkNote(result);
  const phrase = last !== undefined ? responsePhrase(last) : '';
  const who = vendorLine(final?.vendors, false).text;
  return (
    <tr
      data-testid="result-row"
      data-url={result.url}
      data-state={result.state}
      data-status={final?.statusCode ?? ''}
      data-hops={chainCodes(result.chain)}
      class={statusCss(final?.statusCode)}
    >
      <td class="url">
        {result.chain.length > 0 ? (
          <LazyDetails summary={<HostUrl url={result.url} />}>
            {() => (
              <ol class="chain" data-testid="chain">
                {result.chain.map((hop, i) => (
                  <HopLine hop={hop} number={result.droppedHops + i + 1} key={i} />
                ))}
              </ol>
            )}
          </LazyDetails>
        ) : (
          <HostUrl url={result.url} />
        )}
      </td>
      <td class="code" data-testid="final-status">
        {result.state === 'running' ? '…' : (final?.statusCode ?? '—')}
      </td>
      <td data-testid="meaning">
        {phrase}
        {note !== undefined ? <span class="note"> {note}</span> : null}
        {last?.error !== undefined && last.statusCode === undefined ? <code class="error"> {last.error}</code> : null}
      </td>
      <td data-testid="vendor">{who}</td>
      <td class="hops" data-testid="hops">
        {chainCodes(result.chain)}
      </td>
      <td data-testid="findings">{result.findings.map((f) => findingLabel(f.kind)).join(', ')}</td>
      <td data-testid="ip">{final?.ip ?? last?.ip ?? ''}</td>
      <td class="time" data-testid="time">
        {result.ms !== undefined ? `${result.ms} ms` : ''}
      </td>
    </tr>
  );
}

export function ResultsTable({ results, tick }: { results: readonly CheckResult[]; tick: number }) {
  useRegistry();
  const [query, setQuery] = useState<ResultQuery>(ALL_RESULTS);
  const shown = useMemo(() => queryResults(results, query), [results, query, tick]);
  const hosts = useMemo(() => resultHosts(results), [results]);
  const set = (change: Partial<ResultQuery>): void => setQuery({ ...query, ...change });
  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title">Results</h2>
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
      <table data-testid="results">
        <thead>
          <tr>
            <th scope="col">URL</th>
            <th scope="col">Status</th>
            <th scope="col">Meaning</th>
            <th scope="col">Answered by</th>
            <th scope="col">Hops</th>
            <th scope="col">Findings</th>
            <th scope="col">IP</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, MAX_ROWS).map((r) => (
            <ResultRow result={r} key={r.url} />
          ))}
        </tbody>
      </table>
      {shown.length > MAX_ROWS ? (
        <p class="note" data-testid="more-rows">
          The first {MAX_ROWS} of {shown.length.toLocaleString('en')} are shown: narrow them with the filters, or export them all.
        </p>
      ) : null}
    </section>
  );
}
