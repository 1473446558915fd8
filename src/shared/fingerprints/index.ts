export { detectVendors, compareMatches, toMatch, CONFIDENCE_RANK, ROLE_ORDER } from './vendor-fingerprints';
export { VENDORS, vendorInfo } from './vendors';
export { FINGERPRINT_RULES, type FingerprintRule } from './fingerprint-rules';
export type { Confidence, HeaderLike, VendorEvidence, VendorInfo, VendorMatch, VendorRef, VendorRole } from './types';
export { matchOfRef } from './stored-vendor';
