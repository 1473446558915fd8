/**
 * Connects the capture core to the registry and the fingerprints: vendors are detected once, on every
 * response header, and the meaning chosen once, by the registry's `explainRecord`, for what the capture stores.
 * Imported from their own modules, not the registry's index: that one brings every entry's prose, which
 * the worker does not carry.
 */
import type { DetectVendorsFn, ExplainFn } from '../shared/capture';
import { detectVendors } from '../shared/fingerprints';
import { KEY_SOURCE } from '../shared/registry/key-source';
import { explainRecordWith } from '../shared/registry/record-explanation';

/** Over the registry's compact keys: the worker carries no entry's prose, and chooses as the pages do. */
export const explainForCapture: ExplainFn = (facts) => explainRecordWith(KEY_SOURCE, facts);

export const detectVendorsForCapture: DetectVendorsFn = detectVendors;
