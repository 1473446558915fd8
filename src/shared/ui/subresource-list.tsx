/**
 * The page's other responses: counts by class at once (kept ready by the capture core), then every
 * failing one, the first page of them only until asked for more, each expandable into what it means.
 */
import { useEffect, useState } from 'preact/hooks';
import type { FailingRow } from '../capture';
import { SUMMARY_FAILING_ROWS, type LoadSummary } from '../tab-view';
import { EntryDetails } from './entry-details';
import { countCells, resourceTypeLabel } from './failing-subresources';
import { HostUrl } from './host-url';
import { LazyDetails } from './lazy-details';
import { useRegistry } from './registry-source';
import { statusCss } from './status-class';
import { responsePhrase } from '../registry/response-phrase';
import { errorEntry, explanationEntry } from './response-words';
import { vendorLine } from './vendor-line';
import type { I18n } from '../i18n/create-i18n';
import { useI18n } from './use-i18n';

/** The summary's rows are the first page. */
const FIRST_PAGE = SUMMARY_FAILING_ROWS;
const MORE = 200;

function rowPhrase(row: FailingRow, i18n: Pick<I18n, 't'>): string {
  if (row.error === undefined) return responsePhrase(row);
  const errorPhrase = errorEntry(row.error)?.phrase ?? row.error;
  return row.statusCode !== undefined ? i18n.t('uiThenError', responsePhrase({ ...row, error: undefined }), errorPhrase) : errorPhrase;
}

function RowBody({ row }: { row: FailingRow }) {
  const i18n = useI18n();
  const statusEntry = row.statusCode === undefined ? undefined : explanationEntry(row.explanation);
  const errorEntryOfRow = errorEntry(row.error);
  const who = vendorLine(i18n, row.vendors, true, row.explanation?.madeBy).text;
  return (
    <>
      <p class="sub-facts">
        {[
          resourceTypeLabel(row.type, i18n),
          row.method && row.method !== 'GET' ? i18n.t('uiMethod', row.method) : '',
          who ? i18n.t('uiAnsweredByWho', who) : '',
          row.fromCache ? i18n.t('uiFromCache') : '',
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {row.error !== undefined ? (
        <p>
          <strong>{i18n.t('uiBrowserError')}</strong> <code>{row.error}</code>
        </p>
      ) : null}
      {statusEntry ? <EntryDetails entry={statusEntry} /> : null}
      {errorEntryOfRow ? <EntryDetails entry={errorEntryOfRow} /> : null}
    </>
  );
}

function FailingRowView({ row }: { row: FailingRow }) {
  const i18n = useI18n();
  return (
    <li
      class={`sub ${row.statusCode === undefined ? 'cnone' : statusCss(row.statusCode)}`}
      data-testid="failing"
      data-status={row.statusCode ?? ''}
      data-error={row.error ?? ''}
    >
      <LazyDetails
        summaryClass="sub-summary"
        summary={
          <>
            <span class="sub-code">{row.statusCode ?? i18n.t('uiNoResponseShort')}</span> <span class="sub-phrase">{rowPhrase(row, i18n)}</span>{' '}
            <span class="sub-where">
              <span class="sub-type">{resourceTypeLabel(row.type, i18n)}</span>{' '}
              <span class="sub-url">
                <HostUrl url={row.url} />
              </span>
            </span>
          </>
        }
      >
        {() => <RowBody row={row} />}
      </LazyDetails>
    </li>
  );
}

export interface SubresourceListProps {
  load: LoadSummary;
  /** Every failing row of the load, from the background (the summary carries the first page). */
  allRows: () => Promise<FailingRow[] | undefined>;
}

export function SubresourceList({ load, allRows }: SubresourceListProps) {
  const i18n = useI18n();
  const [shown, setShown] = useState(FIRST_PAGE);
  // The rows past the summary's first page, once asked for; asked again when the load gains failures.
  const [fetched, setFetched] = useState<FailingRow[] | undefined>();
  // The background no longer keeps the load (the tab has had newer ones since): only the summary is left.
  const [gone, setGone] = useState(false);
  const wantsMore = shown > load.failing.length && load.failingTotal > load.failing.length;
  useEffect(() => {
    if (!wantsMore || gone || fetched?.length === load.failingTotal) return undefined;
    let current = true;
    allRows().then(
      (rows) => {
        if (!current) return;
        if (rows === undefined) setGone(true);
        else setFetched(rows);
      },
      () => {
        if (current) setGone(true);
      },
    );
    return () => {
      current = false;
    };
    // `allRows` is a new closure at every render of the popup; what to fetch depends on these two.
  }, [wantsMore, load.failingTotal]);
  const rows = fetched !== undefined && fetched.length > load.failing.length ? fetched : load.failing;
  const failingTotal = load.failingTotal;
  const visible = Math.min(shown, rows.length);
  const notShown = failingTotal - visible;
  const loadingMore = shown > rows.length && notShown > 0 && !gone;
  // Summaries first: the rows follow one frame after the counts (and the final answer above) are painted.
  // Rows are named from the registry, so they also wait for it (loaded right after first content).
  const [afterFirstFrame, setAfterFirstFrame] = useState(false);
  useEffect(() => setAfterFirstFrame(true), []);
  const rowsReady = useRegistry() && afterFirstFrame;
  // Typed as possibly missing: a load read back from storage is checked for its id and chain only.
  const counts = load.counts as LoadSummary['counts'] | undefined;
  const cells = countCells(counts, i18n);
  const total = counts?.total ?? 0;
  return (
    <section class="subresources" data-testid="subresources" aria-labelledby="subresources-title">
      <h2 id="subresources-title">{i18n.count('uiSubresourcesTitle', total)}</h2>
      {cells.length > 0 ? (
        <ul class="counts" aria-label={i18n.t('uiCountsLabel')}>
          {cells.map((c) => (
            <li class={`count count-${c.kind}`} key={c.kind} data-testid="count" data-kind={c.kind}>
              <span class="count-n">{i18n.number(c.count)}</span> {c.label}
            </li>
          ))}
          {counts && counts.fromCache > 0 ? (
            <li class="count count-cache" key="cache">
              <span class="count-n">{i18n.number(counts.fromCache)}</span> {i18n.t('uiFromCache')}
            </li>
          ) : null}
        </ul>
      ) : (
        <p class="note">{i18n.t('uiNoOtherResponses')}</p>
      )}
      {load.droppedSubresources > 0 || load.droppedErrors > 0 ? (
        <p class="note">{i18n.count('uiDroppedResponses', load.droppedSubresources + load.droppedErrors)}</p>
      ) : null}
      {failingTotal > 0 ? (
        <>
          <h3 id="failing-title">{i18n.t('uiFailingTitle', i18n.number(failingTotal))}</h3>
          <ul class="failing" aria-labelledby="failing-title">
            {rowsReady ? rows.slice(0, shown).map((row) => <FailingRowView row={row} key={row.key} />) : null}
          </ul>
          {gone ? <p class="note">{i18n.t('uiRestGone')}</p> : null}
          {rowsReady && notShown > 0 && !gone ? (
            <button type="button" class="more-button" disabled={loadingMore} aria-busy={loadingMore} onClick={() => setShown(visible + MORE)}>
              {loadingMore ? i18n.t('uiLoadingMore') : i18n.t('uiShowMore', i18n.number(Math.min(MORE, notShown)), i18n.number(notShown))}
            </button>
          ) : null}
        </>
      ) : total > 0 ? (
        <p class="note">{i18n.t('uiNoneFailed')}</p>
      ) : null}
    </section>
  );
}
