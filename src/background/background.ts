/**
 * Background entry point: wiring only. Every listener is registered synchronously at the top level
 * (or the browser would not wake the worker for it) and hands its raw details to the capture core.
 */
import type { Runtime } from 'webextension-polyfill';
import {
  DEFAULT_CAPTURE_SETTINGS,
  failingRows,
  findLoadById,
  normalizeEvent,
  type PageLoad,
  type RawEventName,
  WEB_NAVIGATION_LISTENERS,
  WEB_REQUEST_LISTENERS,
} from '../shared/capture';
import { isOwnRequest } from '../shared/capture/own-requests';
import { addWebRequestListener, browser, clearOwnRequestHeaders, statusLineVersion } from '../shared/browser-adapter';
import { isClientRedirectHintMessage, isDocumentProtocolMessage, isUiRequest, type UiRequest, type UiResponses } from '../shared/messages';
import { loadSettings, sanitizeSettings, SETTINGS_KEY } from '../shared/settings';
import { popupViewOf, tabViewOf } from '../shared/tab-view';
import { cancelBadge, forgetBadge, scheduleBadge } from './badge';
import { CaptureStore } from './capture-store';
import { clientRedirectDetectionAllowed, setClientRedirectDetection, syncClientRedirectDetection } from './client-redirect-detection';
import { PortHub } from './port-hub';
import { detectVendorsForCapture, explainForCapture } from './registry-adapter';
import { isOwnContentScript, isTrustedSender } from './trusted-sender';
import { createToolbarMenu, onToolbarMenuClick } from './toolbar-menu';

const extensionOrigin = browser.runtime.getURL('');
const ports = new PortHub({
  popup: (tabId) => popupViewOf(tabId, store.tab(tabId), explainForCapture),
  devtools: (tabId) => tabViewOf(tabId, store.tab(tabId)),
});
const store = new CaptureStore(
  browser.storage.session,
  { settings: { ...DEFAULT_CAPTURE_SETTINGS }, explain: explainForCapture, detectVendors: detectVendorsForCapture },
  (tabId, event) => {
    // Chrome clears a tab's badge when a navigation commits, its error page's included (for which
    // webNavigation reports an error, not a commit): draw it again after either.
    if (event.kind === 'tab-removed') cancelBadge(tabId);
    else {
      if (event.kind === 'navigation-committed' || event.kind === 'navigation-error') forgetBadge(tabId);
      scheduleBadge(tabId, (id) => store.tab(id));
    }
    ports.changed(tabId);
  },
);
void loadSettings().then((settings) => store.setSettings(settings));

const feed =
  (name: RawEventName) =>
  (details: unknown): void => {
    const event = normalizeEvent(name, details, statusLineVersion);
    // The link checker's requests come from an extension page in a tab, with that tab's id: they are
    // the checker's to follow, never part of a tab's capture.
    if (!isOwnRequest(event, extensionOrigin)) store.dispatch(event);
  };

// The one table of what is listened to (and with which filter and options) is capture/listeners.ts,
// which the unit tests' fixtures are checked against too.
for (const listener of WEB_REQUEST_LISTENERS) addWebRequestListener(listener, feed(`webRequest.${listener.event}`));
for (const event of WEB_NAVIGATION_LISTENERS) browser.webNavigation[event].addListener(feed(`webNavigation.${event}`));

browser.runtime.onInstalled.addListener(() => void createToolbarMenu());
browser.runtime.onStartup.addListener(() => void createToolbarMenu());
browser.contextMenus.onClicked.addListener(onToolbarMenuClick);

browser.tabs.onRemoved.addListener((tabId) => {
  store.dispatch(normalizeEvent('tabs.onRemoved', { tabId }));
  // A checker tab closed during a run leaves its User-Agent rule behind (Chromium's session rule): gone with the tab.
  void clearOwnRequestHeaders(tabId).catch(() => undefined);
});
browser.tabs.onReplaced.addListener((addedTabId, removedTabId) => store.dispatch(normalizeEvent('tabs.onReplaced', { addedTabId, removedTabId })));

// Only the local area's event: a listener on storage.onChanged would also be handed the old and new
// value of every captured tab at each of our own storage.session writes, costing the worker as much
// again as the write itself.
browser.storage.local.onChanged.addListener((changes) => {
  if (changes[SETTINGS_KEY]) store.setSettings(sanitizeSettings(changes[SETTINGS_KEY].newValue));
});

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
  if (isClientRedirectHintMessage(message) || isDocumentProtocolMessage(message)) {
    if (!isOwnContentScript(sender, browser.runtime.id, extensionOrigin)) return undefined;
    // The tab and frame come from the browser, never from what the page could write into the message.
    const name = message.type === 'document-protocol' ? 'content.documentProtocol' : 'content.clientRedirectHint';
    const hint = normalizeEvent(name, { ...message, tabId: sender.tab?.id, frameId: sender.frameId });
    // A script left registered after its permission was revoked elsewhere (about:addons) is not listened to.
    void clientRedirectDetectionAllowed().then((allowed) => allowed && store.dispatch(hint));
    return undefined;
  }
  if (!isTrustedSender(sender, browser.runtime.id, extensionOrigin) || !isUiRequest(message)) return undefined;
  return answer(message);
});

function keptLoad(tabId: number, loadId: string): PageLoad | undefined {
  const tab = store.tab(tabId);
  return tab && findLoadById(tab, loadId);
}

function answer(message: UiRequest): Promise<UiResponses[UiRequest['type']]> {
  switch (message.type) {
    case 'get-load':
      return store.ready.then(() => keptLoad(message.tabId, message.loadId));
    case 'get-failing':
      return store.ready.then(() => {
        const load = keptLoad(message.tabId, message.loadId);
        return load && failingRows(load, explainForCapture);
      });
    case 'set-client-redirect-detection':
      return setClientRedirectDetection(message.enabled);
  }
}

browser.runtime.onConnect.addListener((port) => {
  const watched = port.sender && isTrustedSender(port.sender, browser.runtime.id, extensionOrigin) ? ports.add(port) : undefined;
  if (watched === undefined) {
    port.disconnect();
    return;
  }
  void store.ready.then(() => ports.sendNow(port, watched.tabId, watched.surface));
});

// The optional client-side redirect detector follows its permission, however it was granted or revoked.
browser.permissions.onAdded.addListener(() => void syncClientRedirectDetection().catch(reportDetectionError));
browser.permissions.onRemoved.addListener(() => void syncClientRedirectDetection().catch(reportDetectionError));
void syncClientRedirectDetection().catch(reportDetectionError);

function reportDetectionError(error: unknown): void {
  console.warn('Status Inspector: could not register the client-side redirect detector', error);
}

// Firefox unloads an idle event page after announcing it; write what is pending first.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- Chromium's service worker may lack onSuspend, whatever the polyfill's types say
browser.runtime.onSuspend?.addListener(() => void store.flush());
