/**
 * A redirect map to verify (old URL, expected target, optionally the expected code), pasted or opened
 * as a file. After the check, each row gets its verdict and sentence from the chain the browser
 * followed (the core's `verdictFor`), with a filter for what failed.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CheckResult } from '../shared/checker/check-result';
import { chainCodes } from '../shared/checker/check-result';
import { readRedirectMap, readRedirectMapFile, type RedirectMap } from '../shared/checker/redirect-map';
import { verdictFor, VERDICT_LABELS, type RedirectVerdict, type VerdictResult } from '../shared/checker/redirect-verdict';
import { HostUrl } from '../shared/ui/host-url';
import type { InputProps } from './input-tabs';

const MAX_ROWS = 500;

export function RedirectMapInput({ provide }: InputProps) {
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; map: RedirectMap } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [shown, setShown] = useState<RedirectMap | undefined>();

  provide(() => {
    const map = file?.map ?? readRedirectMap(text);
    setShown(map);
    if (map.rows.length === 0) {
      return {
        problem:
          map.refused.length > 0
            ? 'No row of the map can be checked: see why below.'
            : 'Paste a redirect map: old URL, expected target, and optionally the code.',
      };
    }
    return { kind: 'redirect-map', map, targets: map.rows.map((r) => ({ url: r.from, line: r.line })) };
  });

  const openFile = (input: HTMLInputElement): void => {
    const chosen = input.files?.[0];
    if (chosen === undefined) return;
    void chosen.arrayBuffer().then((buffer) => {
      const read = readRedirectMapFile(new Uint8Array(buffer));
      if ('error' in read) {
        setFile(undefined);
        setProblem(`${chosen.name}: ${read.error}`);
        return;
      }
      setProblem(undefined);
      setFile({ name: chosen.name, map: read });
      setShown(read);
    });
  };

  return (
    <section class="redirect-map-input" data-testid="redirect-map-input">
      <label for="redirect-map">Redirect map: one row per redirect, old URL, expected target and optionally the expected code (301, 302, 303, 307, 308)</label>
      <textarea
        id="redirect-map"
        data-testid="redirect-map"
        rows={8}
        spellcheck={false}
        placeholder={'old,new,code\nhttps://example.com/old,https://example.com/new,301'}
        value={text}
        onInput={(e) => {
          setText((e.target as HTMLTextAreaElement).value);
          setFile(undefined);
        }}
      />
      <p class="from-file">
        <label>
          Or open a .csv file{' '}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            data-testid="redirect-map-file"
            onChange={(e) => openFile(e.target as HTMLInputElement)}
          />
        </label>
        {file !== undefined ? (
          <span data-testid="map-file-summary">
            {' '}
            {file.name}: {file.map.rows.length.toLocaleString('en')} {file.map.rows.length === 1 ? 'row' : 'rows'} to check.
          </span>
        ) : null}
      </p>
      <p class="hint">Without a code, any permanent redirect (301 or 308) is right. A target may be written as a path: it is read against the old URL.</p>
      {problem !== undefined ? (
        <p class="problem" role="alert" data-testid="map-problem">
          {problem}
        </p>
      ) : null}
      {shown !== undefined ? <MapRefused map={shown} /> : null}
    </section>
  );
}

function MapRefused({ map }: { map: RedirectMap }) {
  const { refused, duplicates, truncated, unterminatedQuoteLine, csv } = map;
  const columns = `old URL in column ${csv.columns.from + 1}, target in column ${csv.columns.to + 1}${csv.columns.code === undefined ? '' : `, code in column ${csv.columns.code + 1}`}`;
  return (
    <section class="refused" data-testid="map-refused">
      <p data-testid="map-columns">
        Read as {columns}
        {csv.header ? ', under a header row' : ''}.
      </p>
      {duplicates > 0 ? (
        <p data-testid="map-duplicates">
          {duplicates} {duplicates === 1 ? 'row repeats' : 'rows repeat'} an earlier row: each is checked once.
        </p>
      ) : null}
      {truncated !== undefined ? (
        <p data-testid="map-truncated">
          The map is longer than {truncated.limit.toLocaleString('en')} rows: {truncated.dropped.toLocaleString('en')} left out.
        </p>
      ) : null}
      {unterminatedQuoteLine !== undefined ? (
        <p>A quote opened on line {unterminatedQuoteLine} is never closed: the rest of the file was read as one cell.</p>
      ) : null}
      {refused.length > 0 ? (
        <ul>
          {refused.slice(0, 200).map((r) => (
            <li key={r.line} data-testid="map-refused-row" data-reason={r.reason}>
              <span class="line-no">Line {r.line}:</span> <code>{r.input}</code> — {r.message}
            </li>
          ))}
        </ul>
      ) : null}
      {refused.length > 200 ? <p>… and {refused.length - 200} more.</p> : null}
    </section>
  );
}

type VerdictFilter = 'all' | 'failed' | RedirectVerdict;

/** Each row of the map with its verdict, once its check is done. */
export function RedirectVerdicts({ map, results, tick }: { map: RedirectMap; results: readonly CheckResult[]; tick: number }) {
  const [filter, setFilter] = useState<VerdictFilter>('all');
  // The run checks the rows in order: result i is row i.
  const judged = useMemo(
    () =>
      map.rows.map((row, i) => {
        const result = results[i];
        const verdict: VerdictResult | undefined = result?.state === 'done' ? verdictFor(row, result.chain) : undefined;
        return { row, result, verdict };
      }),
    [map, results, tick],
  );
  const shown = judged.filter(
    ({ verdict }) => filter === 'all' || (filter === 'failed' ? verdict !== undefined && verdict.verdict !== 'right' : verdict?.verdict === filter),
  );
  const counts = new Map<RedirectVerdict, number>();
  for (const { verdict } of judged) if (verdict !== undefined) counts.set(verdict.verdict, (counts.get(verdict.verdict) ?? 0) + 1);
  const failed = judged.filter((j) => j.verdict !== undefined && j.verdict.verdict !== 'right').length;
  return (
    <section class="results verdicts" aria-labelledby="verdicts-title">
      <h2 id="verdicts-title">Redirect map</h2>
      <p data-testid="verdict-counts">
        {(Object.keys(VERDICT_LABELS) as RedirectVerdict[])
          .filter((v) => counts.has(v))
          .map((v) => `${VERDICT_LABELS[v]}: ${counts.get(v) ?? 0}`)
          .join(' · ')}
      </p>
      <label>
        Show{' '}
        <select data-testid="verdict-filter" value={filter} onChange={(e) => setFilter((e.target as HTMLSelectElement).value as VerdictFilter)}>
          <option value="all">Every row</option>
          <option value="failed">What failed ({failed})</option>
          {(Object.entries(VERDICT_LABELS) as [RedirectVerdict, string][]).map(([id, label]) => (
            <option value={id} key={id}>
              {label} ({counts.get(id) ?? 0})
            </option>
          ))}
        </select>
      </label>
      <table data-testid="verdict-table">
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Old URL</th>
            <th scope="col">Expected</th>
            <th scope="col">Hops</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, MAX_ROWS).map(({ row, result, verdict }) => (
            <tr
              key={row.line}
              data-testid="verdict-row"
              data-line={row.line}
              data-from={row.from}
              data-verdict={verdict?.verdict ?? ''}
              class={verdict === undefined ? '' : `verdict-${verdict.verdict}`}
            >
              <td class="code">{row.line}</td>
              <td class="url">
                <HostUrl url={row.from} />
              </td>
              <td class="url">
                <HostUrl url={row.to} />
                {row.expectedCode !== undefined ? ` (${row.expectedCode})` : ''}
              </td>
              <td class="hops">{result === undefined ? '' : chainCodes(result.chain)}</td>
              <td data-testid="verdict">
                {verdict === undefined ? (
                  result?.state === 'skipped' ? (
                    'Not checked.'
                  ) : (
                    '…'
                  )
                ) : (
                  <>
                    <strong>{VERDICT_LABELS[verdict.verdict]}</strong>: {verdict.message}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > MAX_ROWS ? (
        <p class="note">
          The first {MAX_ROWS} of {shown.length.toLocaleString('en')} rows are shown: narrow them with the filter.
        </p>
      ) : null}
    </section>
  );
}
