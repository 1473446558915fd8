/** Popup entry point: wiring only. The browser calls the popup needs are made here and handed in. */
import { render } from 'preact';
import { browser, requestPermission } from '../shared/browser-adapter';
import { openCheckerTab } from '../shared/checker-tab';
import { request, resolveTabId, watchTab } from '../shared/messaging-client';
import { isPoppedOut, PopupApp } from './popup-app';
import type { PopupEnv } from './popup-env';
import { startTabFeed } from './tab-feed';

const env: PopupEnv = {
  resolveTabId,
  watchTab: (tabId, onView) => watchTab('popup', tabId, onView),
  fullLoad: (tabId, loadId) => request({ type: 'get-load', tabId, loadId }),
  failingRows: (tabId, loadId) => request({ type: 'get-failing', tabId, loadId }),
  tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url,
  openInTab: async (tabId) => {
    await browser.tabs.create({ url: `${browser.runtime.getURL('src/popup/index.html')}?tab=${tabId}` });
  },
  openAllRequests: async (tabId) => {
    await browser.tabs.create({ url: `${browser.runtime.getURL('src/devtools/tab-requests.html')}?tab=${tabId}` });
  },
  openChecker: () => openCheckerTab(),
  openPageLinks: async (tabId) => {
    // Asked first, while the click is being handled (a permission request needs it); refused, the
    // checker page explains and offers to ask again.
    await requestPermission('scripting').catch(() => false);
    await openCheckerTab(tabId);
  },
  reloadTab: (tabId) => browser.tabs.reload(tabId),
  close: () => window.close(),
};

// Ask for the tab's story before rendering anything: the answer is on its way while the page paints.
const feed = startTabFeed(env, location.search);
if (isPoppedOut(location.search)) document.documentElement.classList.add('in-tab');
const root = document.getElementById('app');
if (root) render(<PopupApp search={location.search} env={env} feed={feed} />, root);
