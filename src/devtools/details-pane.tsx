/**
 * The selected line, explained: what the status means and why that meaning (from the registry, with
 * the error page's body when DevTools gave it), what to do about it, the spec, who answered and the
 * headers that said so, the connection and the timing. Everything from the network is text.
 */
import type { ComponentChildren } from 'preact';
import type { PageLoad } from '../shared/capture/capture-state';
import { vendorLine } from '../shared/ui/vendor-line';
import { useI18n } from '../shared/ui/use-i18n';
import { EnglishMark, fieldLang, useEntryLanguage } from '../shared/ui/entry-language';
import type { LocalizedEntry } from '../shared/registry/translations/localize';
import { madeBySentence } from '../shared/registry/maker-sentence';
import { responsePhrase } from '../shared/registry/response-phrase';
import { formatBytes, formatClock, formatMs, formatOffset } from './format';
import { findingLabel } from '../shared/words/finding-words';
import { notObservedClause } from '../shared/words/not-observed-words';
import { finalRow, ORPHAN_GROUP_ID, type LoadGroup, type RowUnit } from './row-groups';
import { explainRow, wordsFor } from './row-words';
import {
  durationOf,
  factSourceOf,
  methodOf,
  responseOf,
  rowSource,
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

/** The response's facts the details list (response-facts.ts decides which). */
const DETAIL_FACTS = RESPONSE_FACTS.filter((f) => f.details);
import type { TableLine } from './table-lines';

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

function Meaning({ entry, mark }: { entry: LocalizedEntry; mark: string }) {
  return (
    <>
      <section class="detail-section" aria-label="What it means">
        <h3>What it means</h3>
        <p data-testid="detail-explanation">
          <span lang={fieldLang(entry, 'explanation')}>{entry.explanation}</span>
          <EnglishMark entry={entry} field="explanation" mark={mark} />
        </p>
        {entry.causes.length > 0 ? (
          <>
            <h4>
              Common causes
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
      <section class="detail-section" aria-label="Advice">
        <h3>If you are visiting</h3>
        <p>
          <span lang={fieldLang(entry, 'visitorAdvice')}>{entry.visitorAdvice}</span>
          <EnglishMark entry={entry} field="visitorAdvice" mark={mark} />
        </p>
        <h3>If you run the site</h3>
        <p>
          <span lang={fieldLang(entry, 'ownerAdvice')}>{entry.ownerAdvice}</span>
          <EnglishMark entry={entry} field="ownerAdvice" mark={mark} />
        </p>
        {entry.crawlerNote ? (
          <>
            <h3>Search crawlers</h3>
            <p data-testid="detail-crawler">
              <span lang={fieldLang(entry, 'crawlerNote')}>{entry.crawlerNote}</span>
              <EnglishMark entry={entry} field="crawlerNote" mark={mark} />
            </p>
          </>
        ) : null}
        <p class="detail-spec">
          {entry.spec ? (
            <>
              Specification: <SafeLink url={entry.spec.url}>{`${entry.spec.title}${entry.spec.section ? ` §${entry.spec.section}` : ''}`}</SafeLink>
              {' · '}
            </>
          ) : null}
          Defined by {entry.origin.name}
        </p>
      </section>
    </>
  );
}

function Headers({ row }: { row: RequestRow }) {
  const ex = explainRow(row);
  let note: string;
  if (ex.headersFrom === 'devtools') note = 'As DevTools received them. Highlighted: the headers that identified who answered.';
  else if (ex.headersFrom === 'capture') note = 'Only the headers the extension keeps for a redirect hop (full headers come from DevTools while it is open).';
  else
    note =
      'Not observed: response headers come from DevTools’ network log, which has no record of this request (it was made while DevTools was closed, or before this panel opened in Firefox).';
  return (
    <section class="detail-section" aria-label="Response headers">
      <h3>Response headers{ex.headers.length > 0 ? ` (${ex.headers.length})` : ''}</h3>
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
                    {vendor ? <span class="identifies"> identifies {vendor}</span> : null}
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

function TimingSection({ row, loadStarts }: { row: RequestRow; loadStarts: ReadonlyMap<string, number> }) {
  const origin = row.loadId === undefined ? undefined : loadStarts.get(row.loadId);
  const { start } = row.record.timing;
  const duration = durationOf(row);
  const timings = row.har?.timings;
  return (
    <section class="detail-section" aria-label="Timing">
      <h3>Timing</h3>
      <dl class="detail-facts">
        <Fact label="Started">
          {start === undefined ? 'not observed' : `${formatClock(start)}${origin !== undefined ? ` (${formatOffset(start, origin)} into the page load)` : ''}`}
        </Fact>
        <Fact label="Duration">{duration === undefined ? 'not observed' : formatMs(duration)}</Fact>
        {timings
          ? (['blocked', 'dns', 'connect', 'ssl', 'send', 'wait', 'receive'] as const)
              .filter((phase) => timings[phase] !== undefined)
              .map((phase) => (
                <Fact label={phase === 'wait' ? 'waiting (TTFB)' : phase === 'ssl' ? 'TLS' : phase === 'dns' ? 'DNS' : phase} key={phase}>
                  {formatMs(timings[phase])}
                </Fact>
              ))
          : null}
      </dl>
    </section>
  );
}

function RowDetails({ row, loadStarts, inDevtools }: { row: RequestRow; loadStarts: ReadonlyMap<string, number>; inDevtools: boolean }) {
  const words = wordsFor(row);
  const ex = explainRow(row);
  // The registry's words in the interface's language where translated; what is still English is marked.
  const { localize, englishMark } = useEntryLanguage();
  const i18n = useI18n();
  const entry = ex.entry && localize(ex.entry);
  const har = row.har;
  const { url, error } = row.record;
  const response = responseOf(row);
  const status = response?.statusCode;
  const type = typeOf(row);
  const vendors = vendorsOf(row);
  const factSource = factSourceOf(row);
  const findings = row.kind === 'hop' ? row.findings : undefined;
  return (
    <article class="row-details" aria-labelledby="detail-heading" data-testid="details" data-row-id={row.id}>
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
            {`${ex.detail.code} was read from the error page’s body (DevTools gave the extension the response body).`}
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
        <section class="detail-section" aria-label="Findings">
          <h3>Findings</h3>
          <ul class="detail-findings">
            {findings.map((f) => (
              <li class={`sev-${f.severity}`} key={f.kind}>
                <strong>{findingLabel(f.kind)}:</strong> {f.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {ex.reason ? (
        <section class="detail-section" aria-label="Why this meaning">
          <h3>Why this meaning</h3>
          <p data-testid="detail-reason">{ex.reason}</p>
        </section>
      ) : null}
      {entry ? (
        <Meaning entry={entry} mark={englishMark} />
      ) : (
        <p class="muted">
          {error === undefined ? 'No response has been observed yet.' : 'No status was received, and the registry has no entry for this failure.'}
        </p>
      )}
      <section class="detail-section" aria-label="Response">
        <h3>Response</h3>
        <dl class="detail-facts">
          <Fact label="Status line">{response?.statusLine ?? (har && status !== undefined ? `${status} ${har.statusText}`.trim() : 'not observed')}</Fact>
          {DETAIL_FACTS.map((f) => {
            const value = f.value(factSource) ?? f.missing;
            // What the capture does not know, DevTools' own log may.
            const hint = value === f.missing && !inDevtools ? ' (open this panel in DevTools)' : '';
            return (
              <Fact label={f.label} key={f.key}>
                {`${value}${hint}`}
              </Fact>
            );
          })}
          <Fact label="Source">
            {REQUEST_SOURCE_LABELS[rowSource(row)]}
            {har?.serviceWorkerSource ? ` (${har.serviceWorkerSource})` : ''}
          </Fact>
          <Fact label="Type">{`${TYPE_LABELS[typeCategory(type)]} (${type})`}</Fact>
          {har?.transferSize !== undefined ? <Fact label="Transferred">{formatBytes(har.transferSize)}</Fact> : null}
          <Fact label="Answered by">
            {ex.madeBy ? <p class="made-by">{madeBySentence(ex.madeBy)}</p> : null}
            {ex.vendors.length > 0 ? (
              <ul class="detail-vendors">
                {ex.vendors.map((v) => (
                  <li key={v.id}>
                    {v.name}
                    {ex.madeBy?.id === v.id ? ' (made this response)' : ''}
                    <span class="muted">{` — ${v.header === 'body' ? 'error page' : v.header}: ${v.value}`}</span>
                  </li>
                ))}
              </ul>
            ) : vendors.length > 0 ? (
              vendorLine(i18n, vendors, true, ex.madeBy).text
            ) : (
              'no header named the server'
            )}
          </Fact>
          {response?.redirectUrl ? (
            <Fact label="Redirects to">
              <SafeLink url={response.redirectUrl} />
            </Fact>
          ) : null}
          {error ? <Fact label="Error">{error}</Fact> : null}
          {har?.body !== undefined ? (
            <Fact label="Body read">{`${formatBytes(har.body.length)}${har.bodyTruncated ? ' (first 64 KB)' : ''}, used to explain the status`}</Fact>
          ) : null}
        </dl>
      </section>
      <TimingSection row={row} loadStarts={loadStarts} />
      <Headers row={row} />
    </article>
  );
}

function ChainDetails({ unit, loadStarts, inDevtools }: { unit: RowUnit; loadStarts: ReadonlyMap<string, number>; inDevtools: boolean }) {
  return (
    <>
      <section class="detail-section chain-summary" aria-label="Redirect chain" data-testid="chain-details">
        <h3>{`Redirect chain: ${unit.rows.length} responses`}</h3>
        <ol class="chain-hops">
          {unit.rows.map((row, i) => (
            <li key={row.id} class={statusCss(statusOf(row))}>
              <span class="hop-n">{i + 1}</span>
              <span class="chain-code">{statusOf(row) ?? '✕'}</span> <span>{wordsFor(row).phrase}</span>
              <div class="muted chain-hop-url">{row.record.url}</div>
            </li>
          ))}
        </ol>
        {unit.findings.length > 0 ? (
          <ul class="detail-findings">
            {unit.findings.map((f) => (
              <li class={`sev-${f.severity}`} key={f.kind}>
                <strong>{findingLabel(f.kind)}:</strong> {f.message}
              </li>
            ))}
          </ul>
        ) : null}
        <p class="muted">The final response:</p>
      </section>
      <RowDetails row={finalRow(unit)} loadStarts={loadStarts} inDevtools={inDevtools} />
    </>
  );
}

function LoadDetails({ group }: { group: LoadGroup }) {
  const load: PageLoad | undefined = group.load;
  if (!load || group.id === ORPHAN_GROUP_ID) {
    return (
      <section class="detail-section" data-testid="load-details">
        <h3>Seen by DevTools only</h3>
        <p>These requests were in DevTools’ network log but started before the oldest page load the extension keeps.</p>
      </section>
    );
  }
  const c = load.counts;
  return (
    <section class="detail-section" data-testid="load-details" aria-label="Page load">
      <h3>Page load</h3>
      <p>
        <SafeLink url={load.url} />
      </p>
      <dl class="detail-facts">
        <Fact label="Started">{formatClock(load.startedAt)}</Fact>
        <Fact label="State">{load.state}</Fact>
        <Fact label="Page status">
          {load.final
            ? `${load.final.statusCode} ${responsePhrase(load.final)}`
            : load.error
              ? `No response: ${load.error}`
              : `Not observed: ${notObservedClause(load.notObservedReason)}`}
        </Fact>
        <Fact label="Sub-resources">{`${c.total} (2xx ${c['2xx']}, 3xx ${c['3xx']}, 4xx ${c['4xx']}, 5xx ${c['5xx']}, failed ${c.failed}, from cache ${c.fromCache})`}</Fact>
        {load.droppedSubresources + load.droppedErrors > 0 ? (
          <Fact label="Not kept">{`${load.droppedSubresources + load.droppedErrors} older requests (the per-page limit is set in the options)`}</Fact>
        ) : null}
      </dl>
    </section>
  );
}

export function DetailsPane({ line, loadStarts, inDevtools, onClose }: DetailsProps) {
  return (
    <aside class="details-pane" aria-label="Details of the selected line" data-testid="details-pane">
      <button type="button" class="close-details" aria-label="Close details (Escape)" title="Close details (Escape)" onClick={onClose}>
        ×
      </button>
      {line.kind === 'load' ? (
        <LoadDetails group={line.group} />
      ) : line.kind === 'chain' ? (
        <ChainDetails unit={line.unit} loadStarts={loadStarts} inDevtools={inDevtools} />
      ) : (
        <RowDetails row={line.row} loadStarts={loadStarts} inDevtools={inDevtools} />
      )}
    </aside>
  );
}
