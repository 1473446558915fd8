/**
 * Connects the capture core to the registry. The core asks for an explanation with the vendor ids it
 * detected; the registry's own `explain` wants headers, so the vendor meaning is looked up directly.
 */
import type { DetectVendorsFn, ExplainFn } from '../shared/capture';
import { detectVendors, explain, lookup } from '../shared/registry';

export const explainForCapture: ExplainFn = (input) => {
  if (input.error !== undefined) return lookup(input.error);
  if (input.statusCode === undefined) return undefined;
  for (const vendor of input.vendorIds) {
    const entry = lookup(input.statusCode, { vendor });
    // lookup falls back to the standard meaning; only a vendor's own meaning should win here.
    if (entry && entry.origin.id !== 'ietf') return entry;
  }
  return explain({ statusCode: input.statusCode, statusLine: input.statusLine }).entry;
};

export const detectVendorsForCapture: DetectVendorsFn = (headers) => detectVendors(headers);
