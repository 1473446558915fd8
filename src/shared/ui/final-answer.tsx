/**
 * The answer at the top: the final status, large and coloured by class, what it means, who answered
 * it (with the header that proves it) and where the response came from. When there was no response,
 * it says why instead, and never shows an invented code.
 */
import { finalHop } from '../capture/final-hop';
import type { LoadHead } from '../tab-view';
import { EntryDetails, HeaderList } from './entry-details';
import { EnglishMark, fieldLang, useEntryLanguage } from './entry-language';
import { HostUrl } from './host-url';
import { LazyDetails } from './lazy-details';
import { arrivedByText } from '../words/made-by-words';
import { notObservedWords } from '../words/not-observed-words';
import { loadSourceSentence } from '../words/source-words';
import { useRegistry } from './registry-source';
import { statusCss } from './status-class';
import { responsePhrase } from '../registry/response-phrase';
import { errorEntry, explanationEntry } from './response-words';
import { vendorLine } from './vendor-line';
import { useI18n } from './use-i18n';

/** A message around an element (a URL shown with its host in bold): the text before and after where it goes. */
const MARK = '\uE000';

function AnsweredBy({ load }: { load: LoadHead }) {
  const i18n = useI18n();
  const line = vendorLine(i18n, load.final?.vendors, true, load.final?.explanation?.madeBy);
  const proofs = line.layers.flatMap((l) => (l.proof ? [l.proof] : []));
  return (
    <div class="fact">
      <dt>{i18n.t('uiAnsweredBy')}</dt>
      <dd data-testid="vendor-line">
        <span class="vendor-text">{line.text || i18n.t('uiVendorUnknown')}</span>
        {line.madeBy ? <span class="made-by">{` ${line.madeBy}`}</span> : null}
        {proofs.length > 0 ? (
          <span class="proof">
            <span class="visually-hidden">{`${i18n.t('uiShownByHeaders')} `}</span>
            {proofs.map((proof, i) => (
              <code key={i}>{proof}</code>
            ))}
          </span>
        ) : null}
      </dd>
    </div>
  );
}

function SourceFact({ load }: { load: LoadHead }) {
  const i18n = useI18n();
  return (
    <div class="fact">
      <dt>{i18n.t('uiSource')}</dt>
      <dd data-testid="source">{loadSourceSentence(load, i18n)}</dd>
    </div>
  );
}

function Arrived({ load }: { load: LoadHead }) {
  const i18n = useI18n();
  const text = arrivedByText(load.arrivedBy, i18n);
  return text ? <p class="arrived">{text}</p> : null;
}

export function FinalAnswer({ load }: { load: LoadHead }) {
  // The stored words show at once; the registry's fuller ones when it has loaded.
  const registryReady = useRegistry();
  const { localize, englishMark } = useEntryLanguage();
  const i18n = useI18n();
  const final = load.final;
  const url = load.chain.at(-1)?.url ?? load.url;
  if (final) {
    const hop = finalHop(load);
    const entry = explanationEntry(final.explanation);
    const phrase = responsePhrase(final);
    // The summary is the registry entry's, shown once the registry is here (the capture stores no prose),
    // in the interface's language where it is translated.
    const local = entry && localize(entry);
    const code = final.explanation?.code;
    const detailCode = code !== undefined && code !== String(final.statusCode) ? code : undefined;
    return (
      <section class={`final ${statusCss(final.statusCode)}`} data-testid="final" data-status={final.statusCode} aria-labelledby="final-title">
        <h2 id="final-title" class="visually-hidden">
          {i18n.t('uiFinalAnswer')}
        </h2>
        <p class="final-head">
          <span class="final-code">{final.statusCode}</span> <span class="final-phrase">{phrase}</span>
          {detailCode ? <span class="final-detail"> ({detailCode})</span> : null}
        </p>
        {local?.summary ? (
          <p class="final-summary">
            <span lang={fieldLang(local, 'summary')}>{local.summary}</span>
            <EnglishMark entry={local} field="summary" mark={englishMark} />
          </p>
        ) : null}
        <p class="final-url">
          <HostUrl url={url} />
        </p>
        <Arrived load={load} />
        <dl class="facts">
          <AnsweredBy load={load} />
          <SourceFact load={load} />
        </dl>
        <LazyDetails class="explain" summary={code !== undefined ? i18n.t('uiWhatCodeMeans', code, phrase) : i18n.t('uiResponseDetails')}>
          {() => (
            <>
              {final.statusLine ? (
                <p>
                  <strong>{i18n.t('uiStatusLine')}</strong> <code>{final.statusLine}</code>
                </p>
              ) : null}
              {entry ? (
                <EntryDetails entry={entry} headers={hop?.headers} />
              ) : !registryReady ? null : (
                <>
                  <p>{i18n.t('uiNoMeaning', String(final.statusCode))}</p>
                  {hop?.headers && hop.headers.length > 0 ? <HeaderList headers={hop.headers} /> : null}
                </>
              )}
            </>
          )}
        </LazyDetails>
      </section>
    );
  }
  if (load.error && !registryReady) {
    // Nothing stored names a failed load's error: its words wait for the registry, a moment away.
    return (
      <p class="empty" data-testid="reading">
        {i18n.t('uiReading')}
      </p>
    );
  }
  if (load.error) {
    const english = errorEntry(load.error);
    const entry = english && localize(english);
    return (
      <section class="final cnone" data-testid="error" aria-labelledby="final-title">
        <h2 id="final-title" class="visually-hidden">
          {i18n.t('uiFinalAnswer')}
        </h2>
        <p class="final-head">
          <span class="final-none">{i18n.t('uiNoResponse')}</span> <span class="final-phrase">{entry?.phrase ?? load.error}</span>
        </p>
        <p class="final-error-code">
          <code>{load.error}</code>
        </p>
        {entry ? (
          <p class="final-summary">
            <span lang={fieldLang(entry, 'summary')}>{entry.summary}</span>
            <EnglishMark entry={entry} field="summary" mark={englishMark} />
          </p>
        ) : null}
        <p class="final-url">
          <HostUrl url={url} />
        </p>
        {english ? (
          <LazyDetails class="explain" summary={i18n.t('uiWhatErrorMeans', english.code)}>
            {() => <EntryDetails entry={english} />}
          </LazyDetails>
        ) : null}
      </section>
    );
  }
  if (load.notObservedReason || (load.state !== 'loading' && load.source === 'not-observable')) {
    const words = notObservedWords(load.notObservedReason, i18n);
    return (
      <section class="final cnone" data-testid="not-observed" data-reason={load.notObservedReason ?? ''} aria-labelledby="final-title">
        <h2 id="final-title" class="visually-hidden">
          {i18n.t('uiFinalAnswer')}
        </h2>
        <p class="final-head">
          <span class="final-none">{i18n.t('uiNotObserved')}</span>
        </p>
        <p class="not-observed-title">{words.title}</p>
        <p class="not-observed-detail">{words.detail}</p>
        {/* A browser page may be a later one than the load kept (chrome:// commits are not reported): no URL. */}
        {load.url && load.notObservedReason !== 'browser-page' ? (
          <p class="final-url">
            <HostUrl url={load.url} />
          </p>
        ) : null}
      </section>
    );
  }
  if (load.state === 'loading') {
    const [before, after] = i18n.t('uiLoading', MARK).split(MARK);
    return (
      <p class="empty" data-testid="loading">
        {before}
        <HostUrl url={url} />
        {after}
      </p>
    );
  }
  const words = notObservedWords(undefined, i18n);
  return (
    <section class="final cnone" data-testid="not-observed" data-reason="" aria-labelledby="final-title">
      <h2 id="final-title" class="visually-hidden">
        {i18n.t('uiFinalAnswer')}
      </h2>
      <p class="final-head">
        <span class="final-none">{words.title}</span>
      </p>
      <p class="not-observed-detail">{words.detail}</p>
    </section>
  );
}
