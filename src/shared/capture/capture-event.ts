/**
 * The one event shape the capture reducer understands. `normalize-event.ts` turns the raw details
 * objects of Chrome's and Firefox's webRequest / webNavigation / tabs events into these, so that
 * nothing downstream has to know which browser it runs in or distrust its input.
 */

/** One response header. Values are strings (Chrome's `binaryValue` is decoded as Latin-1). */
export interface HeaderEntry {
  name: string;
  value: string;
}

/** Fields every tab-scoped event carries. */
interface TabScoped {
  /** Always >= 0: events that do not belong to a tab are dropped by the normaliser. */
  tabId: number;
  /** Milliseconds since the epoch, from the browser's `timeStamp`; absent if it was unusable. */
  timeStamp?: number;
}

/** What a webRequest event says about its request. */
export interface RequestInfo extends TabScoped {
  /** The browser's id: it stays the same across the redirects of one request (both browsers). */
  requestId: string;
  url: string;
  /** 0 for the top frame of a normal page; -1 when the browser did not say. */
  frameId: number;
  parentFrameId: number;
  /** 'main_frame', 'sub_frame', 'script', 'image', ... (Firefox has a few more: 'beacon', 'imageset', ...). */
  type: string;
  method?: string;
  /** Chrome: 'active' | 'prerender' | 'cached' | 'pending_deletion'. */
  documentLifecycle?: string;
  /** Chrome: the document that made the request (ties sub-resources to the page that asked). */
  documentId?: string;
  /** The page that made the request: Firefox's `documentUrl`, else Chrome's `initiator` (an origin). */
  documentUrl?: string;
  /** Firefox only (Chrome reports private windows through a separate, split-mode extension). */
  incognito?: boolean;
  /** Firefox only. */
  thirdParty?: boolean;
}

/**
 * Whether the HTTP version at the start of the browser's status line is the one the response came
 * in. Firefox's is ('HTTP/2.0 200 OK'); Chromium's always says HTTP/1.1, over HTTP/2 and HTTP/3 too
 * ('HTTP/1.1 200'), so there it is synthesized. The browser adapter says which applies.
 */
export type StatusLineVersion = 'reported' | 'synthesized';

/** What the browser reports about a response. */
export interface ResponseInfo {
  /** An HTTP status in 100..999; absent when the browser had none (never invented). */
  statusCode?: number;
  /**
   * The status line as the browser gave it, without its version when that version is synthesized
   * ('301 Moved Permanently', or just '200' over HTTP/2 in Chromium): never shown as the protocol.
   */
  statusLine?: string;
  ip?: string;
  fromCache?: boolean;
  /** Absent when the listener was registered without 'responseHeaders'. */
  responseHeaders?: HeaderEntry[];
  /** Firefox: the request went through a proxy, so `ip` is the proxy's address. */
  viaProxy?: boolean;
}

export interface BeforeRequestEvent extends RequestInfo {
  kind: 'before-request';
}

export interface BeforeRedirectEvent extends RequestInfo, ResponseInfo {
  kind: 'before-redirect';
  redirectUrl: string;
}

/** The body starts (listened to for frames only: see listeners.ts). */
export interface ResponseEvent extends RequestInfo, ResponseInfo {
  kind: 'response-started';
}

export interface CompletedEvent extends RequestInfo, ResponseInfo {
  kind: 'completed';
}

export interface RequestErrorEvent extends RequestInfo {
  kind: 'error';
  /** 'net::ERR_CONNECTION_REFUSED' (Chrome), 'NS_ERROR_CONNECTION_REFUSED' (Firefox), ... */
  error: string;
  fromCache?: boolean;
}

/** What a webNavigation event says. */
export interface NavigationInfo extends TabScoped {
  url: string;
  /** 0 is the tab's main frame (a prerendering page's main frame has another id in Chrome). */
  frameId: number;
  documentLifecycle?: string;
  documentId?: string;
}

export interface NavigationBeforeEvent extends NavigationInfo {
  kind: 'navigation-before';
}

export interface NavigationCommittedEvent extends NavigationInfo {
  kind: 'navigation-committed';
  /** 'link', 'typed', 'reload', 'auto_bookmark', 'form_submit', ... */
  transitionType?: string;
  /** 'client_redirect', 'server_redirect', 'forward_back', 'from_address_bar'. */
  transitionQualifiers: string[];
}

/** An SPA changed the URL with history.pushState / replaceState: not a new page load. */
export interface HistoryStateUpdatedEvent extends NavigationInfo {
  kind: 'history-state-updated';
  transitionType?: string;
  transitionQualifiers: string[];
}

/** webNavigation.onCompleted: the page's load event. The only end signal for unobservable loads. */
export interface NavigationCompletedEvent extends NavigationInfo {
  kind: 'navigation-completed';
}

/** webNavigation.onErrorOccurred: a navigation ended without committing a new page. */
export interface NavigationErrorEvent extends NavigationInfo {
  kind: 'navigation-error';
  error: string;
}

export interface TabRemovedEvent {
  kind: 'tab-removed';
  tabId: number;
}

/** tabs.onReplaced: a prerendered / instant tab took the place of another. */
export interface TabReplacedEvent {
  kind: 'tab-replaced';
  addedTabId: number;
  removedTabId: number;
}

type ClientRedirectKind = 'meta-refresh' | 'javascript';

/** Sent by the optional content script when it sees the page about to redirect itself. */
export interface ClientRedirectHintEvent extends TabScoped {
  kind: 'client-redirect-hint';
  redirectKind: ClientRedirectKind;
  fromUrl: string;
  toUrl: string;
  delaySeconds?: number;
  frameId: number;
}

/**
 * Sent by the optional content script once the page has loaded: the protocol its document came over,
 * from the page's own navigation timing (`nextHopProtocol`), for a browser whose status line does not
 * say it (Chromium). Already named as normalizeHttpVersion names it ('HTTP/2').
 */
export interface DocumentProtocolEvent extends TabScoped {
  kind: 'document-protocol';
  /** The document's address: the final response of the navigation. */
  url: string;
  httpVersion: string;
  frameId: number;
}

export type RequestEvent = BeforeRequestEvent | BeforeRedirectEvent | ResponseEvent | CompletedEvent | RequestErrorEvent;

type NavigationEvent = NavigationBeforeEvent | NavigationCommittedEvent | HistoryStateUpdatedEvent | NavigationCompletedEvent | NavigationErrorEvent;

export type CaptureEvent = RequestEvent | NavigationEvent | TabRemovedEvent | TabReplacedEvent | ClientRedirectHintEvent | DocumentProtocolEvent;
