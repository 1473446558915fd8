/** One rendered line of the request table: a page load's header, a redirect chain, or a request. */
import { vendorLine } from '../shared/ui/vendor-line';
import { responsePhrase } from '../shared/registry/response-phrase';
import { formatClock, formatMs, formatOffset, pageRelativeUrl } from './format';
import { findingLabel, findingMessage, worstSeverity } from '../shared/words/finding-words';
import { notObservedClause } from '../shared/words/not-observed-words';
import { chainOf, finalRow, ORPHAN_GROUP_ID, unitDuration } from './row-groups';
import { wordsFor } from './row-words';
import { durationOf, factSourceOf, startOf, methodOf, rowSource, statusOf, TYPE_LABELS, typeCategory, typeOf, vendorsOf, type RequestRow } from './request-row';
import { REQUEST_SOURCE_LABELS } from '../shared/words/source-words';
import { statusCss } from '../shared/ui/status-class';
import type { TableLine } from './table-lines';
import { cellClass, FACT_COLUMNS, TABLE_COLUMNS } from './table-columns';
import type { I18n } from '../shared/i18n/create-i18n';

export interface LineContext {
  /** Start of each page load (ms), for "+120 ms" offsets. */
  loadStarts: ReadonlyMap<string, number>;
  /** The inspected page's origin: same-origin URLs show as paths. */
  pageOrigin: string | undefined;
  /** The interface's language, passed down once rather than asked for by every line. */
  i18n: I18n;
}

export interface LineProps {
  line: TableLine;
  index: number;
  domId: string;
  selected: boolean;
  ctx: LineContext;
  onClick: (index: number, toggle: boolean) => void;
}

function StatusCell({ row, twisty, i18n }: { row: RequestRow; twisty?: string; i18n: I18n }) {
  const status = statusOf(row);
  const failed = status === undefined && row.record.error !== undefined;
  return (
    <span role="gridcell" class={`${cellClass('status')} ${failed ? 'cfailed' : statusCss(status)}`}>
      {twisty ? (
        <span class="twisty" aria-hidden="true">
          {twisty}
        </span>
      ) : null}
      {status ?? i18n.t(failed ? 'panelFailed' : 'panelPending')}
    </span>
  );
}

function PhraseCell({ row, i18n }: { row: RequestRow; i18n: I18n }) {
  const words = wordsFor(row, i18n);
  const title = words.detail ? `${words.detail}: ${words.phrase}` : statusOf(row) === undefined ? `${words.code}: ${words.phrase}` : words.phrase;
  return (
    <span role="gridcell" class={cellClass('phrase')} title={title}>
      {words.detail ? <span class="code-chip">{words.detail}</span> : null}
      {words.phrase}
    </span>
  );
}

function TailCells({ row, ctx, start, duration }: { row: RequestRow; ctx: LineContext; start: number | undefined; duration: number | undefined }) {
  // The popup's words for who answered, without versions for room.
  const { i18n } = ctx;
  const vendors = vendorLine(i18n, vendorsOf(row), false, wordsFor(row, i18n).madeBy).text;
  const source = rowSource(row);
  const origin = row.loadId === undefined ? undefined : ctx.loadStarts.get(row.loadId);
  const facts = factSourceOf(row);
  return (
    <>
      <span role="gridcell" class={cellClass('vendor')} title={vendors}>
        {vendors}
      </span>
      <span role="gridcell" class={`${cellClass('source')} src-${source}`} title={row.kind === 'devtools-only' ? i18n.t('panelDevtoolsOnlyHint') : undefined}>
        {i18n.t(REQUEST_SOURCE_LABELS[source])}
      </span>
      <span role="gridcell" class={cellClass('start')} title={formatOffset(start, origin, i18n)}>
        {formatOffset(start, origin, i18n)}
      </span>
      <span role="gridcell" class={cellClass('duration')}>
        {formatMs(duration, i18n)}
      </span>
      {FACT_COLUMNS.map((c) => {
        const value = c.fact?.value(facts, i18n) ?? '';
        return (
          <span role="gridcell" class={`cell ${c.className}`} title={value} key={c.key}>
            {value}
          </span>
        );
      })}
    </>
  );
}

function lineClass(selected: boolean, extra: string): string {
  return `line ${extra}${selected ? ' selected' : ''}`;
}

function RowLine({ line, index, domId, selected, ctx, onClick }: LineProps & { line: Extract<TableLine, { kind: 'row' }> }) {
  const { row } = line;
  const { i18n } = ctx;
  const { url } = row.record;
  const type = typeOf(row);
  const findings = row.kind === 'hop' ? row.findings : undefined;
  const severity = worstSeverity(findings);
  return (
    <div
      role="row"
      id={domId}
      aria-rowindex={index + 2}
      aria-level={line.inChain ? 3 : 2}
      aria-selected={selected}
      class={lineClass(selected, `line-row${line.inChain ? ' in-chain' : ''}${severity ? ` finding-${severity}` : ''}`)}
      data-testid="request-row"
      data-kind={row.kind}
      data-status={statusOf(row) ?? ''}
      data-url={url}
      onClick={() => onClick(index, false)}
    >
      <StatusCell row={row} i18n={ctx.i18n} />
      <PhraseCell row={row} i18n={ctx.i18n} />
      <span role="gridcell" class={cellClass('method')}>
        {methodOf(row)}
      </span>
      <span role="gridcell" class={cellClass('type')} title={`${ctx.i18n.t(TYPE_LABELS[typeCategory(type)])} (${type})`}>
        {ctx.i18n.t(TYPE_LABELS[typeCategory(type)])}
      </span>
      <span role="gridcell" class={cellClass('url')} title={url}>
        {severity ? (
          <span
            class={`finding-mark sev-${severity}`}
            title={findings?.map((f) => findingMessage(f, (row.kind === 'hop' && row.chain) || [], i18n)).join('\n')}
          >
            {severity === 'info' ? 'ⓘ' : '⚠'}
          </span>
        ) : null}
        {pageRelativeUrl(url, ctx.pageOrigin)}
      </span>
      <TailCells row={row} ctx={ctx} start={startOf(row)} duration={durationOf(row)} />
    </div>
  );
}

function ChainLine({ line, index, domId, selected, ctx, onClick }: LineProps & { line: Extract<TableLine, { kind: 'chain' }> }) {
  const { unit, expanded } = line;
  const { i18n } = ctx;
  const first = unit.rows[0] as RequestRow;
  const last = finalRow(unit);
  const severity = worstSeverity(unit.findings);
  const codes = unit.rows.map((r) => statusOf(r) ?? '✕').join(' → ');
  return (
    <div
      role="row"
      id={domId}
      aria-rowindex={index + 2}
      aria-level={2}
      aria-expanded={expanded}
      aria-selected={selected}
      aria-label={i18n.count('panelChainLabel', unit.rows.length, codes, first.record.url)}
      class={lineClass(selected, `line-chain${severity ? ` finding-${severity}` : ''}`)}
      data-testid="chain-group"
      data-status={statusOf(last) ?? ''}
      data-url={first.record.url}
      onClick={() => onClick(index, false)}
      onDblClick={() => onClick(index, true)}
    >
      <StatusCell row={last} twisty={expanded ? '▾' : '▸'} i18n={i18n} />
      <PhraseCell row={last} i18n={i18n} />
      <span role="gridcell" class={cellClass('method')}>
        {methodOf(first)}
      </span>
      <span role="gridcell" class={cellClass('type')} title={i18n.t(TYPE_LABELS[typeCategory(typeOf(first))])}>
        {i18n.t(TYPE_LABELS[typeCategory(typeOf(first))])}
      </span>
      <span
        role="gridcell"
        class={cellClass('url')}
        title={[codes, unit.findings.map((f) => findingLabel(f.kind, i18n)).join(' · '), ...unit.rows.map((r) => `${statusOf(r) ?? '✕'} ${r.record.url}`)]
          .filter(Boolean)
          .join('\n')}
      >
        <span class="chain-codes">{codes}</span>
        {unit.findings.map((f) => (
          <span class={`finding-chip sev-${f.severity}`} title={findingMessage(f, chainOf(unit), i18n)} key={f.kind}>
            {findingLabel(f.kind, i18n)}
          </span>
        ))}
        <span class="chain-url">{pageRelativeUrl(first.record.url, ctx.pageOrigin)}</span>
      </span>
      <TailCells row={last} ctx={ctx} start={startOf(first)} duration={unitDuration(unit)} />
    </div>
  );
}

function LoadLine({ line, index, domId, selected, ctx, onClick }: LineProps & { line: Extract<TableLine, { kind: 'load' }> }) {
  const { group, collapsed, shown, total } = line;
  const { i18n } = ctx;
  const load = group.load;
  let status = '';
  if (load?.final) status = `${load.final.statusCode} ${responsePhrase(load.final)}`;
  else if (load?.error) status = i18n.t('panelNoResponse', load.error);
  else if (load?.notObservedReason) status = i18n.t('panelNotObservable', notObservedClause(load.notObservedReason, i18n));
  else if (load) status = load.state === 'loading' ? i18n.t('panelLoading') : '';
  const counted = shown === total ? i18n.count('panelCount', total) : i18n.count('panelCountFiltered', total, i18n.number(shown));
  return (
    <div
      role="row"
      id={domId}
      aria-rowindex={index + 2}
      aria-level={1}
      aria-expanded={!collapsed}
      aria-selected={selected}
      class={lineClass(selected, `line-load ${statusCss(load?.final?.statusCode)}`)}
      data-testid="load-group"
      data-load-id={group.id}
      onClick={() => onClick(index, false)}
      onDblClick={() => onClick(index, true)}
    >
      <span
        role="gridcell"
        aria-colspan={TABLE_COLUMNS.length}
        class="cell cell-load"
        title={[formatClock(load?.startedAt, i18n), status, load?.url, counted].filter(Boolean).join(' · ')}
      >
        <span class="twisty" aria-hidden="true">
          {collapsed ? '▸' : '▾'}
        </span>
        {group.id === ORPHAN_GROUP_ID ? (
          <span class="load-title">{i18n.t('panelOrphanLoad')}</span>
        ) : (
          <>
            <span class="load-time">{formatClock(load?.startedAt, i18n)}</span>
            <span class="load-status">{status}</span>
            <span class="load-url" title={load?.url}>
              {load?.url}
            </span>
          </>
        )}
        <span class="load-count">{counted}</span>
      </span>
    </div>
  );
}

export function TableLineView(props: LineProps) {
  const { line } = props;
  if (line.kind === 'load') return <LoadLine {...props} line={line} />;
  if (line.kind === 'chain') return <ChainLine {...props} line={line} />;
  return <RowLine {...props} line={line} />;
}
