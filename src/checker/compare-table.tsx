/**
 * The compare view: each URL's chain under the two profiles side by side, the rows whose chains differ
 * highlighted with where they differ (the first hop, and what: the URL asked, the status, the error),
 * and a filter for those rows alone. A site that sends crawlers or phones elsewhere shows up here.
 */
import { useState } from 'preact/hooks';
import type { Hop } from '../shared/capture';
import { compareChains, type ChainComparison } from '../shared/checker/chain-comparison';
import { chainCodes, checkNote, type CheckResult } from '../shared/checker/check-result';
import { responsePhrase } from '../shared/registry/response-phrase';
import { HostUrl } from '../shared/ui/host-url';
import { statusCss } from '../shared/ui/status-class';
import type { ComparedRun } from './compared-run';

const MAX_ROWS = 500;

const FIELD_WORDS = { url: 'the URL', status: 'the status', error: 'the error', missing: 'one chain is longer' } as const;

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

/** Where two chains differ, in words: "From hop 2: the status, the URL; they end differently." */
function whereWords(comparison: ChainComparison): string {
  const first = comparison.differences[0];
  if (first === undefined) return 'The same chain.';
  const fields = [...new Set(comparison.differences.flatMap((d) => d.fields))].map((f) => FIELD_WORDS[f]);
  return `From hop ${first.hop + 1}: ${fields.join(', ')}${comparison.endDiffers ? '; they end differently.' : '; they end the same.'}`;
}

function Chain({ result, differing }: { result: CheckResult | undefined; differing: ReadonlySet<number> }) {
  if (result === undefined || result.state === 'queued') return <span class="note">Not checked yet.</span>;
  if (result.state === 'running') return <span class="note">…</span>;
  const note = checkNote(result);
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
  const [onlyDiffering, setOnlyDiffering] = useState(false);
  const pairs = pairsOf(run);
  const differingCount = pairs.filter((p) => p.comparison?.differ === true).length;
  const shown = onlyDiffering ? pairs.filter((p) => p.comparison?.differ === true) : pairs;
  const [a, b] = run.profiles;
  return (
    <section class="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">
        {a.label} and {b.label}, compared
      </h2>
      <p class="note">
        The list is checked as {a.label}, then as {b.label}.{' '}
        <span data-testid="compare-count">
          {differingCount.toLocaleString('en')} {differingCount === 1 ? 'URL has' : 'URLs have'} chains that differ.
        </span>
      </p>
      {run.problem !== undefined ? (
        <p class="problem" role="alert" data-testid="compare-problem">
          {run.problem}
        </p>
      ) : null}
      <label>
        <input
          type="checkbox"
          data-testid="only-differing"
          checked={onlyDiffering}
          onChange={(e) => setOnlyDiffering((e.target as HTMLInputElement).checked)}
        />{' '}
        Only the URLs whose chains differ
      </label>
      <table data-testid="compare-table">
        <thead>
          <tr>
            <th scope="col">URL</th>
            <th scope="col">{a.label}</th>
            <th scope="col">{b.label}</th>
            <th scope="col">Where they differ</th>
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
                <td data-testid="compare-where">{c === undefined ? '' : c.differ ? whereWords(c) : 'The same chain.'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {shown.length > MAX_ROWS ? (
        <p class="note">
          The first {MAX_ROWS} of {shown.length.toLocaleString('en')} are shown.
        </p>
      ) : null}
    </section>
  );
}
