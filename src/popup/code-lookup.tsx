/**
 * Look up any code: HTTP, IIS sub-status, vendor (Cloudflare 1020), SIP ("sip 486"), browser errors
 * (ERR_NAME_NOT_RESOLVED) or a word ("teapot"). The search index is built on first use, in a chunk of
 * its own, so opening the popup does not pay for it.
 */
import { useRef, useState } from 'preact/hooks';
import type { StatusEntry } from '../shared/registry/registry-types';
import { EntryDetails } from '../shared/ui/entry-details';
import { EnglishMark, fieldLang, useEntryLanguage } from '../shared/ui/entry-language';
import { LazyDetails } from '../shared/ui/lazy-details';
import { classCss } from '../shared/ui/status-class';
import { useI18n } from '../shared/ui/use-i18n';
import { entryCodeLabel, lifecycleLabel } from './lookup-words';

type SearchModule = typeof import('../shared/registry/search');

let searchModule: Promise<SearchModule> | undefined;
function loadSearch(): Promise<SearchModule> {
  searchModule ??= import('../shared/registry/search');
  return searchModule;
}

const LIMIT = 20;

function Result({ entry: english }: { entry: StatusEntry }) {
  const { localize, englishMark } = useEntryLanguage();
  const i18n = useI18n();
  const entry = localize(english);
  const lifecycle = lifecycleLabel(entry.lifecycle, i18n);
  return (
    <li class={`lookup-result ${classCss(entry.class)}`} data-testid="lookup-result" data-code={entry.code} data-origin={entry.origin.id}>
      <LazyDetails
        summaryClass="lookup-summary"
        summary={
          <>
            <span class="lookup-code">{entryCodeLabel(entry)}</span> <span class="lookup-phrase">{entry.phrase}</span>{' '}
            <span class="lookup-origin">
              {entry.origin.name}
              {lifecycle ? <span class="tag">{lifecycle}</span> : null}
            </span>{' '}
            <span class="lookup-text" lang={fieldLang(entry, 'summary')}>
              {entry.summary}
            </span>
            <EnglishMark entry={entry} field="summary" mark={englishMark} />
          </>
        }
      >
        {() => <EntryDetails entry={english} />}
      </LazyDetails>
    </li>
  );
}

export function CodeLookup() {
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<StatusEntry[] | undefined>();
  // The chosen language's words find codes too ('nicht gefunden'), once its translations are here.
  const { table } = useEntryLanguage();
  const i18n = useI18n();
  const latest = useRef('');

  const run = async (text: string): Promise<void> => {
    latest.current = text;
    if (text.trim() === '') {
      setResults(undefined);
      return;
    }
    const { search } = await loadSearch();
    // Typing is faster than the first load of the index: only the newest query may answer.
    if (latest.current === text) setResults(search(text, LIMIT, { translations: table }));
  };

  const clear = (): void => {
    setQuery('');
    latest.current = '';
    setResults(undefined);
  };

  return (
    <section class="lookup" aria-labelledby="lookup-title" data-testid="lookup">
      <h2 id="lookup-title">{i18n.t('popupLookupTitle')}</h2>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label for="lookup-input" class="visually-hidden">
          {i18n.t('popupLookupLabel')}
        </label>
        <input
          id="lookup-input"
          data-testid="lookup-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder={i18n.t('popupLookupPlaceholder')}
          aria-describedby="lookup-status"
          value={query}
          onFocus={() => void loadSearch()}
          onInput={(e) => {
            const text = e.currentTarget.value;
            setQuery(text);
            void run(text);
          }}
          onKeyDown={(e) => {
            if (e.key !== 'Escape' || query === '') return;
            // Clear the box rather than close the popup.
            e.preventDefault();
            e.stopPropagation();
            clear();
          }}
        />
      </form>
      <p id="lookup-status" class="status" role="status" data-testid="lookup-status">
        {results === undefined
          ? ''
          : results.length === 0
            ? i18n.t('popupLookupNone', query.trim())
            : i18n.count(results.length === LIMIT ? 'popupLookupFirst' : 'popupLookupCount', results.length, query.trim())}
      </p>
      {results && results.length > 0 ? (
        <ul class="lookup-results" data-testid="lookup-results" aria-label={i18n.t('popupLookupResults')}>
          {results.map((entry) => (
            <Result entry={entry} key={`${entry.protocol}:${entry.code}:${entry.origin.id}`} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
