import { useEffect, useState } from 'preact/hooks';
import { watchTab } from '../shared/messaging-client';
import type { TabView } from '../shared/tab-view';
import { TabStory } from '../shared/ui/tab-story';

export function PanelApp({ tabId }: { tabId: number }) {
  const [view, setView] = useState<TabView | undefined>();
  // The port is named for the inspected tab and reconnects by itself when the worker restarts.
  useEffect(() => watchTab('devtools', tabId, setView), [tabId]);
  return (
    <>
      <header class="bar">
        <h1>Status Inspector — tab {tabId}</h1>
      </header>
      <TabStory view={view} />
    </>
  );
}
