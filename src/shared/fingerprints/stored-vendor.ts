/**
 * A stored vendor (VendorRef, as the capture keeps it) read back as a match, so the registry can weigh
 * the vendors the background detected without the headers they came from.
 */
import type { VendorMatch, VendorRef } from './vendor-types';
import { vendorInfo } from './vendors';

/** A match rebuilt from what was stored; a ref from an older state lacks role and confidence, and the list of vendors says them. */
export function matchOfRef(ref: VendorRef): VendorMatch {
  const info = vendorInfo(ref.id);
  const cut = ref.proof?.indexOf(': ') ?? -1;
  const header = ref.proof !== undefined && cut > 0 ? ref.proof.slice(0, cut) : (ref.headers?.[0] ?? '');
  const value = ref.proof !== undefined && cut > 0 ? ref.proof.slice(cut + 2) : '';
  const confidence = ref.confidence ?? 'high';
  const match: VendorMatch = {
    id: ref.id,
    name: ref.name,
    role: ref.role ?? info?.role ?? 'origin-server',
    header,
    value,
    confidence,
    evidence: (ref.headers ?? (header ? [header] : [])).map((name, i) =>
      i === 0 ? { header: name, value, confidence } : { header: name, value: '', confidence },
    ),
  };
  if (ref.version !== undefined) match.version = ref.version;
  if (ref.ownAnswer !== undefined) match.ownAnswer = ref.ownAnswer;
  return match;
}
