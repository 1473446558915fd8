/**
 * The compare view: each URL's chain under the two profiles side by side, the rows whose chains differ
 * highlighted with where they differ (the first hop, and what: the URL asked, the status, the error),
 * and a filter for those rows alone. A site that sends crawlers or phones elsewhere shows up here.
 */
import { useState } from 'preact/hooks';
import type { Hop } from '../shared/capture';
import { compareChains, type ChainComparison } from '../shared/checker/chain-comparison';
import { chainCodes, checkNote, type CheckResult } from '../shared/checker/check-result';
import { say, type MessageKey } from '../shared/checker/checker-phrase';
import type { I18n } from '../shared/i18n/create-i18n';
import { responsePhrase } from '../shared/registry/response-phrase';
import { HostUrl } from '../shared/ui/host-url';
import { statusCss } from '../shared/ui/status-class';
import { useI18n } from '../shared/ui/use-i18n';
import type { ComparedRun } from './compared-run';

const MAX_ROWS = 500;

const FIELD_WORDS: Readonly<Record<'url' | 'status' | 'error' | 'missing', MessageKey>> = {
  url: 'checkerDiffUrl',
  status: 'checkerDiffStatus',
  error: 'checkerDiffError',
  missing: 'checkerDiffMissing',
};

interface Pair {
  a: CheckResult;
  b: CheckResult | undefined;
  /** Absent until both checks are done. */
  comparison?: ChainComparison;
}

function pairsOf(run: ComparedRun): Pair[] {
  return run.first.results.map((a, i) => {
    const b = run.second?.results[i];
    const pair: Pair = { a, b };
    if (b !== undefined && a.state === 'done' && b.state === 'done') pair.comparison = compareChains(a.chain, b.chain);
    return pair;
  });
}

/** Where two chains differ, in words: "From hop 2 they differ in the status and the URL; they end differently." */
function whereWords(comparison: ChainComparison, i18n: I18n): string {
  const first = comparison.differences[0];
  if (first === undefined) return i18n.t('checkerSameChain');
  const fields = [...new Set(comparison.differences.flatMap((d) => d.fields))].map((f) => i18n.t(FIELD_WORDS[f]));
  const list = new Intl.ListFormat(i18n.locale, { type: 'conjunction' }).format(fields);
  return i18n.t(comparison.endDiffers ? 'checkerDiffEndsDifferently' : 'checkerDiffEndsTheSame', i18n.number(first.hop + 1), list);
}

function Chain({ result, differing }: { result: CheckResult | undefined; differing: ReadonlySet<number> }) {
  const i18n = useI18n();
  if (result === undefined || result.state === 'queued') return <span class="note">{i18n.t('checkerNotCheckedYet')}</span>;
  if (result.state === 'running') return <span class="note">…</span>;
  const note = checkNote(result, i18n);
  return (
    <>
      <span class="hops" data-testid="compare-hops">
        {chainCodes(result.chain)}
      </span>
      <ol class="chain">
        {result.chain.map((hop: Hop, i) => (
          <li key={i} class={`${statusCss(hop.statusCode)}${differing.has(i) ? ' hop-differs' : ''}`}>
            <strong class="hop-code">{hop.statusCode ?? '—'}</strong> {responsePhrase(hop)}{' '}
            <span class="hop-url">
              <HostUrl url={hop.url} />
            </span>
          </li>
        ))}
      </ol>
      {note !== undefined ? <span class="note">{note}</span> : null}
    </>
  );
}

export function CompareTable({ run }: { run: ComparedRun; tick: number }) {
  const i18n = useI18n();
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const pairs = pairsOf(run);
  const differingCount = pairs.filter((p) => p.comparison?.differ === true).length;
  const shown = onlyDiffering ? pairs.filter((p) => p.comparison?.differ === true) : pairs;
  const [a, b] = run.profiles.map((p) => i18n.t(p.label)) as [string, string];
  return (
    <section class="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">{i18n.t('checkerCompareTitle', a, b)}</h2>
      <p class="note">
        {i18n.t('checkerCompareNote', a, b)} <span data-testid="compare-count">{i18n.count('checkerCompareCount', differingCount)}</span>
      </p>
      {run.problem !== undefined ? (
        <p class="problem" role="alert" data-testid="compare-problem">
          {say(i18n, run.problem)}
        </p>
      ) : null}
      <label>
        <input
          type="checkbox"
          data-testid="only-differing"
          checked={onlyDiffering}
          onChange={(e) => setOnlyDiffering((e.target as HTMLInputElement).checked)}
        />{' '}
        {i18n.t('checkerOnlyDiffering')}
      </label>
      <table data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">URL</th>
            <th scope="col">{a}</th>
            <th scope="col">{b}</th>
            <th scope="col">{i18n.t('checkerColWhere')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(0, MAX_ROWS).map((pair) => {
            const c = pair.comparison;
            const differing = new Set(c?.differences.map((d) => d.hop) ?? []);
            return (
              <tr
                key={pair.a.url}
                data-testid="compare-row"
                data-url={pair.a.url}
                data-differs={c === undefined ? '' : String(c.differ)}
                class={c?.differ === true ? 'differs' : undefined}
              >
                <td class="url">
                  <HostUrl url={pair.a.url} />
                </td>
                <td data-testid="compare-a">
                  <Chain result={pair.a} differing={differing} />
                </td>
                <td data-testid="compare-b">
                  <Chain result={pair.b} differing={differing} />
                </td>
                <td data-testid="compare-where">{c === undefined ? '' : c.differ ? whereWords(c, i18n) : i18n.t('checkerSameChain')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length > MAX_ROWS ? <p class="note">{i18n.t('checkerFirstShown', i18n.number(MAX_ROWS), i18n.number(shown.length))}</p> : null}
    </section>
  );
}
