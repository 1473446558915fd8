import type { StatusEntry } from '../registry-types';
import { CRAWL_NETWORK, CRAWL_NEVER, CRAWL_TLS, firefox, firefoxTls } from './net-error-builders';

/**
 * The codes Firefox's error pages show beyond the common ones in net-errors.ts: NSS certificate and TLS
 * errors (SEC_ERROR_*, SSL_ERROR_*), mozilla::pkix errors (MOZILLA_PKIX_ERROR_*), the NSPR errors its
 * "Secure Connection Failed" page shows when a connection breaks during the handshake (PR_*), and the
 * cross-origin isolation error. Each number's source file is named in net-error-builders.ts and listed in
 * net-errors.test.ts; messages are from nsserrors.properties.
 */
export const firefoxPageErrorEntries: readonly StatusEntry[] = [
  // =============================================================== Certificates
  firefoxTls('SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE', -8162, ['The certificate issuer’s certificate has expired. Check your system date and time.'], {
    phrase: 'Issuer certificate expired',
    summary: "A certificate in the site's chain, above the site's own, has expired, or the device's clock is wrong.",
    explanation:
      "The site's certificate may be current, but an intermediate certificate the server sends with it has run out, so the chain cannot be trusted. A wrong clock on the visitor's device gives the same result. Chromium reports it as net::ERR_CERT_DATE_INVALID.",
    causes: ['The server still sends an old intermediate certificate.', "A wrong date on the visitor's device."],
    visitorAdvice: "Check your device's date and time; if they are right, the site must fix its certificate chain.",
    ownerAdvice: 'Replace the intermediate certificates the server sends with the current chain from your CA.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE', -16379, ['The server presented a certificate that is not yet valid.'], {
    phrase: 'Certificate not yet valid',
    summary: "The site's certificate is dated to start in the future, which usually means the device's clock is behind.",
    explanation:
      "Every certificate has a start date. If the device's clock is behind, or the certificate was installed the moment it was issued and the clock is slightly off, it looks not yet valid. Chromium reports it as net::ERR_CERT_DATE_INVALID.",
    causes: ['A device clock set in the past (a dead clock battery, a wrong time zone setting).', 'A certificate issued with a start date in the future.'],
    visitorAdvice: "Correct your device's date and time, then reload.",
    ownerAdvice: 'If visitors with correct clocks see it, check the start date of the certificate you installed.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls(
    'MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE',
    -16378,
    ['A certificate that is not yet valid was used to issue the server’s certificate.'],
    {
      phrase: 'Issuer certificate not yet valid',
      summary: "A certificate higher up the site's chain is dated to start in the future, usually because the device's clock is behind.",
      explanation: 'Like MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE, but for an intermediate certificate in the chain.',
      causes: ['A device clock set in the past.', 'A newly issued intermediate certificate installed too early.'],
      visitorAdvice: "Correct your device's date and time, then reload.",
      ownerAdvice: 'Check the start dates of the intermediate certificates the server sends.',
      crawlerNote: CRAWL_TLS,
      retry: 'after-change',
    },
  ),
  firefoxTls('SEC_ERROR_UNTRUSTED_ISSUER', -8172, ['Peer’s certificate issuer has been marked as not trusted by the user.'], {
    phrase: 'Issuer marked as not trusted',
    summary: "The authority that issued the site's certificate has been marked as not trusted in this Firefox.",
    explanation:
      "The chain leads to a CA certificate whose trust was switched off, by the user, an administrator's policy or Mozilla itself. Unlike SEC_ERROR_UNKNOWN_ISSUER, Firefox knows the issuer and has been told not to trust it.",
    causes: ['A CA distrusted in Certificate Manager or by enterprise policy.', 'A CA that Mozilla removed or distrusted.'],
    visitorAdvice: 'Do not continue unless your IT team confirms the issuer; check the trust settings in Certificate Manager.',
    ownerAdvice: 'Use a certificate from a CA that browsers trust today.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SEC_ERROR_UNTRUSTED_CERT', -8171, ['Peer’s certificate has been marked as not trusted by the user.'], {
    phrase: 'Certificate marked as not trusted',
    summary: "The site's certificate itself has been marked as not trusted in this Firefox.",
    explanation:
      'The certificate was explicitly distrusted, by the user, an administrator or Mozilla, so Firefox refuses it whatever the rest of the chain says.',
    causes: ['A certificate distrusted in Certificate Manager or by policy.', 'A certificate known to be compromised.'],
    visitorAdvice: 'Do not continue; ask the site or your IT team.',
    ownerAdvice: 'Replace the certificate.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SEC_ERROR_BAD_SIGNATURE', -8182, ['Peer’s certificate has an invalid signature.'], {
    phrase: 'Invalid certificate signature',
    summary: "The signature on the site's certificate does not check out, so it may have been altered or badly issued.",
    explanation:
      "A certificate is signed by its issuer; Firefox verifies the signature with the issuer's key. A failure means the certificate was changed after signing, was signed with another key, or the server sends the wrong intermediate certificate.",
    causes: [
      'The server sends an intermediate certificate that did not sign this certificate.',
      'A corrupted certificate file.',
      'Interception by faulty security software.',
    ],
    visitorAdvice: 'Do not continue; report it to the site.',
    ownerAdvice: 'Install the certificate with the exact intermediate chain your CA provides.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SEC_ERROR_CA_CERT_INVALID', -8156, ['Issuer certificate is invalid.'], {
    phrase: 'Issuer certificate invalid',
    summary: "A certificate used as an authority in the site's chain is not allowed to act as one.",
    explanation:
      'Only CA certificates (marked as such in their basic constraints) may sign other certificates. Here the chain uses one that is not marked as a CA, or whose limits were broken, so the chain is invalid.',
    causes: ['A server that sends its own certificate twice, or a non-CA certificate as intermediate.', 'A home-made CA without the right extensions.'],
    visitorAdvice: 'Do not continue; report it to the site.',
    ownerAdvice: 'Send the intermediate chain your CA provides; if you run your own CA, give its certificate basicConstraints CA:TRUE.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SEC_ERROR_INADEQUATE_KEY_USAGE', -8102, ['Certificate key usage inadequate for attempted operation.'], {
    phrase: 'Inadequate key usage',
    summary: "The certificate's stated purposes do not include securing a web server connection.",
    explanation:
      'A certificate lists what its key may be used for (key usage and extended key usage). A certificate meant for e-mail, code signing or client login, or one with a key usage that does not fit the handshake, is refused for a website. Chromium reports key-exchange mismatches as net::ERR_SSL_KEY_USAGE_INCOMPATIBLE.',
    causes: ['A certificate issued with the wrong template.', 'A client or e-mail certificate installed on a web server.'],
    visitorAdvice: 'Nothing you can do; the site must replace its certificate.',
    ownerAdvice: 'Reissue the certificate for TLS server authentication (extended key usage serverAuth).',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SEC_ERROR_OCSP_OLD_RESPONSE', -8060, ['The OCSP response contains out-of-date information.'], {
    phrase: 'Outdated OCSP response',
    summary: 'The revocation status the server attached to its certificate (OCSP stapling) is out of date.',
    explanation:
      "A server can staple a signed statement from its CA that the certificate is not revoked. Such statements expire after a few days; this one had, so Firefox could not rely on it. A wrong clock on the visitor's device gives the same result.",
    causes: ['A server that keeps sending a stale stapled response after failing to fetch a new one.', "A wrong date on the visitor's device."],
    visitorAdvice: "Check your device's date and time, then reload.",
    ownerAdvice: "Check that the server can reach the CA's OCSP responder to refresh the stapled response, or turn stapling off.",
    crawlerNote: CRAWL_TLS,
    retry: 'later',
  }),
  firefoxTls('MOZILLA_PKIX_ERROR_MITM_DETECTED', -16369, [], {
    phrase: 'Interception detected',
    summary: 'Firefox found that a program or network is intercepting the secure connection and re-signing it with its own certificate.',
    explanation:
      "The certificate for a well-known site comes from an issuer that is not publicly trusted but that the device was told to trust: the mark of antivirus, parental-control or company software that reads HTTPS traffic, or of malware. Firefox's error page names the issuer.",
    causes: ['Antivirus HTTPS scanning.', 'A company proxy that inspects traffic.', 'Malware with its own root certificate.'],
    visitorAdvice:
      'Turn off HTTPS scanning in your security software, or ask your IT team; if you did not install such software, check the device for malware.',
    ownerAdvice: "Nothing on your server causes this: the visitor's connection is intercepted.",
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  firefoxTls('MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY', -16368, [], {
    phrase: 'Certificate Transparency insufficient',
    summary: 'The certificate was not shown to be recorded in public Certificate Transparency logs, as Firefox now requires.',
    explanation:
      'Firefox, like Chrome, requires publicly trusted certificates to carry enough proofs of being logged in Certificate Transparency logs. Chromium reports the same as net::ERR_CERTIFICATE_TRANSPARENCY_REQUIRED.',
    causes: ['A certificate issued without being logged, or with too few log proofs.', 'A CA that issued outside the rules.'],
    visitorAdvice: 'Do not continue; the site must fix its certificate.',
    ownerAdvice: 'Get a certificate from a CA that embeds log proofs (SCTs), and check it with a CT-aware TLS checker.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls(
    'MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE',
    -16382,
    ['The server presented a certificate with a key size that is too small to establish a secure connection.'],
    {
      phrase: 'Certificate key too small',
      summary: "The site's certificate uses a key too short to be safe, such as a 1024-bit RSA key.",
      explanation: 'Short keys can be broken, so Firefox refuses them. Chromium reports this as net::ERR_CERT_WEAK_KEY.',
      causes: ['An old certificate, often on a device or appliance.'],
      visitorAdvice: 'Nothing you can do; the site must replace its certificate.',
      ownerAdvice: 'Reissue the certificate with an RSA key of at least 2048 bits or an ECDSA key.',
      crawlerNote: CRAWL_TLS,
      retry: 'after-change',
    },
  ),
  firefoxTls('MOZILLA_PKIX_ERROR_VALIDITY_TOO_LONG', -16375, ['The server presented a certificate that is valid for too long.'], {
    phrase: 'Certificate valid for too long',
    summary: 'The certificate is valid for longer than browsers allow for publicly trusted certificates.',
    explanation: 'Browsers cap how long a publicly trusted certificate may be valid. Chromium reports this as net::ERR_CERT_VALIDITY_TOO_LONG.',
    causes: ['A certificate issued for several years.'],
    visitorAdvice: 'Nothing you can do; the site must replace its certificate.',
    ownerAdvice: 'Use certificates of a year or less, renewed automatically (ACME).',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls(
    'MOZILLA_PKIX_ERROR_ISSUER_NO_LONGER_TRUSTED',
    -16367,
    ['The certificate authority that issued the certificate was distrusted before the certificate was issued.'],
    {
      phrase: 'Issuer no longer trusted',
      summary: 'The certificate was issued by an authority after browsers had stopped trusting it for new certificates.',
      explanation:
        'When Mozilla distrusts a CA, it often keeps accepting certificates issued before a cut-off date and refuses those issued after it. This certificate falls after the cut-off.',
      causes: ['A certificate bought from a CA that had already been distrusted for new issuance.'],
      visitorAdvice: 'Nothing you can do; the site must replace its certificate.',
      ownerAdvice: 'Replace the certificate with one from a currently trusted CA.',
      crawlerNote: CRAWL_TLS,
      retry: 'after-change',
    },
  ),

  // =============================================================== The TLS handshake
  firefoxTls('SSL_ERROR_PROTOCOL_VERSION_ALERT', -12190, ['Peer reports incompatible or unsupported protocol version.'], {
    phrase: 'TLS version refused by the server',
    summary: 'The server refused the TLS versions Firefox offered, typically because it only speaks an old one.',
    explanation:
      'Firefox offers TLS 1.2 and 1.3 only. A server that supports nothing newer than TLS 1.0 or 1.1, or a middlebox that cannot handle TLS 1.3, answers with a protocol-version alert. Chromium reports this as net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH.',
    causes: ['A server or device limited to TLS 1.0 or 1.1.', 'A firewall or proxy that breaks TLS 1.3.'],
    visitorAdvice: 'Nothing you can safely change; the site must update its TLS setup.',
    ownerAdvice: 'Enable TLS 1.2 and 1.3 on the server and on anything that terminates TLS in front of it.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SSL_ERROR_HANDSHAKE_FAILURE_ALERT', -12227, ['SSL peer was unable to negotiate an acceptable set of security parameters.'], {
    phrase: 'TLS handshake failure',
    summary: 'The server ended the TLS handshake because it could not agree on security settings with Firefox.',
    explanation:
      'The server sent a generic handshake-failure alert: no common cipher suite, a required client certificate missing, or a name it has no certificate for. Which one is not stated. Chromium usually reports these as net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH or net::ERR_SSL_PROTOCOL_ERROR.',
    causes: [
      'Only obsolete cipher suites enabled on the server.',
      'A client certificate required but not sent.',
      'No certificate for the requested host name (SNI).',
    ],
    visitorAdvice: 'Nothing you can safely change; report it to the site.',
    ownerAdvice: 'Test the host with an external TLS checker; enable current cipher suites and check client-certificate and SNI settings.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),
  firefoxTls('SSL_ERROR_BAD_CERT_ALERT', -12271, ['SSL peer cannot verify your certificate.'], {
    phrase: 'Client certificate rejected',
    summary: 'The server asked for a client certificate and could not verify the one the browser sent.',
    explanation:
      'During the handshake the server rejected your certificate (for example a smart card or company certificate), usually because it does not trust its issuer.',
    causes: ['A client certificate from an issuer the server does not trust.', 'An expired or revoked client certificate.'],
    visitorAdvice: 'Choose another certificate if asked, or ask your IT team to renew yours.',
    ownerAdvice: 'Check which client-certificate issuers the server trusts and the validity of the certificates users present.',
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
  firefoxTls(
    'SSL_ERROR_INAPPROPRIATE_FALLBACK_ALERT',
    -12157,
    ['The server rejected the handshake because the client downgraded to a lower TLS version than the server supports.'],
    {
      phrase: 'TLS fallback rejected',
      summary: 'The server refused a retry with an older TLS version, because it supports a newer one.',
      explanation:
        'When a handshake fails, a client may retry with an older version and say so; a server that supports a newer version answers with this alert, since the first failure was probably caused by something in between.',
      causes: ['A middlebox that broke the first handshake.', 'An unstable network.'],
      visitorAdvice: 'Reload, or try another network.',
      ownerAdvice: 'Look for devices between client and server that interfere with TLS.',
      crawlerNote: CRAWL_NETWORK,
      retry: 'immediately',
    },
  ),
  firefoxTls('SSL_ERROR_UNSUPPORTED_VERSION', -12279, ['Peer using unsupported version of security protocol.'], {
    phrase: 'Unsupported TLS version',
    summary: 'The server answered with a TLS version Firefox no longer accepts.',
    explanation: 'The server chose a version below TLS 1.2, which Firefox has turned off. Chromium reports this as net::ERR_SSL_VERSION_OR_CIPHER_MISMATCH.',
    causes: ['A server or device limited to TLS 1.0 or 1.1.'],
    visitorAdvice: 'Nothing you can safely change; the site must update its TLS setup.',
    ownerAdvice: 'Enable TLS 1.2 and 1.3.',
    crawlerNote: CRAWL_TLS,
    retry: 'after-change',
  }),

  // =============================================================== Connections cut during the handshake (NSPR)
  firefoxTls('PR_END_OF_FILE_ERROR', -5938, [], {
    phrase: 'Connection closed during the secure handshake',
    summary: 'The connection was closed before the secure (TLS) handshake finished, and Firefox shows "Secure Connection Failed".',
    explanation:
      "The server, or something between, closed the connection while Firefox was setting up TLS. A server that does not accept any of Firefox's settings can do this, but so can a proxy, a firewall or security software that filters HTTPS. Chromium reports similar cases as net::ERR_CONNECTION_CLOSED or net::ERR_SSL_PROTOCOL_ERROR.",
    causes: [
      'Security software or a proxy that intercepts HTTPS and fails.',
      'A firewall that blocks the site by cutting the connection.',
      'A server that drops handshakes it cannot handle (old TLS versions, missing SNI support).',
    ],
    visitorAdvice: 'Turn off HTTPS scanning in security software or the proxy setting, try another network, then reload.',
    ownerAdvice: 'Test the host with an external TLS checker; if it passes, the cause is on the visitor’s side.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'immediately',
  }),
  firefoxTls('PR_CONNECT_RESET_ERROR', -5961, [], {
    phrase: 'Connection reset during the secure handshake',
    summary: 'The connection was reset while Firefox was setting up the secure connection, often by a firewall or filter.',
    explanation:
      "A TCP reset arrived during the TLS handshake. Filtering firewalls and national censorship systems often block a site this way, after reading the site's name from the handshake; a crashing server can too. Chromium reports this as net::ERR_CONNECTION_RESET.",
    causes: [
      'A firewall, filter or censorship system blocking the site.',
      'Security software interfering with HTTPS.',
      'A server that crashed or rejected the connection.',
    ],
    visitorAdvice: 'Try another network or turn off filtering software; if the site is blocked on your network, only the network operator can change that.',
    ownerAdvice: 'Check whether it happens from several networks; if only from some, the connection is being blocked on the way.',
    crawlerNote: CRAWL_NETWORK,
    retry: 'later',
  }),

  // =============================================================== Cross-origin isolation
  firefox('NS_ERROR_DOM_COOP_FAILED', {
    phrase: 'Blocked by Cross-Origin-Opener-Policy',
    summary: 'Firefox blocked a page because its Cross-Origin-Opener-Policy conflicts with the page or window that opened it.',
    explanation:
      'Cross-Origin-Opener-Policy (COOP) lets a page cut its ties to the window that opened it. When a navigation lands on a page whose COOP cannot be applied in that browsing context, for example in a sandboxed frame\'s pop-up, or in a pop-up that is redirected to a site sending "same-origin", Firefox stops the load and shows this error.',
    causes: [
      'A pop-up opened from a sandboxed iframe without allow-popups-to-escape-sandbox.',
      'A link opened in a new window that redirects to a site sending COOP same-origin.',
    ],
    visitorAdvice: 'Open the link in a new tab yourself, or copy it into the address bar.',
    ownerAdvice:
      'Open external links with rel="noopener", allow sandboxed frames to open escaping pop-ups if they must, and check the Cross-Origin-Opener-Policy of the pages involved.',
    headers: ['Cross-Origin-Opener-Policy'],
    crawlerNote: CRAWL_NEVER,
    retry: 'after-change',
  }),
];
