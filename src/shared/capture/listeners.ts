/**
 * Every browser event the background listens to, in one table: the background registers its
 * webRequest and webNavigation listeners by walking it, and the unit tests' fixtures are checked
 * against it, so the reducer is only ever tested on events the product really receives.
 *
 * Pure data: the browser's own option names (Chrome's 'extraHeaders' beside 'responseHeaders') are
 * chosen by the browser adapter from the symbolic `headers` option.
 */

/** The request types a listener is limited to; none means every type. */
type ListenedRequestType = 'main_frame' | 'sub_frame' | 'xmlhttprequest';

interface RequestFilter {
  readonly urls: readonly ['<all_urls>'];
  readonly types?: readonly ListenedRequestType[];
}

/** A webRequest listener, named by its event; only the events that report a response can ask for its headers. */
export type WebRequestListener = (
  | { readonly event: 'onBeforeRequest' | 'onErrorOccurred'; readonly filter: RequestFilter; readonly headers?: never }
  | {
      readonly event: 'onBeforeRedirect' | 'onResponseStarted' | 'onCompleted';
      readonly filter: RequestFilter;
      /** 'response': the response headers are asked for (the adapter says how in each browser). */
      readonly headers?: 'response';
    }
) & {
  /** The filter instead in a browser that names no request's document (Firefox): the adapter chooses. */
  readonly filterWithoutDocumentIds?: RequestFilter;
};

/** The listener's filter in a browser that names each request's document (Chrome) or not (Firefox). */
export function filterFor(listener: WebRequestListener, namesDocuments: boolean): RequestFilter {
  return (!namesDocuments && listener.filterWithoutDocumentIds) || listener.filter;
}

const ALL = { urls: ['<all_urls>'] } as const;
const FRAMES = { urls: ALL.urls, types: ['main_frame', 'sub_frame'] } as const;

export const WEB_REQUEST_LISTENERS = [
  // A frame's start is heard: it opens a page load (or a frame's chain) and times its first hop. A
  // sub-resource's is not: its first event (its completion, a redirect, an error) names the document
  // that asked for it (Chrome's documentId), which places it in its page as surely, and DevTools' log
  // gives the panel its start time. A third of a busy page's events, and the in-flight record each one
  // made, were for nothing else. Firefox names no document: there a request's page is the one it
  // started in, so every start is heard.
  { event: 'onBeforeRequest', filter: FRAMES, filterWithoutDocumentIds: ALL },
  { event: 'onBeforeRedirect', filter: ALL, headers: 'response' },
  // A frame's response is recorded as soon as it starts, so a page whose body then fails still has its
  // status. A sub-resource's is recorded when it completes, with the same fields and headers: one event
  // fewer for each of a page's hundreds of requests, the largest share of what the background costs a
  // busy page. (A sub-resource that fails after its headers arrived is listed by its error alone.)
  // onHeadersReceived is not listened to at all: onBeforeRedirect and onResponseStarted report the same
  // status and headers, for one event fewer per response.
  { event: 'onResponseStarted', filter: FRAMES, headers: 'response' },
  { event: 'onCompleted', filter: ALL, headers: 'response' },
  { event: 'onErrorOccurred', filter: ALL },
] as const satisfies readonly WebRequestListener[];

const FETCHES = { urls: ['<all_urls>'], types: ['xmlhttprequest'] } as const;

/**
 * The link checker page's own listeners: the same events, for the requests a fetch() makes (both
 * browsers report them as 'xmlhttprequest'), each response with its headers (who answered, the
 * Location). The page keeps only the events of its own requests (own-requests.ts), and listens only
 * to its own tab's (the adapter's `tabId`). No onCompleted: a check ends at the final response's
 * onResponseStarted, which carries the same status and headers; onCompleted came after it for
 * nearly every request (a small body is complete before the GET is cut), a fifth of the events the
 * browser handed the page, each with its headers copied, for nothing the check used. No
 * onBeforeRequest either: a redirect says where the next hop goes, and the first hop starts when the
 * page calls fetch (check-run.ts); it was one event in two of what was left.
 */
export const OWN_REQUEST_LISTENERS = [
  { event: 'onBeforeRedirect', filter: FETCHES, headers: 'response' },
  { event: 'onResponseStarted', filter: FETCHES, headers: 'response' },
  { event: 'onErrorOccurred', filter: FETCHES },
] as const satisfies readonly WebRequestListener[];

/**
 * Firefox only: the blocking listener that gives the checker's own requests the chosen profile's
 * User-Agent (Chromium does it with a declarativeNetRequest session rule). It changes headers only;
 * nothing it sees is captured.
 */
export const OWN_REQUEST_HEADERS_LISTENER = { event: 'onBeforeSendHeaders', filter: FETCHES, options: ['blocking', 'requestHeaders'] } as const;

/** webNavigation listeners take no filter: every frame of every tab (the reducer picks the frames it wants). */
export const WEB_NAVIGATION_LISTENERS = ['onBeforeNavigate', 'onCommitted', 'onHistoryStateUpdated', 'onCompleted', 'onErrorOccurred'] as const;

/**
 * The other events the background feeds to the capture core: the tabs listeners get positional
 * arguments, so the background registers them by hand; the hint and the document's protocol come from
 * our own content script.
 */
const OTHER_CAPTURE_EVENTS = ['tabs.onRemoved', 'tabs.onReplaced', 'content.clientRedirectHint', 'content.documentProtocol'] as const;

export type RawEventName =
  | `webRequest.${(typeof WEB_REQUEST_LISTENERS)[number]['event']}`
  | `webNavigation.${(typeof WEB_NAVIGATION_LISTENERS)[number]}`
  | (typeof OTHER_CAPTURE_EVENTS)[number];

/** Every event name the capture core accepts, `api.event`. */
export const RAW_EVENT_NAMES: readonly RawEventName[] = [
  ...WEB_REQUEST_LISTENERS.map((l) => `webRequest.${l.event}` as const),
  ...WEB_NAVIGATION_LISTENERS.map((event) => `webNavigation.${event}` as const),
  ...OTHER_CAPTURE_EVENTS,
];
