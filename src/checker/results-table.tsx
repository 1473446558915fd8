/**
 * One row per checked URL, like the popup's answer: the final status and what it means, who answered,
 * every hop's code, the chain's findings, the server's address and the time. A row opens on its
 * details (result-details.tsx) below it. Only the rows in view are drawn (results-window.ts), so a list
 * of 10,000 scrolls and updates as smoothly as one of ten; the table tells assistive technology the
 * full row count and each drawn row's place in it.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { chainCodes, checkNote, endHop, finalResponse, type CheckResult } from '../shared/checker/check-result';
import type { MessageKey } from '../shared/checker/checker-phrase';
import { responsePhrase } from '../shared/registry/response-phrase';
import { HostUrl } from '../shared/ui/host-url';
import { useRegistry } from '../shared/ui/registry-source';
import { useI18n } from '../shared/ui/use-i18n';
import { statusCss } from '../shared/ui/status-class';
import { vendorLine } from '../shared/ui/vendor-line';
import { findingLabel } from '../shared/words/finding-words';
import { ResultDetails } from './result-details';
import { ResultFilters } from './result-filters';
import { ALL_RESULTS, queryResults, type ResultQuery } from './result-filter';
import { rowWindow } from './results-window';

/** Each column's heading: a message key, or the word every language writes the same. */
const COLUMNS: readonly (MessageKey | 'URL' | 'IP')[] = [
  'URL',
  'checkerColStatus',
  'checkerColMeaning',
  'checkerColAnsweredBy',
  'checkerColHops',
  'checkerColFindings',
  'IP',
  'checkerColTime',
];
/** The height CSS gives a closed row (checker.css `--row-height`); measured once drawn, in case fonts differ. */
const ROW_HEIGHT = 30;

function ResultRow({ result, rowIndex, open, toggle }: { result: CheckResult; rowIndex: number; open: boolean; toggle: () => void }) {
  const i18n = useI18n();
  const final = finalResponse(result);
  const last = endHop(result);
  const note = checkNote(result, i18n);
  const phrase = last !== undefined ? responsePhrase(last) : '';
  const who = vendorLine(i18n, final?.vendors, false).text;
  const findings = result.findings.map((f) => findingLabel(f.kind, i18n)).join(', ');
  // Marked only once the second request went: until then the row shows the first answer itself.
  const retried = result.retried?.retriedAt !== undefined ? i18n.t('checkerRetriedNote', String(result.retried.firstStatus)) : undefined;
  const meaning = [phrase, note ?? '', last?.error !== undefined && last.statusCode === undefined ? last.error : '', retried ?? '']
    .filter((s) => s !== '')
    .join(' ');
  return (
    <tr
      data-testid="result-row"
      data-url={result.url}
      data-state={result.state}
      data-status={final?.statusCode ?? ''}
      data-hops={chainCodes(result.chain)}
      data-retried={retried !== undefined ? result.retried?.firstStatus : undefined}
      data-open={open}
      aria-rowindex={rowIndex}
      class={`result ${statusCss(final?.statusCode)}`}
    >
      <td class="url" title={result.url}>
        <button
          type="button"
          class="open-row"
          data-testid="row-details"
          aria-expanded={open}
          aria-controls={open ? `details-${rowIndex}` : undefined}
          onClick={toggle}
        >
          <span class="twisty" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>{' '}
          <HostUrl url={result.url} />
        </button>
      </td>
      <td class="code" data-testid="final-status">
        {result.state === 'running' ? '…' : (final?.statusCode ?? '—')}
      </td>
      <td data-testid="meaning" title={meaning}>
        {phrase}
        {note !== undefined ? <span class="note"> {note}</span> : null}
        {last?.error !== undefined && last.statusCode === undefined ? <code class="error"> {last.error}</code> : null}
        {retried !== undefined ? (
          <span class="note" data-testid="retried">
            {' '}
            {retried}
          </span>
        ) : null}
      </td>
      <td data-testid="vendor" title={who}>
        {who}
      </td>
      <td class="hops" data-testid="hops">
        {chainCodes(result.chain)}
      </td>
      <td data-testid="findings" title={findings}>
        {findings}
      </td>
      <td data-testid="ip">{final?.ip ?? last?.ip ?? ''}</td>
      <td class="time" data-testid="time">
        {result.ms !== undefined ? `${result.ms} ms` : ''}
      </td>
    </tr>
  );
}

function Spacer({ height }: { height: number }) {
  return height > 0 ? (
    <tr class="spacer" aria-hidden="true">
      <td colSpan={COLUMNS.length} style={{ height: `${height}px` }} />
    </tr>
  ) : null;
}

export function ResultsTable({ results, tick }: { results: readonly CheckResult[]; tick: number }) {
  useRegistry();
  const i18n = useI18n();
  const [query, setQuery] = useState<ResultQuery>(ALL_RESULTS);
  const shown = useMemo(() => queryResults(results, query), [results, query, tick]);
  /** The URLs opened on their details, with the extra height each takes once drawn. */
  const [opened, setOpened] = useState<ReadonlyMap<string, number>>(new Map());
  const [view, setView] = useState({ top: 0, height: 600 });
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT);
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const scrollFrame = useRef(0);

  const extra = useMemo(() => {
    const byIndex = new Map<number, number>();
    if (opened.size > 0) shown.forEach((r, i) => (opened.has(r.url) ? byIndex.set(i, opened.get(r.url) ?? 0) : undefined));
    return byIndex;
  }, [shown, opened]);
  const win = rowWindow(shown.length, rowHeight, view.top, view.height, extra);

  const onScroll = (): void => {
    // One update a frame however fast the wheel turns.
    if (scrollFrame.current !== 0) return;
    scrollFrame.current = requestAnimationFrame(() => {
      scrollFrame.current = 0;
      const el = scroller.current;
      if (el !== null) setView({ top: el.scrollTop, height: el.clientHeight });
    });
  };

  // Measures what CSS made of a closed row and of each opened row's details, so the window's sums stay true.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (el !== null && el.clientHeight !== view.height) setView({ top: el.scrollTop, height: el.clientHeight });
    const tbody = body.current;
    if (tbody === null) return;
    const closed = tbody.querySelector<HTMLElement>('tr.result[data-open="false"]');
    if (closed !== null && Math.abs(closed.offsetHeight - rowHeight) > 0.5) setRowHeight(closed.offsetHeight);
    let changed = false;
    const next = new Map(opened);
    for (const row of tbody.querySelectorAll<HTMLElement>('tr.details')) {
      const url = row.dataset['for'] ?? '';
      if (next.has(url) && next.get(url) !== row.offsetHeight) {
        next.set(url, row.offsetHeight);
        changed = true;
      }
    }
    if (changed) setOpened(next);
  });

  const toggle = (url: string): void => {
    const next = new Map(opened);
    if (next.has(url)) next.delete(url);
    else next.set(url, 0);
    setOpened(next);
  };

  const rows = [];
  // Each drawn row's place among all of them: the header is row 1, an opened row's details take the row after it.
  let rowIndex = 2 + win.start + [...extra.keys()].filter((i) => i < win.start).length;
  for (let i = win.start; i < win.end; i++) {
    const r = shown[i];
    if (r === undefined) continue;
    const open = opened.has(r.url);
    const index = rowIndex;
    rows.push(<ResultRow result={r} rowIndex={index} open={open} toggle={() => toggle(r.url)} key={r.url} />);
    rowIndex++;
    if (open) {
      rows.push(
        <tr class="details" data-for={r.url} aria-rowindex={rowIndex} key={`${r.url}#details`}>
          <td colSpan={COLUMNS.length}>
            <ResultDetails result={r} id={`details-${index}`} />
          </td>
        </tr>,
      );
      rowIndex++;
    }
  }

  return (
    <section class="results" aria-labelledby="results-title">
      <h2 id="results-title">{i18n.t('checkerResultsTitle')}</h2>
      <ResultFilters results={results} query={query} onChange={setQuery} />
      <p class="note" data-testid="shown-count" aria-live="polite">
        {shown.length === results.length
          ? i18n.count('checkerUrlCount', results.length)
          : i18n.t('checkerUrlsMatch', i18n.number(shown.length), i18n.number(results.length))}
      </p>
      <div
        class="results-scroll"
        ref={scroller}
        onScroll={onScroll}
        data-testid="results-scroll"
        tabIndex={0}
        role="region"
        aria-label={i18n.t('checkerResultsScroll')}
      >
        <table data-testid="results" aria-rowcount={shown.length + extra.size + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {COLUMNS.map((c) => (
                <th scope="col" key={c}>
                  {c === 'URL' || c === 'IP' ? c : i18n.t(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            <Spacer height={win.before} />
            {rows}
            <Spacer height={win.after} />
          </tbody>
        </table>
      </div>
    </section>
  );
}
