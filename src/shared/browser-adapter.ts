/**
 * Every difference between Chrome and Firefox lives here, so callers never test for a browser.
 * Only this module and the entry points touch `browser.*` directly.
 */
import browser, { type Manifest, type WebRequest } from 'webextension-polyfill';
import type { WebRequestListener } from './capture';
import { filterFor, OWN_REQUEST_HEADERS_LISTENER } from './capture/listeners';
import type { StatusLineVersion } from './capture/capture-event';

export { browser };

/** Firefox exposes `browser.runtime.getBrowserInfo`; Chromium does not. */
export const isFirefox: boolean = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

/**
 * Firefox's webRequest status line carries the version the response came in. Chromium's always says
 * HTTP/1.1, even over HTTP/2 and HTTP/3 (seen against nginx over h2: 'HTTP/1.1 200' while the page's
 * nextHopProtocol was 'h2'), so the capture core drops it there.
 */
export const statusLineVersion: StatusLineVersion = isFirefox ? 'reported' : 'synthesized';

/**
 * The headers each response listener asks for. Chrome would show a few more (Set-Cookie among them)
 * with 'extraHeaders', but that option routes every request through the browser process and slows
 * browsing; nothing we explain depends on those headers, and exports redact cookies anyway.
 */
function responseHeaderOptions(): 'responseHeaders'[] {
  return ['responseHeaders'];
}

/**
 * Registers one listener of the capture table (capture/listeners.ts), with this browser's options for it;
 * with `tabId`, for that tab's requests only (the browser then does not wake the listener for any other).
 */
export function addWebRequestListener(listener: WebRequestListener, callback: (details: unknown) => void, tabId?: number): void {
  // Firefox's request details name no document (Chrome's documentId), so it hears what Chrome need not.
  const chosen = filterFor(listener, !isFirefox);
  const filter: WebRequest.RequestFilter = { urls: [...chosen.urls] };
  if (chosen.types !== undefined) filter.types = [...chosen.types];
  if (tabId !== undefined) filter.tabId = tabId;
  if (listener.headers === undefined) browser.webRequest[listener.event].addListener(callback, filter);
  else browser.webRequest[listener.event].addListener(callback, filter, responseHeaderOptions());
}

/**
 * `devtools.*` is missing from webextension-polyfill's `browser` object in Chromium, so the devtools
 * pages use `chrome.devtools` there and `browser.devtools` in Firefox.
 */
export function devtoolsApi(): typeof chrome.devtools {
  const fromBrowser = (globalThis as { browser?: { devtools?: typeof chrome.devtools } }).browser?.devtools;
  return fromBrowser ?? chrome.devtools;
}

/** A content script registered at run time (only with the optional `scripting` permission). */
export interface DynamicContentScript {
  id: string;
  /** Path inside the package, as the build emitted it. */
  file: string;
  matches: string[];
}

/** Whether the person granted an optional API permission (`scripting`, ...). */
export async function hasPermission(permission: Manifest.OptionalPermission): Promise<boolean> {
  return browser.permissions.contains({ permissions: [permission] });
}

/**
 * `scripting` exists only while its permission is granted. Both browsers have
 * scripting.registerContentScripts in MV3 (Firefox also has the older contentScripts.register,
 * whose scripts die with the background page, so it is not used).
 */
function scriptingApi(): typeof browser.scripting | undefined {
  return (browser as Partial<typeof browser>).scripting;
}

async function isContentScriptRegistered(id: string): Promise<boolean> {
  const scripting = scriptingApi();
  if (!scripting) return false;
  const found = await scripting.getRegisteredContentScripts({ ids: [id] });
  return found.some((s) => s.id === id);
}

/**
 * Registers a top-frame, document_start, isolated-world script; does nothing when it already is.
 *
 * Neither browser unregisters a script when its permission is revoked, and the API is gone by
 * then. Firefox lets a person revoke optional permissions in about:addons, so there the script
 * lasts only until the browser restarts (callers register it again at every start while the
 * permission holds); Chrome has no such switch, and the options page unregisters before it gives
 * the permission back, so there it persists.
 */
export async function registerContentScript(script: DynamicContentScript): Promise<boolean> {
  const scripting = scriptingApi();
  if (!scripting) return false;
  if (await isContentScriptRegistered(script.id)) return true;
  await scripting.registerContentScripts([
    {
      id: script.id,
      js: [script.file],
      matches: script.matches,
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: !isFirefox,
    },
  ]);
  return true;
}

export async function unregisterContentScript(id: string): Promise<void> {
  const scripting = scriptingApi();
  if (!scripting || !(await isContentScriptRegistered(id))) return;
  await scripting.unregisterContentScripts({ ids: [id] });
}

/** Must be called while handling a click (browsers refuse permission requests without a user gesture). */
export function requestPermission(permission: Manifest.OptionalPermission): Promise<boolean> {
  return browser.permissions.request({ permissions: [permission] });
}

export async function removePermission(permission: Manifest.OptionalPermission): Promise<boolean> {
  return browser.permissions.remove({ permissions: [permission] });
}

/** How the extension's own requests differ from the browser's defaults (check-profiles.ts `headerChanges`). */
export interface OwnRequestHeaders {
  set: { header: string; value: string }[];
  remove: string[];
}

/**
 * Chromium: a declarativeNetRequest session rule, under `declarativeNetRequestWithHostAccess`, which
 * the manifest asks for up front: it carries no install warning, and granted at run time (optional)
 * its updateSessionRules never settled (seen in Chromium 156, in the page and the worker alike).
 * Firefox: a blocking webRequest listener, under `webRequestBlocking`, which Firefox lets a person
 * grant on request; only the Firefox build's manifest names it (scripts/manifest-for.ts).
 *
 * Both are per checker tab, so two checker tabs asking as different profiles never change each
 * other's requests: a fetch from an extension page carries the tab id of the tab the page is in (seen
 * in Chromium 156 and Firefox ESR 140), and the rule's condition (Chromium) or the listener's filter
 * (Firefox) names that tab.
 */
const FIREFOX_HEADERS_PERMISSION: Manifest.OptionalPermission = 'webRequestBlocking';

/** Chromium: the session rule of one checker tab. Tab ids are never negative; a rule id is at least 1. */
function ownHeadersRuleId(tabId: number): number {
  return tabId + 1;
}

/** Firefox: the changes of this page's tab (the listener lives in the checker page, one per tab). */
let firefoxHeaders: OwnRequestHeaders | undefined;
let firefoxListening = false;

/** Firefox: the request came from one of the extension's pages. */
function isFromExtensionPage(details: { originUrl?: string; documentUrl?: string }): boolean {
  const origin = browser.runtime.getURL('');
  return (details.originUrl ?? details.documentUrl ?? '').startsWith(origin);
}

function rewriteOwnHeaders(details: WebRequest.OnBeforeSendHeadersDetailsType): WebRequest.BlockingResponse {
  const changes = firefoxHeaders;
  if (changes === undefined || !isFromExtensionPage(details)) return {};
  const setNames = new Set(changes.set.map((h) => h.header.toLowerCase()));
  const removed = new Set(changes.remove.map((h) => h.toLowerCase()));
  const kept = (details.requestHeaders ?? []).filter((h) => !setNames.has(h.name.toLowerCase()) && !removed.has(h.name.toLowerCase()));
  return { requestHeaders: [...kept, ...changes.set.map((h) => ({ name: h.header, value: h.value }))] };
}

/**
 * Asks for what changing the extension's own request headers needs (Firefox: its permission, which it
 * grants only while a click is being handled, so call this from the click). Resolves false when the
 * person refused. Chromium needs nothing more.
 */
export async function allowOwnRequestHeaders(): Promise<boolean> {
  return isFirefox ? requestPermission(FIREFOX_HEADERS_PERMISSION) : true;
}

/**
 * Makes the requests the extension's pages make from this tab (and only those: never the browsing,
 * never another checker tab's) carry these headers; with no change, removes the tab's rule. Asks for no
 * permission: `allowOwnRequestHeaders` has. Resolves false when the browser refused the change.
 */
export async function setOwnRequestHeaders(tabId: number, changes: OwnRequestHeaders): Promise<boolean> {
  const none = changes.set.length === 0 && changes.remove.length === 0;
  if (none) {
    await clearOwnRequestHeaders(tabId);
    return true;
  }
  if (isFirefox) {
    if (!(await hasPermission(FIREFOX_HEADERS_PERMISSION))) return false;
    firefoxHeaders = changes;
    if (!firefoxListening) {
      // The event, filter and options are the listener table's (capture/listeners.ts), narrowed to this tab.
      const { event, filter, options } = OWN_REQUEST_HEADERS_LISTENER;
      browser.webRequest[event].addListener(rewriteOwnHeaders, { urls: [...filter.urls], types: [...filter.types], tabId }, [...options]);
      firefoxListening = true;
    }
    return true;
  }
  const requestHeaders: chrome.declarativeNetRequest.ModifyHeaderInfo[] = [
    ...changes.set.map((h) => ({ header: h.header, operation: 'set' as const, value: h.value })),
    ...changes.remove.map((header) => ({ header, operation: 'remove' as const })),
  ];
  const id = ownHeadersRuleId(tabId);
  await chrome.declarativeNetRequest.updateSessionRules({
    removeRuleIds: [id],
    addRules: [
      {
        id,
        priority: 1,
        action: { type: 'modifyHeaders' as const, requestHeaders },
        // Seen in Chromium 156: a fetch from an extension page carries the page's tab id, so the
        // initiator (the extension's own origin) singles out its requests and the tab id the checker tab's.
        condition: { initiatorDomains: [browser.runtime.id], tabIds: [tabId], resourceTypes: ['xmlhttprequest' as const] },
      },
    ],
  });
  return true;
}

/** The browser's own headers again for the extension's requests from this tab (also when the tab closes). */
export async function clearOwnRequestHeaders(tabId: number): Promise<void> {
  firefoxHeaders = undefined;
  if (isFirefox) return;
  // Without the permission there is no API, and no rule to remove.
  const dnr = (globalThis as { chrome?: { declarativeNetRequest?: typeof chrome.declarativeNetRequest } }).chrome?.declarativeNetRequest;
  if (dnr !== undefined) await dnr.updateSessionRules({ removeRuleIds: [ownHeadersRuleId(tabId)] });
}
