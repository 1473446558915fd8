/** Everything the registry says about one meaning of a code: what it means, what to do, where it is defined. */
import type { HeaderEntry } from '../capture';
import type { RetryAdvice, StatusEntry } from '../registry/registry-types';
import { EnglishMark, fieldLang, useEntryLanguage } from './entry-language';
import { safeHref } from './url-parts';

const RETRY: Readonly<Record<RetryAdvice, string>> = {
  no: 'Trying again will get the same answer.',
  immediately: 'Trying again straight away may well work.',
  later: 'Trying again later may work (see Retry-After, if sent).',
  'after-change': 'Only worth trying again after changing something (logging in, fixing the request).',
};

function SpecLink({ entry }: { entry: StatusEntry }) {
  const spec = entry.spec;
  if (!spec) return <p class="entry-origin">Defined by {entry.origin.name}.</p>;
  const href = safeHref(spec.url);
  const name = `${spec.title}${spec.section ? ` §${spec.section}` : ''}`;
  return (
    <p class="entry-origin">
      Defined by {entry.origin.name}:{' '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {name}
          <span class="visually-hidden"> (opens in a new tab)</span>
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
  const entry = localize(english);
  return (
    <div class="entry" data-testid="entry-details">
      <p class="entry-explanation">
        <span lang={fieldLang(entry, 'explanation')}>{entry.explanation}</span>
        <EnglishMark entry={entry} field="explanation" mark={mark} />
      </p>
      {entry.causes.length > 0 ? (
        <>
          <p class="entry-label">
            Common causes
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
        <strong>If you are visiting:</strong> <span lang={fieldLang(entry, 'visitorAdvice')}>{entry.visitorAdvice}</span>
        <EnglishMark entry={entry} field="visitorAdvice" mark={mark} />
      </p>
      <p>
        <strong>If you run the site:</strong> <span lang={fieldLang(entry, 'ownerAdvice')}>{entry.ownerAdvice}</span>
        <EnglishMark entry={entry} field="ownerAdvice" mark={mark} />
      </p>
      {entry.crawlerNote ? (
        <p>
          <strong>Search crawlers:</strong> <span lang={fieldLang(entry, 'crawlerNote')}>{entry.crawlerNote}</span>
          <EnglishMark entry={entry} field="crawlerNote" mark={mark} />
        </p>
      ) : null}
      <p>
        {/* eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a registry entry from another build may carry advice this one does not know */}
        <strong>Retry:</strong> {RETRY[entry.retry] ?? ''}
      </p>
      {headers && headers.length > 0 ? (
        <>
          <p class="entry-label">Headers that matter</p>
          <HeaderList headers={headers} />
        </>
      ) : entry.headers && entry.headers.length > 0 ? (
        <p>
          <strong>Headers that go with it:</strong> {entry.headers.join(', ')}
        </p>
      ) : null}
      <SpecLink entry={entry} />
    </div>
  );
}
