/**
 * The registry's public API: what every status code means, which meaning applies to a response, and who
 * answered it. Pure TypeScript; the indexes are built once, when this module loads. The lookup box's
 * search (`./search`, which brings SIP's codes with it) is imported on its own, where it is used.
 */
export { lookup, lookupAll } from './lookup';
export { explain, explainRecord, type ExplainInput, type Explanation } from './explain';
export type { RecordFacts } from './record-explanation';
export { classOf, classLabel } from './classes';
export { parseStatusLine } from './status-line';
export { BODY_LIMIT } from './body-signatures';
export { detectVendors, type VendorMatch } from '../fingerprints';
export type { StatusEntry } from './registry-types';
