/**
 * The shape every export format prints from: a PageLoad with each string already cleaned, redacted
 * when asked, and each status already put into words (built by load-view.ts).
 */
import type { HeaderEntry } from '../capture/capture-event';
import type { ExplanationRef, ResponseCounts, VendorRef } from '../capture/capture-state';
import type { RedirectType } from '../words/hop-tags';

/** A stored vendor, cleaned: what formats print (id, name) and what the registry weighs (role, confidence). */
export type VendorView = Pick<VendorRef, 'id' | 'name' | 'role' | 'confidence'>;

export interface TimingView {
  start?: number;
  end?: number;
  /** The stored duration, else end - start; never negative. */
  duration?: number;
}

export interface HopView {
  /** 1-based, counting hops dropped from the front of a long chain, so numbers stay those of the real journey. */
  number: number;
  url: string;
  method: string;
  /** A valid status (100..999); absent when none was observed. */
  statusCode?: number;
  statusLine?: string;
  /** The registry's words for the status (or the error), for whoever answered. */
  phrase: string;
  /** A more specific meaning the capture core found ('404.3 …', Cloudflare '1020 …'). */
  detail?: string;
  madeBy?: string;
  /** '' when not known. */
  madeByLabel: string;
  /** Where this hop sent the browser: its redirect URL, else the next hop's URL. */
  redirectTo?: string;
  /** Set exactly when `redirectTo` is. */
  redirectType?: RedirectType;
  nonAuthoritativeReason?: string;
  clientDelaySeconds?: number;
  ip?: string;
  viaProxy: boolean;
  fromCache?: boolean;
  timing: TimingView;
  vendors: VendorView[];
  headers: HeaderEntry[];
  error?: string;
  explanation?: ExplanationRef;
}

export interface FinalView {
  statusCode: number;
  statusLine?: string;
  phrase: string;
  detail?: string;
  vendors: VendorView[];
  source?: string;
  explanation?: ExplanationRef;
}

export interface SubresourceView {
  url: string;
  type: string;
  frameId?: number;
  method?: string;
  statusCode?: number;
  statusLine?: string;
  phrase: string;
  fromCache?: boolean;
  ip?: string;
  vendors: VendorView[];
  redirectUrl?: string;
  error?: string;
  timing: TimingView;
}

export interface RequestFailureView {
  url: string;
  type: string;
  frameId?: number;
  error: string;
  phrase: string;
  timing: TimingView;
}

/** A sub-resource that failed: a 4xx/5xx response, or an error with or without a status. */
export interface FailingView {
  url: string;
  type: string;
  statusCode?: number;
  error?: string;
  phrase: string;
}

export interface FindingView {
  kind: string;
  severity: string;
  /** Hop numbers as `HopView.number` counts them. */
  hops: number[];
  message: string;
}

/** The counts are plain numbers already: the export prints the capture's own. */
export type CountsView = ResponseCounts;

export const COUNT_KEYS: readonly (keyof CountsView)[] = ['total', '1xx', '2xx', '3xx', '4xx', '5xx', 'other', 'failed', 'fromCache'];

export interface SpaNavigationView {
  url: string;
  at?: number;
  transitionType?: string;
}

export interface LoadView {
  redacted: boolean;
  id: string;
  tabId?: number;
  url: string;
  startedAt?: number;
  /** ISO 8601 (UTC) of `startedAt`. */
  when?: string;
  state: string;
  committed: boolean;
  noDocument: boolean;
  /** null when the browser did not say (Chrome's webRequest events carry no such field). */
  incognito: boolean | null;
  prerendered: boolean;
  transitionType?: string;
  transitionQualifiers: string[];
  error?: string;
  errorPhrase?: string;
  arrivedBy?: string;
  arrivedByLabel: string;
  redirectedFromLoadId?: string;
  redirectedToLoadId?: string;
  source?: string;
  sourceLabel: string;
  notObservedReason?: string;
  /** A sentence saying why there is no final status (only when there is none). */
  notObservedText?: string;
  final?: FinalView;
  /** The vendors that answered the final response (or the last hop). */
  answeredBy: VendorView[];
  chain: HopView[];
  droppedHops: number;
  findings: FindingView[];
  subresources: SubresourceView[];
  droppedSubresources: number;
  errors: RequestFailureView[];
  droppedErrors: number;
  failing: FailingView[];
  counts: CountsView;
  spaNavigations: SpaNavigationView[];
  droppedSpaNavigations: number;
}
