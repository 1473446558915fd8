import { WIRE_SUMMARIES } from './data/wire-summaries';
import { wireSummaryKey } from './meaning-keys-source';
import type { ExplanationRef } from './registry-types';

/**
 * The summary of the entry a stored explanation names, for a status on the wire: the one sentence of the
 * registry the background shows (the badge's tooltip), from a generated table of those alone
 * (data/wire-summaries.ts). Undefined for an unregistered status and a browser error.
 */
export function wireSummaryOf(ref: Pick<ExplanationRef, 'code' | 'originId'> | undefined): string | undefined {
  if (ref?.originId === undefined) return undefined;
  const key = wireSummaryKey(ref.originId, ref.code);
  return Object.hasOwn(WIRE_SUMMARIES, key) ? WIRE_SUMMARIES[key] : undefined;
}
