import { CODE_INDEX, keyOf, tierOf } from './entries';
import { parseCode } from './code-input';
import type { ExplanationRef, StatusEntry } from './registry-types';
import { originsForVendor } from './vendor-families';

export interface LookupOptions {
  /** Namespace for numeric codes; default 'http'. Net error strings always go to 'net'. */
  protocol?: 'http' | 'sip';
  /** A vendor id ('iis', 'cloudflare', ... as `detectVendors` reports): prefer that vendor's meaning. */
  vendor?: string;
  /** `lookup` skips historic meanings unless this is true; `lookupAll` includes them unless it is false. */
  includeHistoric?: boolean;
}

const NONE: readonly StatusEntry[] = [];

function meanings(code: unknown, options: LookupOptions | undefined): readonly StatusEntry[] {
  const protocol = options?.protocol === 'sip' ? 'sip' : 'http';
  const parsed = parseCode(code, protocol);
  if (!parsed) return NONE;
  const key = keyOf(parsed.protocol, parsed.code);
  return (key && CODE_INDEX.get(key)) || NONE;
}

/**
 * Every meaning of a code: the standard one first, then each vendor's, then historic ones.
 * Accepts the same inputs as `lookup`. Returns a fresh array.
 */
export function lookupAll(code: number | string, options?: LookupOptions): StatusEntry[] {
  const all = meanings(code, options);
  return options?.includeHistoric === false ? all.filter((e) => tierOf(e) < 2) : [...all];
}

/**
 * The meaning of a code. With a vendor, that vendor's meaning (or its family's: IIS covers Exchange and
 * the ASP.NET Core Module); otherwise, or when the vendor has none, the standard meaning; failing that,
 * a vendor's. Historic meanings only with `includeHistoric`.
 */
export function lookup(code: number | string, options?: LookupOptions): StatusEntry | undefined {
  const all = meanings(code, options);
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

/**
 * The registry entry a stored explanation names: found again, never chosen anew. Undefined for an
 * unregistered status (nothing names it) and for an origin the registry no longer has for the code.
 */
export function entryOf(ref: Pick<ExplanationRef, 'code' | 'originId'> | undefined): StatusEntry | undefined {
  if (ref?.originId === undefined) return undefined;
  const origin = ref.originId;
  return meanings(ref.code, undefined).find((e) => e.origin.id === origin);
}
