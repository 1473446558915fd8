/**
 * The redirect chain, hop by hop from the address asked for down to the final answer (the final hop
 * included, as the panel and the exports count it): each hop's status, what kind of redirect it was,
 * who made it, and the chain's findings marked on the hops they concern, each with advice.
 */
import { Fragment } from 'preact';
import type { Finding, Hop } from '../capture';
import type { LoadHead } from '../tab-view';
import { EntryDetails, HeaderList } from './entry-details';
import { hopRanges } from '../words/hop-ranges';
import { findingAdvice, findingMessage, findingsByHop, findingShort, findingTitle, severityLabel, sortFindings, worstSeverity } from '../words/finding-words';
import { hopTags } from '../words/hop-tags';
import { HostUrl } from './host-url';
import { LazyDetails } from './lazy-details';
import { hopMaker } from '../words/made-by-words';
import { useRegistry } from './registry-source';
import { statusCss } from './status-class';
import { responsePhrase } from '../registry/response-phrase';
import { errorEntry, explanationEntry } from './response-words';
import { vendorLine } from './vendor-line';
import { responseFactsLine } from '../words/response-facts';
import type { I18n } from '../i18n/create-i18n';
import { useI18n } from './use-i18n';

/** Whether the browser was sent on at least once: a page reached directly has no chain to show. */
function redirected(load: LoadHead): boolean {
  return load.chain.length > 1 || load.chain[0]?.redirectUrl !== undefined;
}

/** The hop's words; a chain that ended without a response (a loop's last request) gives its error in the final answer's words. */
export function hopPhrase(hop: Hop): string {
  if (hop.statusCode === undefined && hop.error !== undefined) return errorEntry(hop.error)?.phrase ?? hop.error;
  return responsePhrase(hop);
}

/** 'answered by nginx behind Cloudflare', 'made by the browser (HSTS upgrade)', or ''. The checker's rows say it the same way. */
export function whoText(hop: Hop, i18n: I18n): string {
  const made = hopMaker(hop.madeBy, i18n);
  if (made) return i18n.t('uiMadeBy', made);
  const line = vendorLine(i18n, hop.vendors, true, hop.explanation?.madeBy).text;
  return line ? i18n.t('uiAnsweredByWho', line) : '';
}

function HopBody({ hop, next, findings }: { hop: Hop; next: Hop | undefined; findings: readonly Finding[] }) {
  const i18n = useI18n();
  const tags = hopTags(hop, i18n);
  const target = hop.redirectUrl ?? next?.url;
  const vendors = vendorLine(i18n, hop.vendors, true, hop.explanation?.madeBy);
  // A hop that failed has no response to explain: its error does.
  const entry = explanationEntry(hop.explanation) ?? errorEntry(hop.error);
  // Who answered is in the hop's summary already.
  const facts = responseFactsLine({ record: hop }, i18n, ['server']);
  return (
    <>
      {target ? (
        <p>
          <strong>{i18n.t('uiSentTo')}</strong> <span class="url">{<HostUrl url={target} />}</span>
        </p>
      ) : null}
      {tags.length > 0 ? (
        <ul class="tag-notes">
          {tags.map((t) => (
            <li key={t.kind}>
              <strong>{t.label}:</strong> {t.description}
            </li>
          ))}
        </ul>
      ) : null}
      {findings.map((f, i) => (
        <p class={`finding-note sev-${f.severity}`} key={i}>
          <strong>
            {severityLabel(f.severity, i18n)}: {findingTitle(f.kind, i18n)}.
          </strong>{' '}
          {findingAdvice(f.kind, i18n)}
        </p>
      ))}
      {vendors.layers.some((l) => l.proof) ? (
        <p>
          <strong>{i18n.t('uiHopAnsweredBy')}</strong> {vendors.text} ({vendors.layers.flatMap((l) => (l.proof ? [l.proof] : [])).join('; ')})
        </p>
      ) : null}
      {vendors.madeBy ? <p class="made-by">{vendors.madeBy}</p> : null}
      {facts !== '' ? <p class="hop-facts">{facts}</p> : null}
      {hop.statusLine ? (
        <p>
          <strong>{i18n.t('uiStatusLine')}</strong> <code>{hop.statusLine}</code>
        </p>
      ) : null}
      {entry ? <EntryDetails entry={entry} headers={hop.headers} /> : hop.headers && hop.headers.length > 0 ? <HeaderList headers={hop.headers} /> : null}
    </>
  );
}

function HopRow({ hop, next, number, findings }: { hop: Hop; next: Hop | undefined; number: number; findings: readonly Finding[] }) {
  const i18n = useI18n();
  const tags = hopTags(hop, i18n);
  const who = whoText(hop, i18n);
  const severity = worstSeverity(findings);
  return (
    <li
      class={`hop ${statusCss(hop.statusCode)}${severity ? ` flagged sev-${severity}` : ''}`}
      data-testid="hop"
      data-status={hop.statusCode ?? ''}
      data-findings={findings.map((f) => f.kind).join(' ')}
    >
      <LazyDetails
        summaryClass="hop-summary"
        summary={
          <>
            <span class="hop-index" aria-hidden="true">
              {number}
            </span>{' '}
            <span class="hop-code">{hop.statusCode ?? '—'}</span>{' '}
            <span class="hop-line">
              <span class="hop-phrase">{hopPhrase(hop)}</span>
              {tags.map((t) => (
                <Fragment key={t.kind}>
                  {' '}
                  <span class={`tag tag-${t.kind}`} data-testid="hop-tag">
                    {t.label}
                  </span>
                </Fragment>
              ))}
            </span>{' '}
            <span class="hop-url">
              <HostUrl url={hop.url} />
            </span>{' '}
            {who || findings.length > 0 ? (
              <span class="hop-who">
                {who ? <span class="who-text">{who}</span> : null}
                {findings.map((f, i) => (
                  <Fragment key={i}>
                    {' '}
                    <span class={`flag sev-${f.severity}`} title={findingTitle(f.kind, i18n)}>
                      <span class="visually-hidden">{severityLabel(f.severity, i18n)}: </span>
                      {findingShort(f.kind, i18n)}
                    </span>
                  </Fragment>
                ))}
              </span>
            ) : null}
          </>
        }
      >
        {() => <HopBody hop={hop} next={next} findings={findings} />}
      </LazyDetails>
    </li>
  );
}

export function FindingList({ findings, chain, firstNumber }: { findings: readonly Finding[]; chain: readonly Hop[]; firstNumber: number }) {
  const i18n = useI18n();
  return (
    <ul class="findings" data-testid="findings" aria-label={i18n.t('uiFindingsLabel')}>
      {sortFindings(findings).map((f, i) => {
        const where = hopRanges(
          f.hops.map((i) => i + firstNumber),
          i18n,
        );
        return (
          <li class={`finding sev-${f.severity}`} data-testid="finding" data-kind={f.kind} data-severity={f.severity} key={i}>
            <p class="finding-title">
              <span class="sev">{severityLabel(f.severity, i18n)}</span> <strong>{findingTitle(f.kind, i18n)}</strong>
              {where ? <span class="finding-where"> ({where})</span> : null}
            </p>
            <p class="finding-message">{findingMessage(f, chain, i18n)}</p>
            <p class="finding-advice">{findingAdvice(f.kind, i18n)}</p>
          </li>
        );
      })}
    </ul>
  );
}

export function RedirectChain({ load }: { load: LoadHead }) {
  // Hops show the words stored with them at once; the registry's details when it has loaded.
  useRegistry();
  const i18n = useI18n();
  if (!redirected(load)) return null;
  const hops = load.chain;
  const byHop = findingsByHop(load.findings);
  const firstNumber = load.droppedHops + 1;
  return (
    <section class="chain-section" aria-labelledby="chain-title">
      <h2 id="chain-title" class="chain-title">
        {i18n.count('uiChainTitle', hops.length)}
      </h2>
      {load.droppedHops > 0 ? <p class="note">{i18n.count('uiDroppedHops', load.droppedHops)}</p> : null}
      {/* What is wrong first (a loop has twenty hops to scroll past), then the hops, which carry the same flags. */}
      {load.findings.length > 0 ? <FindingList findings={load.findings} chain={hops} firstNumber={firstNumber} /> : null}
      <ol class="chain" data-testid="chain" start={firstNumber}>
        {hops.map((hop, i) => (
          <HopRow hop={hop} next={load.chain[i + 1]} number={firstNumber + i} findings={byHop.get(i) ?? []} key={`${i}:${hop.url}`} />
        ))}
      </ol>
    </section>
  );
}
