/**
 * The registry's public API: what every status code means, which meaning applies to a response, and who
 * answered it. Pure TypeScript; the indexes are built once, when this module loads.
 */
export { entryOf, lookup, lookupAll, type LookupOptions } from './lookup';
export { explainRecord, UNREGISTERED, type RecordFacts } from './record-explanation';
export { search, searchScored, type SearchHit, type SearchMatch } from './search';
export { explain, type ExplainInput, type Explanation } from './explain';
export { classOf, classLabel, classDigits } from './classes';
export { parseStatusLine, normalizePhrase, type StatusLine } from './status-line';
export { parseCode, type CodeQuery } from './code-input';
export { unregisteredEntry, isUnregistered } from './unregistered';
export { scanBody, BODY_LIMIT, type BodyFinding } from './body-signatures';
export { originsForVendor } from './vendor-families';
export { ALL_ENTRIES, tierOf, type Tier } from './entries';
export { ORIGINS } from './origins';
export {
  detectVendors,
  vendorInfo,
  type HeaderLike,
  type VendorMatch,
  type VendorRef,
  type VendorEvidence,
  type VendorRole,
  type Confidence,
} from '../fingerprints';
export type { ExplanationRef, StatusEntry, StatusClass, Protocol, Lifecycle, RetryAdvice, Origin, SpecRef } from './types';
