/**
 * The selected line, explained: what the status means and why that meaning (from the registry, with
 * the error page's body when DevTools gave it), what to do about it, the spec, who answered and the
 * headers that said so, the connection and the timing. Everything from the network is text.
 */
import type { ComponentChildren } from 'preact';
import type { PageLoad } from '../shared/capture/capture-state';
import type { I18n, MessageKey } from '../shared/i18n/create-i18n';
import { useI18n } from '../shared/ui/use-i18n';
import { vendorLine } from '../shared/ui/vendor-line';
import { EnglishMark, fieldLang, useEntryLanguage } from '../shared/ui/entry-language';
import type { LocalizedEntry } from '../shared/registry/translations/localize';
import { madeBySentence } from '../shared/registry/maker-sentence';
import { responsePhrase } from '../shared/registry/response-phrase';
import { formatBytes, formatClock, formatMs, formatOffset } from './format';
import { findingLabel, findingMessage } from '../shared/words/finding-words';
import { notObservedClause } from '../shared/words/not-observed-words';
import { chainOf, finalRow, ORPHAN_GROUP_ID, type LoadGroup, type RowUnit } from './row-groups';
import { explainRow, wordsFor } from './row-words';
import {
  durationOf,
  factSourceOf,
  methodOf,
  responseOf,
  rowSource,
  startOf,
  statusOf,
  TYPE_LABELS,
  typeCategory,
  typeOf,
  vendorsOf,
  type RequestRow,
} from './request-row';
import { REQUEST_SOURCE_LABELS } from '../shared/words/source-words';
import { statusCss } from '../shared/ui/status-class';
import { SafeLink } from './safe-link';
import { RESPONSE_FACTS } from '../shared/words/response-facts';

import type { TableLine } from './table-lines';

/** The response's facts the details list (response-facts.ts decides which). */
const DETAIL_FACTS = RESPONSE_FACTS.filter((f) => f.details);

/** DevTools' timing phases, named as DevTools names them; DNS and TLS are the same word in every language. */
const PHASES: readonly { phase: 'blocked' | 'dns' | 'connect' | 'ssl' | 'send' | 'wait' | 'receive'; label: MessageKey | 'DNS' | 'TLS' }[] = [
  { phase: 'blocked', label: 'panelPhaseBlocked' },
  { phase: 'dns', label: 'DNS' },
  { phase: 'connect', label: 'panelPhaseConnect' },
  { phase: 'ssl', label: 'TLS' },
  { phase: 'send', label: 'panelPhaseSend' },
  { phase: 'wait', label: 'panelPhaseWait' },
  { phase: 'receive', label: 'panelPhaseReceive' },
];

const LOAD_STATES: Readonly<Record<PageLoad['state'], MessageKey>> = {
  loading: 'panelStateLoading',
  complete: 'panelStateComplete',
  error: 'panelStateError',
};

interface DetailsProps {
  line: TableLine;
  onClose: () => void;
  loadStarts: ReadonlyMap<string, number>;
  /** DevTools' network log is available (the panel runs inside DevTools). */
  inDevtools: boolean;
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Meaning({ entry, mark, i18n }: { entry: LocalizedEntry; mark: string; i18n: I18n }) {
  return (
    <>
      <section class="detail-section" aria-label={i18n.t('panelWhatItMeans')}>
        <h3>{i18n.t('panelWhatItMeans')}</h3>
        <p data-testid="detail-explanation">
          <span lang={fieldLang(entry, 'explanation')}>{entry.explanation}</span>
          <EnglishMark entry={entry} field="explanation" mark={mark} />
        </p>
        {entry.causes.length > 0 ? (
          <>
            <h4>
              {i18n.t('panelCommonCauses')}
              <EnglishMark entry={entry} field="causes" mark={mark} />
            </h4>
            <ul lang={fieldLang(entry, 'causes')}>
              {entry.causes.map((cause) => (
                <li key={cause}>{cause}</li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section class="detail-section" aria-label={i18n.t('panelAdvice')}>
        <h3>{i18n.t('panelIfVisiting')}</h3>
        <p>
          <span lang={fieldLang(entry, 'visitorAdvice')}>{entry.visitorAdvice}</span>
          <EnglishMark entry={entry} field="visitorAdvice" mark={mark} />
        </p>
        <h3>{i18n.t('panelIfRunning')}</h3>
        <p>
          <span lang={fieldLang(entry, 'ownerAdvice')}>{entry.ownerAdvice}</span>
          <EnglishMark entry={entry} field="ownerAdvice" mark={mark} />
        </p>
        {entry.crawlerNote ? (
          <>
            <h3>{i18n.t('panelCrawlers')}</h3>
            <p data-testid="detail-crawler">
              <span lang={fieldLang(entry, 'crawlerNote')}>{entry.crawlerNote}</span>
              <EnglishMark entry={entry} field="crawlerNote" mark={mark} />
            </p>
          </>
        ) : null}
        <p class="detail-spec">
          {entry.spec ? (
            <>
              {i18n.t('panelSpecification')}{' '}
              <SafeLink url={entry.spec.url}>{`${entry.spec.title}${entry.spec.section ? ` §${entry.spec.section}` : ''}`}</SafeLink>
              {' · '}
            </>
          ) : null}
          {i18n.t('panelDefinedBy', entry.origin.name)}
        </p>
      </section>
    </>
  );
}

const HEADER_NOTES: Readonly<Record<ReturnType<typeof explainRow>['headersFrom'], MessageKey>> = {
  devtools: 'panelHeadersFromDevtools',
  capture: 'panelHeadersFromCapture',
  none: 'panelHeadersNone',
};

function Headers({ row, i18n }: { row: RequestRow; i18n: I18n }) {
  const ex = explainRow(row);
  const note = i18n.t(HEADER_NOTES[ex.headersFrom]);
  return (
    <section class="detail-section" aria-label={i18n.t('panelHeaders')}>
      <h3>{ex.headers.length > 0 ? i18n.t('panelHeadersCount', i18n.number(ex.headers.length)) : i18n.t('panelHeaders')}</h3>
      <p class="muted">{note}</p>
      {ex.headers.length > 0 ? (
        <table class="header-table" data-testid="headers">
          <tbody>
            {ex.headers.map((h, i) => {
              const identifies = ex.identifying.has(h.name.toLowerCase());
              const vendor = identifies ? ex.vendors.find((v) => v.evidence.some((e) => e.header === h.name.toLowerCase()))?.name : undefined;
              return (
                <tr key={`${i}:${h.name}`} class={identifies ? 'vendor-header' : undefined} data-vendor={identifies ? 'true' : undefined}>
                  <th scope="row">{h.name}</th>
                  <td>
                    {h.value}
                    {vendor ? <span class="identifies"> {i18n.t('panelIdentifies', vendor)}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function TimingSection({ row, loadStarts, i18n }: { row: RequestRow; loadStarts: ReadonlyMap<string, number>; i18n: I18n }) {
  const origin = row.loadId === undefined ? undefined : loadStarts.get(row.loadId);
  const start = startOf(row);
  const duration = durationOf(row);
  const timings = row.har?.timings;
  return (
    <section class="detail-section" aria-label={i18n.t('panelTiming')}>
      <h3>{i18n.t('panelTiming')}</h3>
      <dl class="detail-facts">
        <Fact label={i18n.t('panelStarted')}>
          {start === undefined
            ? i18n.t('panelNotObserved')
            : origin !== undefined
              ? i18n.t('panelStartedAt', formatClock(start, i18n), formatOffset(start, origin, i18n))
              : formatClock(start, i18n)}
        </Fact>
        <Fact label={i18n.t('panelColumnDuration')}>{duration === undefined ? i18n.t('panelNotObserved') : formatMs(duration, i18n)}</Fact>
        {timings
          ? PHASES.filter(({ phase }) => timings[phase] !== undefined).map(({ phase, label }) => (
              <Fact label={label === 'DNS' || label === 'TLS' ? label : i18n.t(label)} key={phase}>
                {formatMs(timings[phase], i18n)}
              </Fact>
            ))
          : null}
      </dl>
    </section>
  );
}

interface RowDetailsProps {
  row: RequestRow;
  loadStarts: ReadonlyMap<string, number>;
  inDevtools: boolean;
  i18n: I18n;
}

/** After a sentence that has no translation: '(English)' in the interface's language; nothing in English. */
function UntranslatedMark({ i18n, field }: { i18n: I18n; field: string }) {
  return i18n.locale === 'en' ? null : (
    <span class="in-english" data-testid="in-english" data-field={field}>
      {` ${i18n.t('inEnglish')}`}
    </span>
  );
}

function RowDetails({ row, loadStarts, inDevtools, i18n }: RowDetailsProps) {
  const words = wordsFor(row, i18n);
  const ex = explainRow(row);
  // The registry's words in the interface's language where translated; what is still English is marked.
  const { localize, englishMark } = useEntryLanguage();
  const entry = ex.entry && localize(ex.entry);
  // Why this meaning and who made the response are the registry's English sentences in every language.
  const untranslated = i18n.locale === 'en' ? undefined : 'en';
  const har = row.har;
  const { url, error } = row.record;
  const response = responseOf(row);
  const status = response?.statusCode;
  const type = typeOf(row);
  const vendors = vendorsOf(row);
  const factSource = factSourceOf(row);
  const findings = row.kind === 'hop' ? row.findings : undefined;
  const chain = (row.kind === 'hop' && row.chain) || [];
  return (
    <article
      class="row-details"
      aria-labelledby="detail-heading"
      data-testid="details"
      data-row-id={row.id}
      // How much of DevTools' own record of the request has arrived (its entry, then the body it read), which
      // several of its facts come from: a reader that compares two views waits for the same.
      data-devtools-log={har === undefined ? 'none' : har.body === undefined ? 'entry' : 'body'}
    >
      <header class={`detail-head ${statusCss(status)}`}>
        <h2 id="detail-heading">
          <span class="detail-code" data-testid="detail-code">
            {words.code}
          </span>
          {words.detail ? (
            <span class="detail-subcode" data-testid="detail-subcode">
              {words.detail}
            </span>
          ) : null}
          <span class="detail-phrase" data-testid="detail-phrase">
            {entry?.phrase ?? words.phrase}
          </span>
        </h2>
        {ex.fromBody && ex.detail ? (
          <p class="detail-from-body" data-testid="detail-from-body">
            {i18n.t('panelFromBody', ex.detail.code)}
          </p>
        ) : null}
        {entry ? (
          <p class="detail-summary">
            <span lang={fieldLang(entry, 'summary')}>{entry.summary}</span>
            <EnglishMark entry={entry} field="summary" mark={englishMark} />
          </p>
        ) : null}
        <p class="detail-url">
          <span class="method">{methodOf(row)}</span> <SafeLink url={url} />
        </p>
      </header>
      {findings && findings.length > 0 ? (
        <section class="detail-section" aria-label={i18n.t('panelFindings')}>
          <h3>{i18n.t('panelFindings')}</h3>
          <ul class="detail-findings">
            {findings.map((f) => (
              <li class={`sev-${f.severity}`} key={f.kind}>
                <strong>{findingLabel(f.kind, i18n)}:</strong> {findingMessage(f, chain, i18n)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ex.reason ? (
        <section class="detail-section" aria-label={i18n.t('panelWhyMeaning')}>
          <h3>{i18n.t('panelWhyMeaning')}</h3>
          <p data-testid="detail-reason" lang={untranslated}>
            {ex.reason}
            <UntranslatedMark i18n={i18n} field="reason" />
          </p>
        </section>
      ) : null}
      {entry ? (
        <Meaning entry={entry} mark={englishMark} i18n={i18n} />
      ) : (
        <p class="muted">{i18n.t(error === undefined ? 'panelNoResponseYet' : 'panelNoEntry')}</p>
      )}
      <section class="detail-section" aria-label={i18n.t('panelResponse')}>
        <h3>{i18n.t('panelResponse')}</h3>
        <dl class="detail-facts">
          <Fact label={i18n.t('panelStatusLine')}>
            {response?.statusLine ?? (har && status !== undefined ? `${status} ${har.statusText}`.trim() : i18n.t('panelNotObserved'))}
          </Fact>
          {DETAIL_FACTS.map((f) => {
            const known = f.value(factSource, i18n);
            const value = known ?? (f.missing ? i18n.t(f.missing) : '');
            // What the capture does not know, DevTools' own log may.
            return (
              <Fact label={i18n.t(f.label)} key={f.key}>
                {known === undefined && f.missing && !inDevtools ? i18n.t('panelOpenInDevtools', value) : value}
              </Fact>
            );
          })}
          <Fact label={i18n.t('panelColumnSource')}>
            {i18n.t(REQUEST_SOURCE_LABELS[rowSource(row)])}
            {har?.serviceWorkerSource ? ` (${har.serviceWorkerSource})` : ''}
          </Fact>
          <Fact label={i18n.t('panelColumnType')}>{`${i18n.t(TYPE_LABELS[typeCategory(type)])} (${type})`}</Fact>
          {har?.transferSize !== undefined ? <Fact label={i18n.t('panelTransferred')}>{formatBytes(har.transferSize, i18n)}</Fact> : null}
          <Fact label={i18n.t('panelColumnAnsweredBy')}>
            {ex.madeBy ? (
              <p class="made-by" lang={untranslated}>
                {madeBySentence(ex.madeBy)}
                <UntranslatedMark i18n={i18n} field="madeBy" />
              </p>
            ) : null}
            {ex.vendors.length > 0 ? (
              <ul class="detail-vendors">
                {ex.vendors.map((v) => (
                  <li key={v.id}>
                    {ex.madeBy?.id === v.id ? i18n.t('panelMadeThis', v.name) : v.name}
                    <span class="muted">{` — ${v.header === 'body' ? i18n.t('panelErrorPage') : v.header}: ${v.value}`}</span>
                  </li>
                ))}
              </ul>
            ) : vendors.length > 0 ? (
              vendorLine(i18n, vendors, true, ex.madeBy).text
            ) : (
              i18n.t('panelNoServerHeader')
            )}
          </Fact>
          {response?.redirectUrl ? (
            <Fact label={i18n.t('panelRedirectsTo')}>
              <SafeLink url={response.redirectUrl} />
            </Fact>
          ) : null}
          {error ? <Fact label={i18n.t('panelError')}>{error}</Fact> : null}
          {har?.body !== undefined ? (
            <Fact label={i18n.t('panelBodyRead')}>
              {i18n.t(har.bodyTruncated ? 'panelBodyUsedTruncated' : 'panelBodyUsed', formatBytes(har.body.length, i18n))}
            </Fact>
          ) : null}
        </dl>
      </section>
      <TimingSection row={row} loadStarts={loadStarts} i18n={i18n} />
      <Headers row={row} i18n={i18n} />
    </article>
  );
}

function ChainDetails({ unit, loadStarts, inDevtools, i18n }: Omit<RowDetailsProps, 'row'> & { unit: RowUnit }) {
  return (
    <>
      <section class="detail-section chain-summary" aria-label={i18n.t('panelChain')} data-testid="chain-details">
        <h3>{i18n.count('panelChainHeading', unit.rows.length)}</h3>
        <ol class="chain-hops">
          {unit.rows.map((row, i) => (
            <li key={row.id} class={statusCss(statusOf(row))}>
              <span class="hop-n">{i + 1}</span>
              <span class="chain-code">{statusOf(row) ?? '✕'}</span> <span>{wordsFor(row, i18n).phrase}</span>
              <div class="muted chain-hop-url">{row.record.url}</div>
            </li>
          ))}
        </ol>
        {unit.findings.length > 0 ? (
          <ul class="detail-findings">
            {unit.findings.map((f) => (
              <li class={`sev-${f.severity}`} key={f.kind}>
                <strong>{findingLabel(f.kind, i18n)}:</strong> {findingMessage(f, chainOf(unit), i18n)}
              </li>
            ))}
          </ul>
        ) : null}
        <p class="muted">{i18n.t('panelFinalResponse')}</p>
      </section>
      <RowDetails row={finalRow(unit)} loadStarts={loadStarts} inDevtools={inDevtools} i18n={i18n} />
    </>
  );
}

function LoadDetails({ group, i18n }: { group: LoadGroup; i18n: I18n }) {
  const load: PageLoad | undefined = group.load;
  if (!load || group.id === ORPHAN_GROUP_ID) {
    return (
      <section class="detail-section" data-testid="load-details">
        <h3>{i18n.t('panelDevtoolsOnly')}</h3>
        <p>{i18n.t('panelDevtoolsOnlyText')}</p>
      </section>
    );
  }
  const c = load.counts;
  const n = (value: number): string => i18n.number(value);
  const dropped = load.droppedSubresources + load.droppedErrors;
  return (
    <section class="detail-section" data-testid="load-details" aria-label={i18n.t('panelPageLoad')}>
      <h3>{i18n.t('panelPageLoad')}</h3>
      <p>
        <SafeLink url={load.url} />
      </p>
      <dl class="detail-facts">
        <Fact label={i18n.t('panelStarted')}>{formatClock(load.startedAt, i18n)}</Fact>
        <Fact label={i18n.t('panelState')}>{i18n.t(LOAD_STATES[load.state])}</Fact>
        <Fact label={i18n.t('panelPageStatus')}>
          {load.final
            ? `${load.final.statusCode} ${responsePhrase(load.final)}`
            : load.error
              ? i18n.t('panelNoResponse', load.error)
              : i18n.t('panelNotObservedReason', notObservedClause(load.notObservedReason, i18n))}
        </Fact>
        <Fact label={i18n.t('panelSubresources')}>
          {i18n.t('panelSubresourceCounts', n(c.total), n(c['2xx']), n(c['3xx']), n(c['4xx']), n(c['5xx']), n(c.failed), n(c.fromCache))}
        </Fact>
        {dropped > 0 ? <Fact label={i18n.t('panelNotKept')}>{i18n.count('panelNotKeptCount', dropped)}</Fact> : null}
      </dl>
    </section>
  );
}

export function DetailsPane({ line, loadStarts, inDevtools, onClose }: DetailsProps) {
  const i18n = useI18n();
  const close = i18n.t('panelCloseDetails');
  return (
    <aside class="details-pane" aria-label={i18n.t('panelDetailsLabel')} data-testid="details-pane">
      <button type="button" class="close-details" aria-label={close} title={close} onClick={onClose}>
        ×
      </button>
      {line.kind === 'load' ? (
        <LoadDetails group={line.group} i18n={i18n} />
      ) : line.kind === 'chain' ? (
        <ChainDetails unit={line.unit} loadStarts={loadStarts} inDevtools={inDevtools} i18n={i18n} />
      ) : (
        <RowDetails row={line.row} loadStarts={loadStarts} inDevtools={inDevtools} i18n={i18n} />
      )}
    </aside>
  );
}
