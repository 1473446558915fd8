/**
 * A redirect map to verify (old URL, expected target, optionally the expected code), pasted or opened
 * as a file. After the check, each row gets its verdict and sentence from the chain the browser
 * followed (the core's `verdictFor`), with a filter for what failed.
 */
import { useMemo, useState } from 'preact/hooks';
import type { CheckResult } from '../shared/checker/check-result';
import { chainCodes } from '../shared/checker/check-result';
import { readRedirectMap, readRedirectMapFile, type RedirectMap, type RedirectMapRow } from '../shared/checker/redirect-map';
import { verdictFor, VERDICT_LABELS, type RedirectVerdict, type VerdictResult } from '../shared/checker/redirect-verdict';
import { say } from '../shared/checker/checker-phrase';
import { HostUrl } from '../shared/ui/host-url';
import { useI18n } from '../shared/ui/use-i18n';
import type { InputProps } from './input-tabs';

const MAX_ROWS = 500;
/** The refused rows listed; a longer list says how many more. */
const MAX_REFUSED = 200;

export function RedirectMapInput({ provide }: InputProps) {
  const i18n = useI18n();
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; map: RedirectMap } | undefined>();
  const [problem, setProblem] = useState<string | undefined>();
  const [shown, setShown] = useState<RedirectMap | undefined>();

  provide(() => {
    const map = file?.map ?? readRedirectMap(text);
    setShown(map);
    if (map.rows.length === 0) {
      return { problem: i18n.t(map.refused.length > 0 ? 'checkerMapNothingCheckable' : 'checkerMapPaste') };
    }
    // Each row carries what it expects, so the results (and their exports) can be judged on their own.
    return { kind: 'redirect-map', map, targets: map.rows.map((r) => ({ url: r.from, line: r.line, expected: expectation(r) })) };
  });

  const openFile = (input: HTMLInputElement): void => {
    const chosen = input.files?.[0];
    if (chosen === undefined) return;
    void chosen.arrayBuffer().then((buffer) => {
      const read = readRedirectMapFile(new Uint8Array(buffer));
      if ('error' in read) {
        setFile(undefined);
        setProblem(i18n.t('checkerFileProblem', chosen.name, say(i18n, read.error)));
        return;
      }
      setProblem(undefined);
      setFile({ name: chosen.name, map: read });
      setShown(read);
    });
  };

  return (
    <section class="redirect-map-input" data-testid="redirect-map-input">
      <label for="redirect-map">{i18n.t('checkerMapLabel')}</label>
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
          {i18n.t('checkerMapOpenFile')}{' '}
          <input
            type="file"
            accept=".csv,.tsv,.txt,text/csv,text/plain"
            data-testid="redirect-map-file"
            onChange={(e) => openFile(e.target as HTMLInputElement)}
          />
        </label>
        {file !== undefined ? <span data-testid="map-file-summary"> {i18n.count('checkerMapFileSummary', file.map.rows.length, file.name)}</span> : null}
      </p>
      <p class="hint">{i18n.t('checkerMapHint')}</p>
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
  const i18n = useI18n();
  const { refused, duplicates, truncated, unterminatedQuoteLine, csv } = map;
  const [from, to] = [i18n.number(csv.columns.from + 1), i18n.number(csv.columns.to + 1)];
  const columns =
    csv.columns.code === undefined ? i18n.t('checkerMapColumns', from, to) : i18n.t('checkerMapColumnsCode', from, to, i18n.number(csv.columns.code + 1));
  return (
    <section class="refused" data-testid="map-refused">
      <p data-testid="map-columns">{i18n.t(csv.header ? 'checkerMapReadAsHeader' : 'checkerMapReadAs', columns)}</p>
      {duplicates > 0 ? <p data-testid="map-duplicates">{i18n.count('checkerMapDuplicates', duplicates)}</p> : null}
      {truncated !== undefined ? (
        <p data-testid="map-truncated">{i18n.t('checkerMapTruncated', i18n.number(truncated.limit), i18n.number(truncated.dropped))}</p>
      ) : null}
      {unterminatedQuoteLine !== undefined ? <p>{i18n.t('checkerUnterminatedQuote', i18n.number(unterminatedQuoteLine))}</p> : null}
      {refused.length > 0 ? (
        <ul>
          {refused.slice(0, MAX_REFUSED).map((r) => (
            <li key={r.line} data-testid="map-refused-row" data-reason={r.reason}>
              <span class="line-no">{i18n.t('checkerLineNo', i18n.number(r.line))}</span> <code>{r.input}</code> — {say(i18n, r.message)}
            </li>
          ))}
        </ul>
      ) : null}
      {refused.length > MAX_REFUSED ? <p>{i18n.t('checkerAndMore', i18n.number(refused.length - MAX_REFUSED))}</p> : null}
    </section>
  );
}

function expectation(row: RedirectMapRow): NonNullable<CheckResult['expected']> {
  return row.expectedCode === undefined ? { to: row.to } : { to: row.to, expectedCode: row.expectedCode };
}

type VerdictFilter = 'all' | 'failed' | RedirectVerdict;

/** Each row of the map with its verdict, once its check is done. */
export function RedirectVerdicts({ map, results, tick }: { map: RedirectMap; results: readonly CheckResult[]; tick: number }) {
  const i18n = useI18n();
  const [filter, setFilter] = useState<VerdictFilter>('all');
  // Each row is shown with the result of its own line, however the run ordered its checks. The verdict
  // is judged on what the result itself expects, as the exports judge it (judged-check.ts), so the two
  // always agree.
  const judged = useMemo(() => {
    const byLine = new Map(results.map((r) => [r.line, r]));
    return map.rows.map((row) => {
      const result = byLine.get(row.line);
      const verdict: VerdictResult | undefined =
        result?.state === 'done' && result.expected !== undefined ? verdictFor(result.expected, result.chain) : undefined;
      return { row, result, verdict };
    });
  }, [map, results, tick]);
  const shown = judged.filter(
    ({ verdict }) => filter === 'all' || (filter === 'failed' ? verdict !== undefined && verdict.verdict !== 'right' : verdict?.verdict === filter),
  );
  const counts = new Map<RedirectVerdict, number>();
  for (const { verdict } of judged) if (verdict !== undefined) counts.set(verdict.verdict, (counts.get(verdict.verdict) ?? 0) + 1);
  const failed = judged.filter((j) => j.verdict !== undefined && j.verdict.verdict !== 'right').length;
  return (
    <section class="results verdicts" aria-labelledby="verdicts-title">
      <h2 id="verdicts-title">{i18n.t('checkerMapTitle')}</h2>
      <p data-testid="verdict-counts">
        {(Object.keys(VERDICT_LABELS) as RedirectVerdict[])
          .filter((v) => counts.has(v))
          .map((v) => i18n.t('checkerVerdictCount', i18n.t(VERDICT_LABELS[v]), i18n.number(counts.get(v) ?? 0)))
          .join(' · ')}
      </p>
      <label>
        {i18n.t('checkerShow')}{' '}
        <select data-testid="verdict-filter" value={filter} onChange={(e) => setFilter((e.target as HTMLSelectElement).value as VerdictFilter)}>
          <option value="all">{i18n.t('checkerMapEveryRow')}</option>
          <option value="failed">{i18n.t('checkerMapWhatFailed', i18n.number(failed))}</option>
          {(Object.keys(VERDICT_LABELS) as RedirectVerdict[]).map((id) => (
            <option value={id} key={id}>
              {i18n.t('checkerOptionCount', i18n.t(VERDICT_LABELS[id]), i18n.number(counts.get(id) ?? 0))}
            </option>
          ))}
        </select>
      </label>
      <table data-testid="verdict-table">
        <thead>
          <tr>
            <th scope="col">{i18n.t('checkerColLine')}</th>
            <th scope="col">{i18n.t('checkerColOldUrl')}</th>
            <th scope="col">{i18n.t('checkerColExpected')}</th>
            <th scope="col">{i18n.t('checkerColHops')}</th>
            <th scope="col">{i18n.t('checkerColVerdict')}</th>
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
                    i18n.t('checkerNotChecked')
                  ) : (
                    '…'
                  )
                ) : (
                  <>
                    <strong>{i18n.t(VERDICT_LABELS[verdict.verdict])}</strong>: {say(i18n, verdict.message)}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length > MAX_ROWS ? <p class="note">{i18n.t('checkerFirstRowsShown', i18n.number(MAX_ROWS), i18n.number(shown.length))}</p> : null}
    </section>
  );
}
