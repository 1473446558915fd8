/**
 * Size limits. Everything the capture core keeps ends up in `storage.session`, which has a quota
 * (10 MB in Chrome), and a hostile or broken page can produce unbounded events, so every list and
 * string we keep has a ceiling. Settings are the limits a person may tune; LIMITS are the hard
 * ceilings that protect the store whatever the settings say.
 */

/** The limits a person may tune (from the options page). */
export interface CaptureSettings {
  /** Page loads kept per tab; the oldest is forgotten first. */
  keptLoadsPerTab: number;
  /** Sub-resource responses kept per page load; the oldest are dropped and counted. */
  maxSubresourcesPerLoad: number;
  /** Header values longer than this are cut and marked with TRUNCATION_MARKER. */
  maxHeaderValueLength: number;
}

export const DEFAULT_CAPTURE_SETTINGS: Readonly<CaptureSettings> = Object.freeze({
  keptLoadsPerTab: 5,
  maxSubresourcesPerLoad: 1000,
  maxHeaderValueLength: 1024,
});

export const LIMITS = Object.freeze({
  /** Headers read from one response; a response with thousands of headers is hostile. */
  maxHeadersPerResponse: 200,
  /** Header names longer than this are not real header names. */
  maxHeaderNameLength: 256,
  /** Hard ceiling on a header value before the settings' own limit applies. */
  maxRawHeaderValueLength: 16_384,
  /** URLs are cut here (data: and giant query strings would otherwise fill the store). */
  maxUrlLength: 4096,
  /** Other free-text fields from the browser (status lines, error strings, types). */
  maxShortTextLength: 512,
  /** Headers kept per hop after filtering to the ones that matter. */
  maxKeptHeadersPerHop: 40,
  /** Vendors kept per response. */
  maxVendorsPerResponse: 8,
  /** Hops kept per chain; a client-side loop would otherwise grow one forever. */
  maxChainHops: 64,
  /** SPA (pushState) navigations kept per load. */
  maxSpaNavigations: 100,
  /** Requests tracked between their start and their end, per tab, before old ones are forgotten. */
  maxInflightPerTab: 2000,
  /** Transition qualifiers read from one navigation event. */
  maxQualifiers: 16,
  /** Closed tabs remembered, so that their late events do not bring them back. */
  maxClosedTabs: 64,
});

/** Appended to every value we shorten, so no one mistakes a cut value for the real one. */
export const TRUNCATION_MARKER = '…[truncated]';

/** Cuts `value` to `max` characters and marks it; returns it unchanged when it fits. */
export function truncate(value: string, max: number): string {
  return value.length > max ? value.slice(0, Math.max(0, max)) + TRUNCATION_MARKER : value;
}

/**
 * Reads one numeric setting defensively: settings come from storage, where a bad value (NaN,
 * negative, a string) would otherwise disable a cap and let the state grow without bound.
 */
export function effectiveLimit(value: number, fallback: number, minimum: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.max(minimum, Math.floor(value));
}

/** Sub-resource responses (and failures) one load keeps, from the settings, read defensively. */
export function subresourceCap(settings: CaptureSettings): number {
  return effectiveLimit(settings.maxSubresourcesPerLoad, DEFAULT_CAPTURE_SETTINGS.maxSubresourcesPerLoad, 0);
}

/**
 * Appends `item` to a capped list, dropping the oldest when it is full (with a cap of 0 nothing is
 * kept): returns how many items were dropped, for the caller's dropped count.
 */
export function keepNewest<T>(list: T[], item: T, cap: number): number {
  if (cap === 0) return 1;
  let dropped = 0;
  if (list.length >= cap) {
    list.shift();
    dropped = 1;
  }
  list.push(item);
  return dropped;
}
