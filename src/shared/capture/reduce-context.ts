/**
 * What the reducer needs from outside, injected so the core stays pure and testable in Node:
 * the settings, and optionally the registry's explanation and the vendor detector. Both functions
 * are typed structurally (only the fields we read), so the real implementations can return richer
 * objects; we copy out the few fields we keep, because the state must stay small plain JSON.
 */
import type { HeaderEntry } from './capture-event';
import type { ExplanationRef, VendorRef } from './capture-state';
import type { CaptureSettings } from './limits';

/**
 * A vendor the detector recognised (IIS, nginx, Cloudflare, ...): the fields of the fingerprints'
 * VendorMatch that are stored, as a VendorRef, with the response.
 */
export interface VendorMatch {
  /** The same ids as the registry's origins ('iis', 'nginx', 'cloudflare', ...). */
  id: string;
  name: string;
  role?: string;
  confidence?: string;
  version?: string;
  /** The strongest evidence's header and value. */
  header?: string;
  value?: string;
  evidence?: readonly { header: string }[];
  /** A header showed the product made the response itself, and why. */
  ownAnswer?: { cause?: string; proof: string };
}

export type DetectVendorsFn = (headers: readonly HeaderEntry[]) => readonly VendorMatch[];

/** What we hand the registry's explanation function. */
export interface ExplainInput {
  statusCode?: number;
  statusLine?: string;
  /** A request error without status ('net::ERR_CONNECTION_REFUSED'). */
  error?: string;
  /** The vendors that answered (as stored), so vendor-specific meanings (Cloudflare 520, IIS 404.3) can be chosen. */
  vendors: readonly VendorRef[];
}

/** The registry's `explainRecord`: the one function that chooses what a response means. */
export type ExplainFn = (response: ExplainInput) => ExplanationRef | undefined;

export interface ReduceContext {
  settings: CaptureSettings;
  /** The registry's explanation function; when absent nothing derived is stored. */
  explain?: ExplainFn;
  /** The vendor detector; when absent no vendors are stored. */
  detectVendors?: DetectVendorsFn;
}
