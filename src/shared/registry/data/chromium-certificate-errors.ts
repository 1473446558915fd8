import type { StatusEntry } from '../registry-types';
import { CRAWL_NEVER, CRAWL_TLS, chromium } from './net-error-builders';

/**
 * Chromium's certificate and TLS errors beyond the common ones in net-errors.ts. Each shows Chromium's
 * "Your connection is not private" page or its plain error page. Values are from net/base/net_error_list.h.
 */
export const chromiumCertificateErrorEntries: readonly StatusEntry[] = [
  chromium('CERT_INVALID', -207, {
    phrase: 'Invalid certificate',
    summary: "The site's certificate is malformed or breaks the rules for certificates, so it cannot be checked at all.",
    explanation:
      'Unlike an expired or untrusted certificate, this one could not be validated because something in it is wrong: an encoding error, a missing or contradictory field, an extension the browser cannot accept. There is no way past the warning. Firefox reports similar cases as SEC_ERROR_BAD_DER, SEC_ERROR_BAD_SIGNATURE or MOZILLA_PKIX_ERROR_INVALID_INTEGER_ENCODING.',
    causes: ['A certificate made by hand or by a faulty tool.', 'A broken certificate from security software that intercepts HTTPS.'],
    visitorAdvice: 'Do not continue. If it happens on many sites, check security software that scans HTTPS.',
    ownerAdvice: 'Replace the certificate with one issued by a public CA, and check it with an external TLS checker.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERTIFICATE_TRANSPARENCY_REQUIRED', -214, {
    phrase: 'Certificate Transparency required',
    summary: 'The certificate was not publicly logged as Chrome requires, so the browser does not trust it.',
    explanation:
      "Chrome requires publicly trusted certificates to come with proof (signed certificate timestamps) that they were recorded in public Certificate Transparency logs. Without enough valid proofs the certificate is refused, even if it is otherwise correct. Firefox's counterpart is MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY.",
    causes: [
      'A certificate issued without being logged, or with too few log proofs.',
      'A server that strips or fails to send the proofs (for example in a stale OCSP response or TLS extension).',
      'A CA that issued outside the rules.',
    ],
    visitorAdvice: 'Do not continue; the site must fix its certificate.',
    ownerAdvice: 'Get a certificate from a CA that logs by default (embedded SCTs), and check it with a CT-aware TLS checker.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERT_KNOWN_INTERCEPTION_BLOCKED', -217, {
    phrase: 'Known interception certificate',
    summary: 'The certificate is one Chrome knows is used to intercept and read encrypted traffic, so it blocked the connection.',
    explanation:
      'Chrome keeps a list of certificates and keys known to be used for intercepting HTTPS by someone other than the owner of the device, for example by a network operator or malware. A connection that presents one is blocked, with no way past the warning.',
    causes: ['A network, government or ISP that intercepts HTTPS.', 'Malware that installed its own root certificate.'],
    visitorAdvice: 'Do not continue. Use another network, and check the device for unwanted software and certificates.',
    ownerAdvice: "Nothing on your server causes this: the visitor's traffic is being intercepted on the way.",
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  chromium('SSL_KEY_USAGE_INCOMPATIBLE', -181, {
    phrase: 'Certificate key usage incompatible',
    summary: "The certificate's key-usage field does not allow the kind of TLS key exchange the server chose.",
    explanation:
      'A certificate can limit what its key may do (the keyUsage extension). If it allows only key encipherment and the server uses the key for a digital signature in an ECDHE handshake, or the reverse, Chrome refuses the connection. Older Chrome versions tolerated the mismatch; current ones enforce it for certificates from publicly trusted roots.',
    causes: ['A certificate issued with a keyUsage that does not fit the cipher suites the server uses.', 'An old internal certificate template.'],
    visitorAdvice: 'Nothing you can do; the site must replace its certificate.',
    ownerAdvice: 'Reissue the certificate with a keyUsage that includes digitalSignature (for ECDHE) or drop the restriction, and check it with a TLS checker.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('SSL_CLIENT_AUTH_CERT_NEEDED', -110, {
    phrase: 'Client certificate needed',
    summary: 'The server asked the browser for a client certificate to prove who you are.',
    explanation:
      'Some servers, such as company portals and government sites, ask for a certificate installed on your device or smart card during the TLS handshake. Chromium then asks you to choose one; this error ends the request when none was given.',
    causes: ['A site that requires a client certificate or smart card.', 'No suitable certificate installed, or the prompt was dismissed.'],
    visitorAdvice: 'Install or insert the certificate or smart card the site expects and choose it when asked; your IT team can help.',
    ownerAdvice: 'If only some paths need client certificates, make sure the others do not request one.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  chromium('CERT_SYMANTEC_LEGACY', -215, {
    phrase: 'Distrusted Symantec certificate',
    summary: 'The certificate chains to an old Symantec root that Chrome no longer trusts.',
    explanation:
      'After repeated mis-issuance, browsers stopped trusting certificates from the roots of Symantec and its brands (Thawte, VeriSign, GeoTrust, RapidSSL) issued before DigiCert took them over. A site still using one gets this error.',
    causes: ['A certificate bought long ago from Symantec or one of its brands and never replaced.'],
    visitorAdvice: 'Nothing you can do; the site must replace its certificate.',
    ownerAdvice: 'Replace the certificate with one from a currently trusted CA.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERT_NAME_CONSTRAINT_VIOLATION', -212, {
    phrase: 'Certificate name constraint violation',
    summary: 'The certificate names a host that the authority which issued it is not allowed to vouch for.',
    explanation:
      'A CA certificate can be limited to certain domains (name constraints), as company CAs often are. A certificate from it for a host outside those domains is refused.',
    causes: ['A company CA limited to its own domains issuing for another domain.', 'A misconfigured internal CA.'],
    visitorAdvice: 'Do not continue; tell the site or your IT team.',
    ownerAdvice: "Issue the certificate from a CA whose constraints cover the host name, or widen the internal CA's constraints.",
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERT_VALIDITY_TOO_LONG', -213, {
    phrase: 'Certificate valid for too long',
    summary: 'The certificate is valid for longer than browsers allow for publicly trusted certificates.',
    explanation:
      'Browsers cap how long a publicly trusted TLS certificate may be valid: Chrome refuses one issued since September 2020 that is valid for more than 398 days, and the limits CAs must follow are shorter still and shrinking. Firefox reports this as MOZILLA_PKIX_ERROR_VALIDITY_TOO_LONG.',
    causes: ['A certificate issued for several years, before the limits or by a non-compliant CA.'],
    visitorAdvice: 'Nothing you can do; the site must replace its certificate.',
    ownerAdvice: 'Use certificates of a year or less, renewed automatically (ACME).',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERT_WEAK_KEY', -211, {
    phrase: 'Weak certificate key',
    summary: "The certificate's key is too weak, for example an RSA key shorter than 2048 bits.",
    explanation:
      'A key that is too short can be broken, so browsers refuse certificates with one. Firefox reports this as MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE.',
    causes: ['An old certificate or device certificate with a 1024-bit RSA key.'],
    visitorAdvice: 'Nothing you can do; the site must replace its certificate.',
    ownerAdvice: 'Reissue the certificate with an RSA key of at least 2048 bits or an ECDSA key.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  chromium('CERT_NON_UNIQUE_NAME', -210, {
    phrase: 'Non-unique certificate name',
    summary: 'The certificate was issued for a name that is not unique on the internet, such as an internal name or private address.',
    explanation:
      'Public CAs may no longer issue certificates for names like "server01", ".local" names or private IP addresses, because anyone could get one for the same name. Chromium refuses a publicly trusted certificate that names one.',
    causes: ['An internal host using an old public certificate for an internal name.'],
    visitorAdvice: 'Do not continue; tell the site or your IT team.',
    ownerAdvice: 'Use a real domain name for the host, or an internal CA for internal names.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  chromium('TLS13_DOWNGRADE_DETECTED', -180, {
    phrase: 'TLS 1.3 downgrade detected',
    summary: 'The connection was pushed down to an older TLS version by something that claims to support TLS 1.3.',
    explanation:
      'A TLS 1.3 server that has to use an older version marks its handshake so that the browser can tell. Seeing that mark means something between the two, usually a buggy TLS-intercepting proxy, forced the older version, which is also what an attack would look like.',
    causes: ['A firewall or proxy that intercepts TLS and implements TLS 1.2 incorrectly.', 'An attacker forcing an older protocol.'],
    visitorAdvice: 'Try another network, or update or turn off the HTTPS inspection of security software.',
    ownerAdvice: 'If a load balancer or proxy terminates TLS for you, update it; otherwise the cause is on the visitor’s network.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
];
