/**
 * The links of one page (the tab the popup or the toolbar button's menu was opened on): read from the
 * page by a one-off script, resolved and de-duplicated by the pure core, the ones that cannot be
 * checked listed with the reason. Opened for a tab, the check starts as soon as the links are read.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { finalResponse, chainCodes, type CheckResult } from '../shared/checker/check-result';
import { pageLinks, type PageLinkOptions, type PageLinks } from '../shared/checker/page-links';
import { HostUrl } from '../shared/ui/host-url';
import { statusCss } from '../shared/ui/status-class';
import type { CollectedLinks } from './collect-links';
import type { InputProps } from './input-tabs';

type Reading = { state: 'none' } | { state: 'reading' } | { state: 'needs-permission' } | { state: 'refused' } | { state: 'read'; page: CollectedLinks };

const SOURCE_LABELS: Readonly<Record<string, string>> = {
  a: 'link',
  area: 'image map',
  canonical: 'canonical',
  alternate: 'alternate',
  img: 'image',
  script: 'script',
};

export function PageLinksInput({ env, provide, check }: InputProps) {
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
    if (links === undefined) return { problem: 'No page’s links have been read: open the toolbar popup on the page and choose “Check this page’s links”.' };
    if (links.targets.length === 0) return { problem: 'The page has no http or https link to check.' };
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
        <p>
          To check the links of a page, open the toolbar popup on that page and choose “Check this page’s links”, or use the same entry of the toolbar button’s
          menu.
        </p>
      ) : reading.state === 'reading' ? (
        <p>Reading the page’s links…</p>
      ) : reading.state === 'needs-permission' ? (
        <p>
          Reading the links needs the permission to run a small script in the page, once; it only reads the page.{' '}
          <button
            type="button"
            data-testid="allow-reading"
            onClick={() => {
              void env.allowReadingPages().then((granted) => (granted && tabId !== undefined ? read(tabId) : setReading({ state: 'needs-permission' })));
            }}
          >
            Allow and read the links
          </button>
        </p>
      ) : reading.state === 'refused' ? (
        <p class="problem" data-testid="page-refused">
          The browser does not let extensions read this page (a browser page, an add-on store, or a tab that was closed).
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
  const found = links.targets.reduce((n, t) => n + t.count, 0);
  return (
    <>
      <p data-testid="page-summary">
        Links of <strong>{page.title || page.url}</strong> (<HostUrl url={page.url} />
        ): {links.targets.length.toLocaleString('en')} to check ({found.toLocaleString('en')} found), {links.skipped.length.toLocaleString('en')} skipped.
        {page.more > 0 ? ` ${page.more.toLocaleString('en')} more elements were not read.` : ''}
      </p>
      <p>
        <label>
          <input
            type="checkbox"
            data-testid="with-images"
            checked={options.images === true}
            onChange={(e) => setOptions({ ...options, images: (e.target as HTMLInputElement).checked })}
          />{' '}
          Images too
        </label>{' '}
        <label>
          <input
            type="checkbox"
            data-testid="with-scripts"
            checked={options.scripts === true}
            onChange={(e) => setOptions({ ...options, scripts: (e.target as HTMLInputElement).checked })}
          />{' '}
          Scripts too
        </label>
      </p>
      {links.skipped.length > 0 ? (
        <details class="skipped" data-testid="skipped" open>
          <summary>
            {links.skipped.length} {links.skipped.length === 1 ? 'link' : 'links'} not checked
          </summary>
          <ul>
            {links.skipped.slice(0, 500).map((s) => (
              <li key={`${s.reason} ${s.href}`} data-testid="skipped-link" data-reason={s.reason} data-count={s.count}>
                <code>{s.href || '(empty)'}</code>
                {s.text !== '' ? <span class="link-text"> “{s.text}”</span> : null}
                {s.count > 1 ? ` ×${s.count}` : ''} — {s.message}
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
  return (
    <section class="results" aria-labelledby="links-title">
      <h2 id="links-title">The page’s links</h2>
      <table data-testid="page-link-table">
        <thead>
          <tr>
            <th scope="col">Text</th>
            <th scope="col">URL</th>
            <th scope="col">Times</th>
            <th scope="col">Found in</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {links.targets.slice(0, 500).map((t, i) => {
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
                <td>{t.sources.map((s) => SOURCE_LABELS[s] ?? s).join(', ')}</td>
                <td class="hops">{result === undefined || result.state !== 'done' ? '' : chainCodes(result.chain) || '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {links.targets.length > 500 ? <p class="note">The first 500 links are listed here; the results below hold them all.</p> : null}
    </section>
  );
}
