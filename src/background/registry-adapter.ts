/**
 * Connects the capture core to the registry and the fingerprints: vendors are detected once, on every
 * response header, and the meaning chosen once, by the registry's `explainRecord`, for what the capture stores.
 */
import type { DetectVendorsFn, ExplainFn } from '../shared/capture';
import { detectVendors, explainRecord } from '../shared/registry';

export const explainForCapture: ExplainFn = explainRecord;

export const detectVendorsForCapture: DetectVendorsFn = detectVendors;
