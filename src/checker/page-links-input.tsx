/**
 * The links of one page (the tab the popup or the toolbar button's menu was opened on): read from the
 * page by a one-off script, resolved and de-duplicated by the pure core, the ones that cannot be
 * checked listed with the reason. Opened for a tab, the check starts as soon as the links are read.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { finalResponse, chainCodes, type CheckResult } from '../shared/checker/check-result';
import { pageLinks, type PageLinkOptions, type PageLinks } from '../shared/checker/page-links';
import { say, type MessageKey } from '../shared/checker/checker-phrase';
import { HostUrl } from '../shared/ui/host-url';
import { useI18n } from '../shared/ui/use-i18n';
import { MessageParts } from './message-parts';
import { statusCss } from '../shared/ui/status-class';
import type { CollectedLinks } from './collect-links';
import type { InputProps } from './input-tabs';

type Reading = { state: 'none' } | { state: 'reading' } | { state: 'needs-permission' } | { state: 'refused' } | { state: 'read'; page: CollectedLinks };

const SOURCE_LABELS: Readonly<Record<string, MessageKey>> = {
  a: 'checkerLinkSourceA',
  area: 'checkerLinkSourceArea',
  canonical: 'checkerLinkSourceCanonical',
  alternate: 'checkerLinkSourceAlternate',
  img: 'checkerLinkSourceImg',
  script: 'checkerLinkSourceScript',
};

/** The most links listed in the inputs' own table; the results table has every one. */
const MAX_LISTED = 500;

export function PageLinksInput({ env, provide, check }: InputProps) {
  const i18n = useI18n();
  const tabId = env.linksOf;
  const [reading, setReading] = useState<Reading>({ state: tabId === undefined ? 'none' : 'reading' });
  const [options, setOptions] = useState<PageLinkOptions>({});
  const started = useRef(false);

  const read = (id: number): void => {
    setReading({ state: 'reading' });
    void env.readPageLinks(id).then((page) => setReading(page === undefined ? { state: 'refused' } : { state: 'read', page }));
  };

  useEffect(() => {
    if (tabId === undefined) return;
    void env.canReadPages().then((allowed) => (allowed ? read(tabId) : setReading({ state: 'needs-permission' })));
  }, [env, tabId]);

  const page = reading.state === 'read' ? reading.page : undefined;
  const links = useMemo(() => (page === undefined ? undefined : pageLinks(page.links, page.base, options)), [page, options]);

  provide(() => {
    if (links === undefined) return { problem: i18n.t('checkerLinksNotRead') };
    if (links.targets.length === 0) return { problem: i18n.t('checkerLinksNone') };
    return { kind: 'page-links', links, targets: links.targets.map((t, i) => ({ url: t.url, line: i + 1 })) };
  });

  // One click in the popup: once read, the links are checked without a second click.
  useEffect(() => {
    if (links === undefined || started.current) return;
    started.current = true;
    if (links.targets.length > 0) check();
  }, [links]);

  return (
    <section class="page-links" data-testid="page-links" data-state={reading.state}>
      {reading.state === 'none' ? (
        <p>{i18n.t('checkerLinksHowTo')}</p>
      ) : reading.state === 'reading' ? (
        <p>{i18n.t('checkerLinksReading')}</p>
      ) : reading.state === 'needs-permission' ? (
        <p>
          {i18n.t('checkerLinksNeedPermission')}{' '}
          <button
            type="button"
            data-testid="allow-reading"
            onClick={() => {
              void env.allowReadingPages().then((granted) => (granted && tabId !== undefined ? read(tabId) : setReading({ state: 'needs-permission' })));
            }}
          >
            {i18n.t('checkerLinksAllow')}
          </button>
        </p>
      ) : reading.state === 'refused' ? (
        <p class="problem" data-testid="page-refused">
          {i18n.t('checkerLinksRefused')}
        </p>
      ) : (
        <PageSummary page={reading.page} links={links!} options={options} setOptions={setOptions} />
      )}
    </section>
  );
}

function PageSummary({
  page,
  links,
  options,
  setOptions,
}: {
  page: CollectedLinks;
  links: PageLinks;
  options: PageLinkOptions;
  setOptions: (o: PageLinkOptions) => void;
}) {
  const i18n = useI18n();
  const found = links.targets.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <p data-testid="page-summary">
        <MessageParts
          i18n={i18n}
          id={'checkerLinksSummary'}
          parts={[
            <strong key="title">{page.title || page.url}</strong>,
            <HostUrl url={page.url} key="url" />,
            i18n.number(links.targets.length),
            i18n.number(found),
            i18n.number(links.skipped.length),
          ]}
        />
        {page.more > 0 ? ` ${i18n.count('checkerLinksMore', page.more)}` : ''}
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            data-testid="with-images"
            checked={options.images === true}
            onChange={(e) => setOptions({ ...options, images: (e.target as HTMLInputElement).checked })}
          />{' '}
          {i18n.t('checkerLinksImages')}
        </label>{' '}
        <label>
          <input
            type="checkbox"
            data-testid="with-scripts"
            checked={options.scripts === true}
            onChange={(e) => setOptions({ ...options, scripts: (e.target as HTMLInputElement).checked })}
          />{' '}
          {i18n.t('checkerLinksScripts')}
        </label>
      </p>
      {links.skipped.length > 0 ? (
        <details class="skipped" data-testid="skipped" open>
          <summary>{i18n.count('checkerLinksSkipped', links.skipped.length)}</summary>
          <ul>
            {links.skipped.slice(0, MAX_LISTED).map((s) => (
              <li key={`${s.reason} ${s.href}`} data-testid="skipped-link" data-reason={s.reason} data-count={s.count}>
                <code>{s.href || i18n.t('checkerLinksEmptyHref')}</code>
                {s.text !== '' ? <span class="link-text"> “{s.text}”</span> : null}
                {s.count > 1 ? ` ×${i18n.number(s.count)}` : ''} — {say(i18n, s.message)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

/** Each link with its text, how often the page has it, where it appears, and the status it got. */
export function PageLinksResults({ links, results }: { links: PageLinks; results: readonly CheckResult[]; tick: number }) {
  const i18n = useI18n();
  return (
    <section class="results" aria-labelledby="links-title">
      <h2 id="links-title">{i18n.t('checkerLinksTitle')}</h2>
      <table data-testid="page-link-table">
        <thead>
          <tr>
            <th scope="col">{i18n.t('checkerColText')}</th>
            <th scope="col">URL</th>
            <th scope="col">{i18n.t('checkerColTimes')}</th>
            <th scope="col">{i18n.t('checkerColFoundIn')}</th>
            <th scope="col">{i18n.t('checkerColStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {links.targets.slice(0, MAX_LISTED).map((t, i) => {
            // The run checks the targets in this order: result i is link i.
            const result = results[i];
            const final = result === undefined ? undefined : finalResponse(result);
            return (
              <tr
                key={t.url}
                data-testid="link-row"
                data-url={t.url}
                data-count={t.count}
                data-status={final?.statusCode ?? ''}
                class={statusCss(final?.statusCode)}
              >
                <td>{t.text}</td>
                <td class="url">
                  <HostUrl url={t.url} />
                </td>
                <td class="code">{t.count}</td>
                <td>{t.sources.map((s) => (SOURCE_LABELS[s] === undefined ? s : i18n.t(SOURCE_LABELS[s]))).join(', ')}</td>
                <td class="hops">{result === undefined || result.state !== 'done' ? '' : chainCodes(result.chain) || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {links.targets.length > MAX_LISTED ? <p class="note">{i18n.t('checkerLinksFirstListed', i18n.number(MAX_LISTED))}</p> : null}
    </section>
  );
}
