/**
 * Background entry point: wiring only. Listeners are registered synchronously at the top level so
 * the browser wakes the worker for them; each hands its event to the pure recorder, and the result
 * is stored, shown on the badge and pushed to any open popup or panel.
 */
import type { Runtime, WebRequest } from 'webextension-polyfill';
import { browser } from '../shared/browser-adapter';
import { isUiRequest, type UiResponses } from '../shared/messages';
import { emptyTabView } from '../shared/tab-view';
import { showBadge } from './badge';
import { applyMainFrameEvent, type MainFrameEvent } from './main-frame-record';
import { PortHub } from './port-hub';
import { SessionStore } from './session-store';
import { isTrustedSender } from './trusted-sender';

const store = new SessionStore();
const ports = new PortHub();
const extensionOrigin = browser.runtime.getURL('');
const filter: WebRequest.RequestFilter = { urls: ['<all_urls>'], types: ['main_frame'] };

async function record(event: MainFrameEvent): Promise<void> {
  if (event.tabId < 0) return;
  await store.ready;
  const view = applyMainFrameEvent(store.get(event.tabId), event);
  if (view === store.get(event.tabId)) return;
  store.set(view);
  ports.push(view);
  if (event.kind !== 'before-request') await showBadge(view);
}

function base(details: { tabId: number; requestId: string; url: string }): Pick<MainFrameEvent, 'tabId' | 'requestId' | 'url'> {
  return { tabId: details.tabId, requestId: details.requestId, url: details.url };
}

browser.webRequest.onBeforeRequest.addListener((d) => void record({ kind: 'before-request', ...base(d) }), filter);
browser.webRequest.onBeforeRedirect.addListener(
  (d) => void record({ kind: 'redirect', ...base(d), statusCode: d.statusCode, statusLine: d.statusLine }),
  filter,
);
browser.webRequest.onCompleted.addListener(
  (d) => void record({ kind: 'completed', ...base(d), statusCode: d.statusCode, statusLine: d.statusLine }),
  filter,
);
browser.webRequest.onErrorOccurred.addListener((d) => void record({ kind: 'error', ...base(d), error: d.error }), filter);

// Chrome clears a tab's badge when a navigation commits, which comes after onCompleted: draw it again.
browser.webNavigation.onCommitted.addListener((d) => {
  if (d.frameId !== 0) return;
  void store.ready.then(() => {
    const view = store.get(d.tabId);
    if (view) void showBadge(view);
  });
});

browser.tabs.onRemoved.addListener((tabId) => {
  void store.ready.then(() => store.remove(tabId));
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<UiResponses['get-tab']> | undefined => {
  if (!isTrustedSender(sender, browser.runtime.id, extensionOrigin) || !isUiRequest(message)) return undefined;
  return store.ready.then(() => store.get(message.tabId) ?? emptyTabView(message.tabId));
});

browser.runtime.onConnect.addListener((port) => {
  if (!port.sender || !isTrustedSender(port.sender, browser.runtime.id, extensionOrigin)) {
    port.disconnect();
    return;
  }
  const tabId = ports.add(port);
  if (tabId === undefined) {
    port.disconnect();
    return;
  }
  void store.ready.then(() => port.postMessage({ type: 'tab-updated', view: store.get(tabId) ?? emptyTabView(tabId) }));
});
