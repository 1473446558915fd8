/**
 * The toolbar popup: what the page returned and what it means, who answered, how the browser got
 * there, the page's failing sub-resources, copy/export, earlier loads, and a lookup box for any code.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import { storyLoad } from '../shared/capture/selectors';
import { SubresourceList } from '../shared/ui/subresource-list';
import { TabStory } from '../shared/ui/tab-story';
import { CodeLookup } from './code-lookup';
import { EmptyState } from './empty-state';
import { emptyKind } from './empty-kind';
import { ExportPanel } from './export-panel';
import { LoadPicker } from './load-picker';
import { useI18n } from '../shared/ui/use-i18n';
import type { PopupEnv } from './popup-env';
import type { TabFeed, TabFeedState } from './tab-feed';

/** `?tab=ID`: the view was popped out into a tab of its own (or opened by a test). */
export function isPoppedOut(search: string): boolean {
  return new URLSearchParams(search).has('tab');
}

export function PopupApp({
  search,
  env,
  feed,
}: {
  search: string;
  env: Pick<PopupEnv, 'openInTab' | 'openAllRequests' | 'openChecker' | 'openPageLinks' | 'reloadTab' | 'close' | 'fullLoad' | 'failingRows'>;
  feed: TabFeed;
}) {
  const [{ tabId, view, tabUrl }, setState] = useState<TabFeedState>(feed.get);
  const [pickedId, setPickedId] = useState<string | undefined>();
  const poppedOut = isPoppedOut(search);
  const i18n = useI18n();
  /** Opens another page in a tab: a toolbar popup gives way to it; a popped-out view stays open beside it. */
  const openBeside = (opening: Promise<unknown>): void => {
    void opening.then(() => {
      if (!poppedOut) env.close();
    });
  };

  // Layout effect: subscribe before the first paint, so nothing that arrives meanwhile waits a frame.
  useLayoutEffect(() => {
    setState(feed.get());
    return feed.subscribe(() => setState(feed.get()));
  }, [feed]);

  const current = storyLoad(view?.loads);
  const loads = view?.loads ?? [];
  const picked = pickedId === undefined ? undefined : loads.find((l) => l.id === pickedId);
  const shown = picked ?? current;

  const reload = (): void => {
    if (typeof tabId === 'number') void env.reloadTab(tabId);
  };
  const empty: ComponentChildren =
    tabId === undefined ? (
      <p class="empty" data-testid="empty" data-kind="no-tab">
        {i18n.t('popupNoTab')}
      </p>
    ) : view === undefined || tabUrl === null ? (
      <p class="empty" data-testid="reading">
        {i18n.t('uiReading')}
      </p>
    ) : (
      <EmptyState kind={emptyKind(tabUrl)} tabUrl={tabUrl} onReload={reload} />
    );

  return (
    <>
      <header class="bar">
        <h1>{i18n.t('extName')}</h1>
        <span class="bar-actions">
          {!poppedOut && typeof tabId === 'number' ? (
            <button
              type="button"
              class="pop-out"
              data-testid="pop-out"
              title={i18n.t('popupOpenInTabTitle')}
              onClick={() => {
                void env.openInTab(tabId).then(() => env.close());
              }}
            >
              {i18n.t('popupOpenInTab')}
            </button>
          ) : null}
          {typeof tabId === 'number' ? (
            <button
              type="button"
              class="pop-out"
              data-testid="all-requests"
              title={i18n.t('popupAllRequestsTitle')}
              onClick={() => openBeside(env.openAllRequests(tabId))}
            >
              {i18n.t('popupAllRequests')}
            </button>
          ) : null}
          <button type="button" class="pop-out" data-testid="open-checker" title={i18n.t('popupCheckUrlsTitle')} onClick={() => openBeside(env.openChecker())}>
            {i18n.t('popupCheckUrls')}
          </button>
          {typeof tabId === 'number' ? (
            <button
              type="button"
              class="pop-out"
              data-testid="check-page-links"
              title={i18n.t('popupCheckLinksTitle')}
              onClick={() => openBeside(env.openPageLinks(tabId))}
            >
              {i18n.t('popupCheckLinks')}
            </button>
          ) : null}
        </span>
      </header>
      <main class="content">
        {loads.length > 1 ? (
          <LoadPicker loads={loads} currentId={current?.id} selectedId={shown?.id} onSelect={(id) => setPickedId(id === current?.id ? undefined : id)} />
        ) : null}
        <TabStory view={view} load={shown} empty={empty} />
        {shown && typeof tabId === 'number' ? <SubresourceList load={shown} key={shown.id} allRows={() => env.failingRows(tabId, shown.id)} /> : null}
        {shown && typeof tabId === 'number' ? <ExportPanel load={shown} fullLoad={(loadId) => env.fullLoad(tabId, loadId)} /> : null}
        <CodeLookup />
      </main>
    </>
  );
}
