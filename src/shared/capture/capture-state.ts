/**
 * The shape of what the capture core keeps, and the empty state.
 *
 * Everything here is plain JSON (objects, arrays, strings, numbers, booleans), because the state is
 * written to `storage.session` and read back after the service worker restarts. Optional fields are
 * simply absent when unknown (never set to undefined or null), so a state that went through
 * JSON.stringify / JSON.parse is indistinguishable from the live one.
 */
import type { VendorRef } from '../fingerprints/vendor-types';
import type { ExplanationRef } from '../registry/registry-types';
import type { HeaderEntry } from './capture-event';

// Stored with every response; defined beside the knowledge that fills them.
export type { ExplanationRef, VendorRef };

/** Who produced a hop's outcome: the response, or the mechanism that moved the browser on. */
export type MadeBy =
  | 'server' // an HTTP response from the server (or something in front of it: CDN, proxy)
  | 'browser-hsts' // the browser's own 307 upgrading to https (Non-Authoritative-Reason: HSTS)
  | 'browser-internal' // any other redirect the browser made itself (extension 'Delegate', no status at all)
  | 'client-meta-refresh' // the page redirected itself with <meta http-equiv="refresh">
  | 'client-javascript' // the page redirected itself from script
  | 'client-unknown'; // the browser said 'client_redirect' but nothing told us how

export type LoadSource =
  | 'network'
  | 'disk-cache'
  | 'service-worker'
  | 'browser' // the browser showed its own page (a network error page)
  | 'not-observable';

/** Why a load has no observed response. We say what we know; we never invent a status. */
export type NotObservedReason =
  | 'back-forward-cache' // restored from the back/forward cache: no request at all
  | 'service-worker' // a service worker answered (only with evidence; Chrome hides these requests)
  | 'browser-page' // chrome://, about:, extension pages, view-source: ...
  | 'restricted-page' // extension stores, where browsers hide requests from extensions
  | 'local-file' // file:// pages
  | 'loaded-before-extension' // the page was already there when capture started
  | 'request-not-seen'; // committed without any main-frame request: usually a service worker, or memory cache

type LoadState = 'loading' | 'complete' | 'error';

export interface Timing {
  /** Milliseconds since the epoch (the browser's timeStamp). */
  start?: number;
  end?: number;
  duration?: number;
}

/**
 * What a response says, stored alike on a page's hop and on a sub-resource (response-fields.ts copies
 * it from the event): the one place a per-response field is declared.
 */
export interface ResponseFields {
  /** An HTTP status in 100..999; absent when none was observed (never invented). */
  statusCode?: number;
  /** As the browser gave it, without a version the browser made up (see capture-event.ts). */
  statusLine?: string;
  ip?: string;
  fromCache?: boolean;
  /** Firefox said a proxy was used: `ip` is then the proxy's. */
  viaProxy?: boolean;
  /** Detected once, on every header of the response. */
  vendors?: VendorRef[];
}

/** One step of a main-frame redirect chain. */
export interface Hop extends ResponseFields {
  url: string;
  method: string;
  timing: Timing;
  /** Only the headers that explain a redirect or its producer, values capped. */
  headers?: HeaderEntry[];
  /**
   * Who produced the hop's outcome. Absent while the hop waits for its response, and when the
   * request failed before any response (nobody answered, so nobody is named).
   */
  madeBy?: MadeBy;
  /** Chrome's Non-Authoritative-Reason header, verbatim ('HSTS', 'Delegate', ...). */
  nonAuthoritativeReason?: string;
  /** Where this hop sent the browser (the Location, or a client redirect's target). */
  redirectUrl?: string;
  /** A meta refresh's delay, from the content script. */
  clientDelaySeconds?: number;
  /** The request failed here without a response ('net::ERR_TOO_MANY_REDIRECTS', ...). */
  error?: string;
  explanation?: ExplanationRef;
  /**
   * 'HTTP/2': the page's own word for the protocol its document came over (document-protocol.ts), on
   * the final hop, for a browser whose status line does not say it. Absent otherwise.
   */
  httpVersion?: string;
}

export type FindingKind = 'loop' | 'long-chain' | 'https-downgrade' | 'temporary-redirect' | 'mixed-redirects' | 'final-not-2xx' | 'cross-origin';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  kind: FindingKind;
  severity: FindingSeverity;
  /** Indexes into the chain of the hops concerned. */
  hops: number[];
  /** One plain English sentence for tooltips; UIs may build their own text from kind + hops. */
  message: string;
}

/** The response that ended the chain. Absent when none was observed. */
interface FinalResponse {
  statusCode: number;
  statusLine?: string;
  vendors?: VendorRef[];
  source: 'network' | 'disk-cache';
  explanation?: ExplanationRef;
}

export interface SubresourceRecord extends ResponseFields {
  url: string;
  type: string;
  frameId: number;
  method?: string;
  /** Set when this response was a redirect. */
  redirectUrl?: string;
  /** Set when the request failed after its response had started. */
  error?: string;
  timing: Timing;
}

/** A request that failed before any response. */
export interface RequestFailure {
  url: string;
  type: string;
  frameId: number;
  error: string;
  timing: Timing;
}

/** Sub-resource outcomes by class, kept as they happen so UIs never rescan (dropped ones included). */
export interface ResponseCounts {
  total: number;
  '1xx': number;
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
  /** A response without a usable status. */
  other: number;
  /** Failed without a response. */
  failed: number;
  fromCache: number;
}

interface SpaNavigation {
  url: string;
  at?: number;
  transitionType?: string;
}

/** Bookkeeping used to correlate events; not meant for display. */
interface LoadTracking {
  /** webNavigation.onBeforeNavigate was seen for this load. */
  navigationStarted: boolean;
  /** The main-frame request that belongs to this load. */
  mainRequestId?: string;
  /** Chrome's documentId, from the commit: ties sub-resource requests to this page. */
  documentId?: string;
  /**
   * The URL webNavigation.onBeforeNavigate named. Firefox can report the commit (at the end of the
   * redirects) before the request (at their start): that late request is recognised by this URL.
   */
  navigationUrl?: string;
}

export interface PageLoad {
  /** Unique within the state: `${tabId}-${sequence}`. */
  id: string;
  tabId: number;
  startedAt: number;
  /** The page's URL: the committed URL, else the last hop's. */
  url: string;
  state: LoadState;
  incognito?: boolean;
  /** The browser committed this navigation (the page is or was shown). */
  committed: boolean;
  /** The navigation ended without replacing the page (a download, 204 No Content). */
  noDocument?: boolean;
  transitionType?: string;
  transitionQualifiers?: string[];
  chain: Hop[];
  /** Hops dropped from the front of the chain at LIMITS.maxChainHops. */
  droppedHops: number;
  findings: Finding[];
  final?: FinalResponse;
  source?: LoadSource;
  notObservedReason?: NotObservedReason;
  /** The main-frame error, when the load failed. */
  error?: string;
  /** The page this one was client-redirected from, and how. */
  redirectedFromLoadId?: string;
  arrivedBy?: MadeBy;
  /** The page this one client-redirected to. */
  redirectedToLoadId?: string;
  /** The page was prerendered before it was shown. */
  prerendered?: boolean;
  subresources: SubresourceRecord[];
  droppedSubresources: number;
  errors: RequestFailure[];
  droppedErrors: number;
  counts: ResponseCounts;
  spaNavigations: SpaNavigation[];
  droppedSpaNavigations: number;
  tracking: LoadTracking;
}

/** A request between its start and its end. */
export interface InflightRequest {
  requestId: string;
  loadId: string;
  /** Position of its sub-resource record (droppedSubresources + index); -1 before any response. */
  seq: number;
  url: string;
  type: string;
  frameId: number;
  method?: string;
  start?: number;
  /** Finished: kept only until the list is next compacted. */
  done?: true;
}

export interface PendingClientRedirectHint {
  redirectKind: 'meta-refresh' | 'javascript';
  fromUrl: string;
  toUrl: string;
  delaySeconds?: number;
  at?: number;
}

export interface TabCapture {
  tabId: number;
  /** Oldest first; at most `keptLoadsPerTab`. */
  loads: PageLoad[];
  /** Requests under way, oldest first, with finished ones awaiting compaction (see inflight-requests.ts). */
  inflight: InflightRequest[];
  /** How many of `inflight` are still running. */
  inflightCount: number;
  /** The content script's latest hint, waiting for the navigation it announces. */
  hint?: PendingClientRedirectHint;
  /** A page Chrome is prerendering in this tab (not shown yet). */
  prerender?: PageLoad;
  /** Requests of pages whose navigation has not reached us yet, waiting for their commit (see early-document.ts). */
  earlyDocuments?: PageLoad[];
}

/**
 * The whole capture state. The caller owns it: `reduce` updates it in place (for speed) and returns
 * the same object. Copy it (structuredClone / JSON) before reducing if an older version must survive.
 */
export interface CaptureState {
  version: 1;
  /** Keyed by tab id. */
  tabs: Record<string, TabCapture>;
  /** Next load sequence number (load ids must stay unique across worker restarts). */
  loadSeq: number;
  /**
   * Tabs closed lately, newest last (at most LIMITS.maxClosedTabs). Firefox reports a page's last
   * requests after the tab's close; they must not bring its data back. Browsers never reuse tab ids.
   */
  closedTabs?: number[];
}

export function emptyState(): CaptureState {
  return { version: 1, tabs: {}, loadSeq: 1 };
}

export function emptyCounts(): ResponseCounts {
  return { total: 0, '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, other: 0, failed: 0, fromCache: 0 };
}

/** Accepts a value read back from storage only if it looks like a state this version wrote. */
export function isCaptureState(value: unknown): value is CaptureState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof CaptureState, unknown>>;
  return v.version === 1 && typeof v.tabs === 'object' && v.tabs !== null && typeof v.loadSeq === 'number';
}
