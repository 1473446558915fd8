export { detectVendors, compareMatches, toMatch, CONFIDENCE_RANK, ROLE_ORDER } from './vendor-fingerprints';
export { VENDORS, vendorInfo } from './vendors';
export { FINGERPRINT_RULES } from './fingerprint-rules';
export type { Confidence, HeaderLike, VendorEvidence, VendorMatch, VendorRef } from './vendor-types';
export { matchOfRef } from './stored-vendor';
