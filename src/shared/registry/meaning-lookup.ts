import { keyOf, tierOf } from './code-keys';
import { parseCode } from './code-input';
import type { BodyFinding } from './body-signatures';
import type { MeaningKey, Protocol } from './registry-types';
import { originsForVendor } from './vendor-families';

/*
 * Looking a code up in an index of meanings: the same rules over the full registry (lookup.ts) and over the
 * background's compact keys (meaning-index.ts), so both answer alike.
 */

export interface LookupOptions {
  /** Namespace for numeric codes; default 'http'. Net error strings always go to 'net'. */
  protocol?: 'http' | 'sip';
  /** A vendor id ('iis', 'cloudflare', ... as `detectVendors` reports): prefer that vendor's meaning. */
  vendor?: string;
  /** `lookup` skips historic meanings unless this is true; `lookupAll` includes them unless it is false. */
  includeHistoric?: boolean;
}

/** Where `explain` finds meanings: the full registry's entries, or the compact keys the background carries. */
export interface MeaningSource<T extends MeaningKey> {
  lookup(code: number | string, options?: LookupOptions): T | undefined;
  lookupAll(code: number | string, options?: LookupOptions): T[];
  /** The meaning of a code no data file defines. */
  unregistered(status: unknown, protocol?: Protocol): T;
  /**
   * What an error page in the body reveals (IIS 404.3, Cloudflare 1020). Only the full registry reads
   * bodies: the background never has one, so its compact source carries no body signatures.
   */
  scanBody?: (body: unknown, status: number) => BodyFinding[];
}

/** Every meaning of a code in `index`, standard first (the index's own list: do not change it). */
export function meaningsIn<T extends MeaningKey>(index: ReadonlyMap<string, readonly T[]>, code: unknown, options: LookupOptions | undefined): readonly T[] {
  const protocol = options?.protocol === 'sip' ? 'sip' : 'http';
  const parsed = parseCode(code, index, protocol);
  if (!parsed) return [];
  const key = keyOf(parsed.protocol, parsed.code);
  return (key && index.get(key)) || [];
}

/** `lookupAll` over a list of meanings: a fresh array, without historic ones when asked. */
export function allOf<T extends MeaningKey>(all: readonly T[], options: LookupOptions | undefined): T[] {
  return options?.includeHistoric === false ? all.filter((e) => tierOf(e) < 2) : [...all];
}

/** `lookup` over a list of meanings: the vendor's (or its family's), else the first usable. */
export function oneOf<T extends MeaningKey>(all: readonly T[], options: LookupOptions | undefined): T | undefined {
  if (all.length === 0) return undefined;
  const usable = options?.includeHistoric ? all : all.filter((e) => tierOf(e) < 2);
  const vendor = typeof options?.vendor === 'string' ? options.vendor.trim().toLowerCase() : '';
  if (vendor) {
    for (const origin of originsForVendor(vendor)) {
      const own = usable.find((e) => e.origin.id === origin);
      if (own) return own;
    }
  }
  return usable[0];
}
