/**
 * What the reducer needs from outside, injected so the core stays pure and testable in Node:
 * the settings, and optionally the registry's explanation and the vendor detector. Both functions
 * are typed structurally (only the fields we read), so the real implementations can return richer
 * objects; we copy out the few fields we keep, because the state must stay small plain JSON.
 */
import type { HeaderEntry } from './capture-event';
import type { CaptureSettings } from './limits';

/** A vendor the detector recognised (IIS, nginx, Cloudflare, ...). Only these two fields are stored. */
interface VendorMatch {
  /** The same ids as the registry's origins ('iis', 'nginx', 'cloudflare', ...). */
  id: string;
  name: string;
}

export type DetectVendorsFn = (headers: readonly HeaderEntry[]) => readonly VendorMatch[];

/** What we hand the registry's explanation function. */
export interface ExplainInput {
  statusCode?: number;
  statusLine?: string;
  /** A request error without status ('net::ERR_CONNECTION_REFUSED'). */
  error?: string;
  /** Vendor ids that answered, so vendor-specific meanings (Cloudflare 520, IIS 404.3) can be chosen. */
  vendorIds: readonly string[];
}

/**
 * The part of an explanation we store. The registry's StatusEntry fits this shape (code, phrase,
 * summary, class, origin.id), so its explain function can be passed as-is or through a small adapter.
 */
export interface ExplanationLike {
  code: string;
  phrase: string;
  summary?: string;
  class?: string;
  origin?: { id: string };
}

export type ExplainFn = (response: ExplainInput) => ExplanationLike | undefined;

export interface ReduceContext {
  settings: CaptureSettings;
  /** The registry's explanation function; when absent nothing derived is stored. */
  explain?: ExplainFn;
  /** The vendor detector; when absent no vendors are stored. */
  detectVendors?: DetectVendorsFn;
}
