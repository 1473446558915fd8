import { useEffect, useState } from 'preact/hooks';
import { resolveTabId, watchTab } from '../shared/messaging-client';
import type { TabView } from '../shared/tab-view';
import { TabStory } from '../shared/ui/tab-story';

export function PopupApp({ search }: { search: string }) {
  const [view, setView] = useState<TabView | undefined>();
  const [tabId, setTabId] = useState<number | undefined | null>(null);

  useEffect(() => {
    void resolveTabId(search).then(setTabId);
  }, [search]);

  useEffect(() => (typeof tabId === 'number' ? watchTab('popup', tabId, setView) : undefined), [tabId]);

  return (
    <>
      <header class="bar">
        <h1>Status Inspector</h1>
      </header>
      {tabId === undefined ? <p class="empty">No tab to inspect.</p> : <TabStory view={view} />}
    </>
  );
}
