import { scanBody } from './body-signatures';
import { CODE_INDEX } from './entries';
import { allOf, meaningsIn, oneOf, type LookupOptions, type MeaningSource } from './meaning-lookup';
import type { ExplanationRef, StatusEntry } from './registry-types';
import { unregisteredEntry } from './unregistered';

/**
 * Every meaning of a code: the standard one first, then each vendor's, then historic ones.
 * Accepts the same inputs as `lookup`. Returns a fresh array.
 */
export function lookupAll(code: number | string, options?: LookupOptions): StatusEntry[] {
  return allOf(meaningsIn(CODE_INDEX, code, options), options);
}

/**
 * The meaning of a code. With a vendor, that vendor's meaning (or its family's: IIS covers Exchange and
 * the ASP.NET Core Module); otherwise, or when the vendor has none, the standard meaning; failing that,
 * a vendor's. Historic meanings only with `includeHistoric`.
 */
export function lookup(code: number | string, options?: LookupOptions): StatusEntry | undefined {
  return oneOf(meaningsIn(CODE_INDEX, code, options), options);
}

/**
 * The registry entry a stored explanation names: found again, never chosen anew. Undefined for an
 * unregistered status (nothing names it) and for an origin the registry no longer has for the code.
 */
export function entryOf(ref: Pick<ExplanationRef, 'code' | 'originId'> | undefined): StatusEntry | undefined {
  if (ref?.originId === undefined) return undefined;
  const origin = ref.originId;
  return meaningsIn(CODE_INDEX, ref.code, undefined).find((e) => e.origin.id === origin);
}

/** The full registry, for `explain`: every entry with its summary, advice and spec. */
export const FULL_SOURCE: MeaningSource<StatusEntry> = { lookup, lookupAll, unregistered: unregisteredEntry, scanBody };
