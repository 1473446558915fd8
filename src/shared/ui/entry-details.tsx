/** Everything the registry says about one meaning of a code: what it means, what to do, where it is defined. */
import type { HeaderEntry } from '../capture';
import type { MessageKey } from '../i18n/create-i18n';
import type { RetryAdvice, StatusEntry } from '../registry/registry-types';
import { EnglishMark, fieldLang, useEntryLanguage } from './entry-language';
import { safeHref } from './url-parts';
import { useI18n } from './use-i18n';

const RETRY: Readonly<Record<RetryAdvice, MessageKey>> = {
  no: 'uiRetryNo',
  immediately: 'uiRetryImmediately',
  later: 'uiRetryLater',
  'after-change': 'uiRetryAfterChange',
};

function SpecLink({ entry }: { entry: StatusEntry }) {
  const i18n = useI18n();
  const spec = entry.spec;
  if (!spec) return <p class="entry-origin">{i18n.t('uiDefinedBy', entry.origin.name)}</p>;
  const href = safeHref(spec.url);
  const name = `${spec.title}${spec.section ? ` §${spec.section}` : ''}`;
  return (
    <p class="entry-origin">
      {i18n.t('uiDefinedByLink', entry.origin.name)}{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {name}
          <span class="visually-hidden"> {i18n.t('uiNewTab')}</span>
        </a>
      ) : (
        name
      )}
    </p>
  );
}

export function HeaderList({ headers }: { headers: readonly HeaderEntry[] }) {
  return (
    <dl class="headers">
      {headers.map((h, i) => (
        <div class="header" key={`${i}:${h.name}`}>
          <dt>{h.name}</dt>
          <dd>{h.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function EntryDetails({ entry: english, headers }: { entry: StatusEntry; headers?: readonly HeaderEntry[] | undefined }) {
  // In the interface's language where the registry is translated; each field still in English is marked.
  const { localize, englishMark: mark } = useEntryLanguage();
  const i18n = useI18n();
  const entry = localize(english);
  // A registry entry from another build may carry advice this one does not know.
  const retry = RETRY[entry.retry] as MessageKey | undefined;
  return (
    <div class="entry" data-testid="entry-details">
      <p class="entry-explanation">
        <span lang={fieldLang(entry, 'explanation')}>{entry.explanation}</span>
        <EnglishMark entry={entry} field="explanation" mark={mark} />
      </p>
      {entry.causes.length > 0 ? (
        <>
          <p class="entry-label">
            {i18n.t('uiCommonCauses')}
            <EnglishMark entry={entry} field="causes" mark={mark} />
          </p>
          <ul class="entry-causes" lang={fieldLang(entry, 'causes')}>
            {entry.causes.map((cause, i) => (
              <li key={i}>{cause}</li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <strong>{i18n.t('uiIfVisiting')}</strong> <span lang={fieldLang(entry, 'visitorAdvice')}>{entry.visitorAdvice}</span>
        <EnglishMark entry={entry} field="visitorAdvice" mark={mark} />
      </p>
      <p>
        <strong>{i18n.t('uiIfOwner')}</strong> <span lang={fieldLang(entry, 'ownerAdvice')}>{entry.ownerAdvice}</span>
        <EnglishMark entry={entry} field="ownerAdvice" mark={mark} />
      </p>
      {entry.crawlerNote ? (
        <p>
          <strong>{i18n.t('uiCrawlers')}</strong> <span lang={fieldLang(entry, 'crawlerNote')}>{entry.crawlerNote}</span>
          <EnglishMark entry={entry} field="crawlerNote" mark={mark} />
        </p>
      ) : null}
      <p>
        <strong>{i18n.t('uiRetry')}</strong> {retry ? i18n.t(retry) : ''}
      </p>
      {headers && headers.length > 0 ? (
        <>
          <p class="entry-label">{i18n.t('uiHeadersThatMatter')}</p>
          <HeaderList headers={headers} />
        </>
      ) : entry.headers && entry.headers.length > 0 ? (
        <p>
          <strong>{i18n.t('uiHeadersWithIt')}</strong> {entry.headers.join(', ')}
        </p>
      ) : null}
      <SpecLink entry={entry} />
    </div>
  );
}
