export { detectVendors, compareMatches, toMatch, CONFIDENCE_RANK } from './vendor-fingerprints';
export { ROLE_ORDER } from './vendor-types';
export { VENDORS, vendorInfo } from './vendors';
export { FINGERPRINT_RULES } from './fingerprint-rules';
export type { Confidence, FailureCause, HeaderLike, MadeByRef, VendorEvidence, VendorMatch, VendorRef } from './vendor-types';
export { scanStatusLine, type StatusLineFinding } from './own-status-lines';
export { matchOfRef } from './stored-vendor';
