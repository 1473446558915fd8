/**
 * Checker page entry point: wiring only. The page follows its own requests through webRequest (an
 * extension page may listen, and the browser reports the page's fetches hop by hop), with the same
 * listener table shape and normaliser as the capture.
 */
import { render } from 'preact';
import { normalizeEvent, OWN_REQUEST_LISTENERS, type RequestEvent } from '../shared/capture';
import { isOwnRequest } from '../shared/capture/own-requests';
import { headerChanges } from '../shared/checker/check-profiles';
import { phrase } from '../shared/checker/checker-phrase';
import {
  addWebRequestListener,
  allowOwnRequestHeaders,
  browser,
  clearOwnRequestHeaders,
  hasPermission,
  requestPermission,
  setOwnRequestHeaders,
  statusLineVersion,
} from '../shared/browser-adapter';
import { linksOfTab } from '../shared/checker-tab';
import { loadCheckerSettings, saveCheckerSettings, watchCheckerSettings } from '../shared/checker-settings';
import { detectVendors, explainRecord } from '../shared/registry';
import { DEFAULT_CAPTURE_SETTINGS } from '../shared/capture';
import { provideLookups } from '../shared/ui/registry-source';
import * as lookups from '../shared/registry/lookup';
import { CheckerApp } from './checker-app';
import type { CheckerEnv } from './checker-env';
import { collectLinks, type CollectedLinks } from './collect-links';

const extensionOrigin = browser.runtime.getURL('');
let sink: ((e: RequestEvent) => void) | undefined;
/**
 * The tab this page is in: its requests carry that id, which tells them from another checker tab's
 * (each follows its own and sets its own User-Agent rule). Known long before a person can press Check,
 * and a run cannot start without it (allowProfiles).
 */
let ownTabId: number | undefined;

/**
 * The listeners are registered as soon as the tab is known, filtered to it: the browser then hands
 * this page no event of another tab's requests.
 */
function listen(tabId: number): void {
  for (const listener of OWN_REQUEST_LISTENERS) {
    addWebRequestListener(
      listener,
      (details) => {
        const event = normalizeEvent(`webRequest.${listener.event}`, details, statusLineVersion);
        if (event !== undefined && isOwnRequest(event, extensionOrigin) && 'tabId' in event && event.tabId === tabId) sink?.(event as RequestEvent);
      },
      tabId,
    );
  }
}

// undefined outside a tab (typed as always there).
void browser.tabs.getCurrent().then((tab: { id?: number } | undefined) => {
  ownTabId = tab?.id;
  if (ownTabId !== undefined) listen(ownTabId);
});

// The table names every row's meaning at once, as the panel does.
provideLookups(lookups);

/**
 * The links of a tab, read by `collectLinks` run once in its top frame. Needs the optional `scripting`
 * permission and host access to the page; undefined when the browser refuses the page (its own pages,
 * the add-on stores, a closed tab). Here rather than in the adapter: the same call in both browsers,
 * and the background, which shares the adapter's chunk, has no use for it.
 */
async function readPageLinks(tabId: number): Promise<CollectedLinks | undefined> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, func: collectLinks });
    return first?.result as CollectedLinks | undefined;
  } catch {
    return undefined;
  }
}

const NEEDS_PERMISSION = phrase('checkerNeedsUaPermission');
const NEEDS_TAB = phrase('checkerNeedsOwnTab');

const env: CheckerEnv = {
  runDeps: {
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    ctx: { settings: { ...DEFAULT_CAPTURE_SETTINGS }, explain: explainRecord, detectVendors },
  },
  watchOwnRequests: (onEvent) => {
    sink = onEvent;
    return () => {
      sink = undefined;
    };
  },
  allowProfiles: async (profiles) => {
    const changing = profiles.some((p) => p.userAgent !== undefined || p.clientHints === 'drop');
    // Asked first, while the click is being handled.
    const allowed = !changing || (await allowOwnRequestHeaders());
    if (!allowed) return { ok: false, message: NEEDS_PERMISSION };
    return ownTabId === undefined ? { ok: false, message: NEEDS_TAB } : { ok: true };
  },
  useProfile: async (profile) => {
    if (ownTabId === undefined) return { ok: false, message: NEEDS_TAB };
    return (await setOwnRequestHeaders(ownTabId, headerChanges(profile))) ? { ok: true } : { ok: false, message: NEEDS_PERMISSION };
  },
  resetProfile: async () => {
    if (ownTabId !== undefined) await clearOwnRequestHeaders(ownTabId);
  },
  politeness: { load: loadCheckerSettings, save: saveCheckerSettings, watch: watchCheckerSettings },
  linksOf: linksOfTab(location.search),
  canReadPages: () => hasPermission('scripting'),
  allowReadingPages: () => requestPermission('scripting'),
  readPageLinks,
  save: (fileName, text, mime) => {
    const url = URL.createObjectURL(new Blob([text], { type: mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};

const root = document.getElementById('app');
if (root) render(<CheckerApp env={env} />, root);
