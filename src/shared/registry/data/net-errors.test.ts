import { describe, expect, it } from 'vitest';
import { lookupAll } from '../lookup';
import { ORIGINS } from '../origins';
import type { StatusEntry } from '../registry-types';
import { netErrorEntries } from './net-errors';

const chromium = netErrorEntries.filter((e) => e.origin.id === ORIGINS.chromium.id);
const firefox = netErrorEntries.filter((e) => e.origin.id === ORIGINS.firefox.id);
const byCode = new Map(netErrorEntries.map((e) => [e.code, e]));
const get = (code: string): StatusEntry => {
  const entry = byCode.get(code);
  if (!entry) throw new Error(`${code} missing`);
  return entry;
};

/**
 * The errors a user actually meets in Chromium, with their values as net/base/net_error_list.h gives them
 * (checked against chromium/chromium at 0182b17bc505).
 */
const CHROMIUM_REQUIRED: Record<string, number> = {
  NAME_NOT_RESOLVED: -105,
  CONNECTION_REFUSED: -102,
  CONNECTION_RESET: -101,
  CONNECTION_CLOSED: -100,
  CONNECTION_TIMED_OUT: -118,
  TIMED_OUT: -7,
  CONNECTION_ABORTED: -103,
  CONNECTION_FAILED: -104,
  ADDRESS_UNREACHABLE: -109,
  INTERNET_DISCONNECTED: -106,
  NETWORK_CHANGED: -21,
  EMPTY_RESPONSE: -324,
  ABORTED: -3,
  BLOCKED_BY_CLIENT: -20,
  BLOCKED_BY_RESPONSE: -27,
  BLOCKED_BY_ORB: -32,
  BLOCKED_BY_ADMINISTRATOR: -22,
  TOO_MANY_REDIRECTS: -310,
  UNSAFE_REDIRECT: -311,
  INVALID_REDIRECT: -303,
  CERT_AUTHORITY_INVALID: -202,
  CERT_COMMON_NAME_INVALID: -200,
  CERT_DATE_INVALID: -201,
  CERT_REVOKED: -206,
  CERT_WEAK_SIGNATURE_ALGORITHM: -208,
  SSL_PROTOCOL_ERROR: -107,
  SSL_VERSION_OR_CIPHER_MISMATCH: -113,
  BAD_SSL_CLIENT_AUTH_CERT: -117,
  SSL_UNRECOGNIZED_NAME_ALERT: -159,
  HTTP2_PROTOCOL_ERROR: -337,
  QUIC_PROTOCOL_ERROR: -356,
  INCOMPLETE_CHUNKED_ENCODING: -355,
  CONTENT_LENGTH_MISMATCH: -354,
  CONTENT_DECODING_FAILED: -330,
  RESPONSE_HEADERS_TOO_BIG: -325,
  RESPONSE_HEADERS_MULTIPLE_LOCATION: -350,
  INVALID_RESPONSE: -320,
  INVALID_HTTP_RESPONSE: -370,
  UNEXPECTED_PROXY_AUTH: -323,
  PROXY_CONNECTION_FAILED: -130,
  TUNNEL_CONNECTION_FAILED: -111,
  CACHE_MISS: -400,
  FILE_NOT_FOUND: -6,
  ACCESS_DENIED: -10,
  INSECURE_RESPONSE: -501,
  FAILED: -2,
  CLEARTEXT_NOT_PERMITTED: -29,
  NETWORK_ACCESS_DENIED: -138,
  SSL_PINNED_KEY_NOT_IN_CERT_CHAIN: -150,
  DNS_TIMED_OUT: -803,
  HTTP_RESPONSE_CODE_FAILURE: -379,
  INSUFFICIENT_RESOURCES: -12,
  ADDRESS_INVALID: -108,
  SSL_CLIENT_AUTH_CERT_NEEDED: -110,
  TLS13_DOWNGRADE_DETECTED: -180,
  SSL_KEY_USAGE_INCOMPATIBLE: -181,
  CERT_INVALID: -207,
  CERT_NON_UNIQUE_NAME: -210,
  CERT_WEAK_KEY: -211,
  CERT_NAME_CONSTRAINT_VIOLATION: -212,
  CERT_VALIDITY_TOO_LONG: -213,
  CERTIFICATE_TRANSPARENCY_REQUIRED: -214,
  CERT_SYMANTEC_LEGACY: -215,
  CERT_KNOWN_INTERCEPTION_BLOCKED: -217,
  INVALID_CHUNKED_ENCODING: -321,
  RESPONSE_HEADERS_MULTIPLE_CONTENT_LENGTH: -346,
  INCOMPLETE_HTTP2_HEADERS: -347,
  RESPONSE_HEADERS_MULTIPLE_CONTENT_DISPOSITION: -349,
  HTTP2_SERVER_REFUSED_STREAM: -351,
  HTTP2_PING_FAILED: -352,
  RESPONSE_HEADERS_TRUNCATED: -357,
  QUIC_HANDSHAKE_FAILED: -358,
  HTTP2_INADEQUATE_TRANSPORT_SECURITY: -360,
  HTTP2_FLOW_CONTROL_ERROR: -361,
  HTTP2_FRAME_SIZE_ERROR: -362,
  HTTP2_COMPRESSION_ERROR: -363,
  HTTP_1_1_REQUIRED: -365,
  HTTP2_STREAM_CLOSED: -376,
  HTTP2_CLIENT_REFUSED_STREAM: -377,
  QUIC_CERT_ROOT_NOT_KNOWN: -380,
  QUIC_GOAWAY_REQUEST_CAN_BE_RETRIED: -381,
  DNS_MALFORMED_RESPONSE: -800,
  DNS_SERVER_FAILED: -802,
  BLOCKED_BY_CSP: -30,
  NAME_RESOLUTION_FAILED: -137,
  INVALID_URL: -300,
  UNKNOWN_URL_SCHEME: -302,
  UNSAFE_PORT: -312,
};

/** The names Chromium's error page shows after its DNS probe (components/error_page/common/net_error_info.cc). */
const DNS_PROBE_REQUIRED = ['STARTED', 'FINISHED_NXDOMAIN', 'FINISHED_NO_INTERNET', 'FINISHED_BAD_CONFIG', 'FINISHED_BAD_SECURE_CONFIG'];

/** The bases NSS, mozilla::pkix and NSPR number their errors from, and the file each comes from. */
const BASES = {
  sec: { value: -0x2000, file: 'security/nss/lib/util/secerr.h (SEC_ERROR_BASE)' },
  ssl: { value: -0x3000, file: 'security/nss/lib/ssl/sslerr.h (SSL_ERROR_BASE)' },
  pkix: { value: -0x4000, file: 'security/nss/lib/mozpkix/include/pkix/pkixnss.h (ERROR_BASE)' },
  nspr: { value: -6000, file: 'nsprpub/pr/include/prerr.h (ERROR_TABLE_BASE_nspr)' },
} as const;

/** Firefox's TLS and certificate errors: [base, offset in the enum of that file]. */
const FIREFOX_NSS_VALUES: Record<string, readonly [keyof typeof BASES, number]> = {
  SEC_ERROR_BAD_SIGNATURE: ['sec', 10],
  SEC_ERROR_EXPIRED_CERTIFICATE: ['sec', 11],
  SEC_ERROR_REVOKED_CERTIFICATE: ['sec', 12],
  SEC_ERROR_UNKNOWN_ISSUER: ['sec', 13],
  SEC_ERROR_UNTRUSTED_ISSUER: ['sec', 20],
  SEC_ERROR_UNTRUSTED_CERT: ['sec', 21],
  SEC_ERROR_EXPIRED_ISSUER_CERTIFICATE: ['sec', 30],
  SEC_ERROR_CA_CERT_INVALID: ['sec', 36],
  SEC_ERROR_INADEQUATE_KEY_USAGE: ['sec', 90],
  SEC_ERROR_OCSP_OLD_RESPONSE: ['sec', 132],
  SEC_ERROR_CERT_SIGNATURE_ALGORITHM_DISABLED: ['sec', 176],
  SSL_ERROR_NO_CYPHER_OVERLAP: ['ssl', 2],
  SSL_ERROR_UNSUPPORTED_VERSION: ['ssl', 9],
  SSL_ERROR_BAD_CERT_DOMAIN: ['ssl', 12],
  SSL_ERROR_BAD_CERT_ALERT: ['ssl', 17],
  SSL_ERROR_RX_RECORD_TOO_LONG: ['ssl', 25],
  SSL_ERROR_HANDSHAKE_FAILURE_ALERT: ['ssl', 61],
  SSL_ERROR_PROTOCOL_VERSION_ALERT: ['ssl', 98],
  SSL_ERROR_UNRECOGNIZED_NAME_ALERT: ['ssl', 106],
  SSL_ERROR_INAPPROPRIATE_FALLBACK_ALERT: ['ssl', 131],
  MOZILLA_PKIX_ERROR_KEY_PINNING_FAILURE: ['pkix', 0],
  MOZILLA_PKIX_ERROR_INADEQUATE_KEY_SIZE: ['pkix', 2],
  MOZILLA_PKIX_ERROR_NOT_YET_VALID_CERTIFICATE: ['pkix', 5],
  MOZILLA_PKIX_ERROR_NOT_YET_VALID_ISSUER_CERTIFICATE: ['pkix', 6],
  MOZILLA_PKIX_ERROR_VALIDITY_TOO_LONG: ['pkix', 9],
  MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT: ['pkix', 14],
  MOZILLA_PKIX_ERROR_MITM_DETECTED: ['pkix', 15],
  MOZILLA_PKIX_ERROR_INSUFFICIENT_CERTIFICATE_TRANSPARENCY: ['pkix', 16],
  MOZILLA_PKIX_ERROR_ISSUER_NO_LONGER_TRUSTED: ['pkix', 17],
  PR_CONNECT_RESET_ERROR: ['nspr', 39],
  PR_END_OF_FILE_ERROR: ['nspr', 62],
};

const FIREFOX_REQUIRED = [
  'NS_ERROR_UNKNOWN_HOST',
  'NS_ERROR_CONNECTION_REFUSED',
  'NS_ERROR_NET_RESET',
  'NS_ERROR_NET_TIMEOUT',
  'NS_ERROR_NET_INTERRUPT',
  'NS_ERROR_NET_PARTIAL_TRANSFER',
  'NS_ERROR_OFFLINE',
  'NS_ERROR_PROXY_CONNECTION_REFUSED',
  'NS_ERROR_UNKNOWN_PROXY_HOST',
  'NS_ERROR_REDIRECT_LOOP',
  'NS_ERROR_CORRUPTED_CONTENT',
  'NS_ERROR_INVALID_CONTENT_ENCODING',
  'NS_ERROR_ABORT',
  'NS_BINDING_ABORTED',
  'NS_BINDING_REDIRECTED',
  'NS_BINDING_RETARGETED',
  'NS_ERROR_DOM_BAD_URI',
  'NS_ERROR_MALFORMED_URI',
  'NS_ERROR_UNKNOWN_PROTOCOL',
  'NS_ERROR_PORT_ACCESS_NOT_ALLOWED',
  'NS_ERROR_CONTENT_BLOCKED',
  'NS_ERROR_TRACKING_URI',
  'NS_ERROR_NET_EMPTY_RESPONSE',
  'NS_ERROR_NET_HTTP2_SENT_GOAWAY',
  'NS_ERROR_FAILURE',
  'SEC_ERROR_UNKNOWN_ISSUER',
  'SSL_ERROR_BAD_CERT_DOMAIN',
  'SEC_ERROR_EXPIRED_CERTIFICATE',
  'MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT',
  'SSL_ERROR_NO_CYPHER_OVERLAP',
  'NS_ERROR_NET_ERROR_RESPONSE',
  'NS_ERROR_DOM_COOP_FAILED',
  ...Object.keys(FIREFOX_NSS_VALUES),
];

describe('netErrorEntries', () => {
  it('contains only Chromium and Firefox entries', () => {
    expect(chromium.length + firefox.length).toBe(netErrorEntries.length);
    for (const e of chromium) expect(e.origin, e.code).toBe(ORIGINS.chromium);
    for (const e of firefox) expect(e.origin, e.code).toBe(ORIGINS.firefox);
  });

  it('has no duplicate codes', () => {
    const codes = netErrorEntries.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('has no alias shared by two entries or equal to another entry’s code', () => {
    const seen = new Map<string, string>();
    for (const e of netErrorEntries) {
      for (const name of [e.code, ...(e.aliases ?? [])]) {
        expect(seen.get(name), `${name} used by ${String(seen.get(name))} and ${e.code}`).toBeUndefined();
        seen.set(name, e.code);
      }
    }
  });

  // The DNS_PROBE_* names are not net errors: webRequest reports those failures as net::ERR_NAME_NOT_RESOLVED.
  const netErrors = chromium.filter((e) => !e.code.startsWith('DNS_PROBE_'));

  it('names Chromium errors exactly as webRequest reports them, or as its DNS error page does', () => {
    for (const e of netErrors) {
      expect(e.code).toMatch(/^net::ERR_[A-Z0-9_]+$/);
      expect(e.aliases, e.code).toContain(e.code.slice('net::'.length));
    }
    expect(chromium.filter((e) => e.code.startsWith('DNS_PROBE_')).map((e) => e.code.slice('DNS_PROBE_'.length))).toEqual(DNS_PROBE_REQUIRED);
    for (const name of DNS_PROBE_REQUIRED) expect(get(`DNS_PROBE_${name}`).explanation).toContain('net::ERR_NAME_NOT_RESOLVED');
  });

  it('includes every Chromium error on the list, with its numeric value as an alias', () => {
    for (const [name, value] of Object.entries(CHROMIUM_REQUIRED)) {
      const entry = get(`net::ERR_${name}`);
      expect(entry.aliases, name).toContain(`ERR_${name}`);
      expect(entry.aliases, name).toContain(String(value));
    }
  });

  it('has every Chromium net error on the list above, so each number is checked', () => {
    const unlisted = netErrors.map((e) => e.code.slice('net::ERR_'.length)).filter((name) => !(name in CHROMIUM_REQUIRED));
    expect(unlisted).toEqual([]);
  });

  it('gives every numeric alias as a negative number', () => {
    for (const e of netErrors) {
      const numeric = (e.aliases ?? []).filter((a) => /^-?\d+$/.test(a));
      expect(numeric.length, e.code).toBe(1);
      expect(numeric[0], e.code).toMatch(/^-\d+$/);
    }
  });

  it('names Firefox errors with their XPCOM, NSS or NSPR names', () => {
    for (const e of firefox) expect(e.code).toMatch(/^(NS_|SEC_|SSL_|MOZILLA_PKIX_|PR_)[A-Z0-9_]+$/);
    for (const code of FIREFOX_REQUIRED) expect(byCode.has(code), code).toBe(true);
  });

  it('gives each NSS, mozilla::pkix and NSPR error the number its header file gives it', () => {
    for (const [code, [base, offset]] of Object.entries(FIREFOX_NSS_VALUES)) {
      const value = BASES[base].value + offset;
      const numeric = (get(code).aliases ?? []).filter((a) => /^-\d+$/.test(a));
      expect(numeric, `${code} = ${BASES[base].file} + ${offset}`).toEqual([String(value)]);
    }
    // Every Firefox TLS entry carries its number, so none is left out of the table above.
    const numbered = firefox.filter((e) => (e.aliases ?? []).some((a) => /^-\d+$/.test(a))).map((e) => e.code);
    expect(numbered.sort()).toEqual(Object.keys(FIREFOX_NSS_VALUES).sort());
  });

  it('lets certificate errors be matched by the message Firefox webRequest reports', () => {
    const issuer = get('SEC_ERROR_UNKNOWN_ISSUER');
    expect(issuer.aliases).toContain('Peer’s Certificate issuer is not recognized.');
    expect(issuer.aliases).toContain("Peer's Certificate issuer is not recognized.");
    expect(issuer.aliases).toContain('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SEC_ERROR_UNKNOWN_ISSUER)');
    expect(get('MOZILLA_PKIX_ERROR_SELF_SIGNED_CERT').aliases).toContain('The certificate is not trusted because it is self-signed.');
  });

  it('explains that ERR_EMPTY_RESPONSE is what nginx 444 looks like', () => {
    const empty = get('net::ERR_EMPTY_RESPONSE');
    expect(`${empty.summary} ${empty.explanation}`).toMatch(/\b444\b/);
    expect(empty.explanation).toMatch(/nginx/);
  });

  it('points each side to its counterpart in the other browser where one exists', () => {
    expect(get('net::ERR_NAME_NOT_RESOLVED').explanation).toContain('NS_ERROR_UNKNOWN_HOST');
    expect(get('NS_ERROR_UNKNOWN_HOST').explanation).toContain('net::ERR_NAME_NOT_RESOLVED');
    expect(get('net::ERR_TOO_MANY_REDIRECTS').explanation).toContain('NS_ERROR_REDIRECT_LOOP');
    expect(get('net::ERR_BLOCKED_BY_CLIENT').explanation).toContain('NS_ERROR_ABORT');
    expect(get('SEC_ERROR_UNKNOWN_ISSUER').explanation).toContain('net::ERR_CERT_AUTHORITY_INVALID');
  });

  it('finds every entry again by its code and by each form a browser reports it in', () => {
    for (const e of netErrorEntries) {
      for (const form of [e.code, ...(e.aliases ?? [])]) {
        expect(lookupAll(form), `${e.code} as ${form}`).toContain(e);
        expect(lookupAll(` ${form.toLowerCase()} `), `${e.code} as ${form}, in lower case`).toContain(e);
      }
    }
    // Firefox's two apostrophes, and an NSS name wrapped the way webRequest reports it without a message.
    expect(lookupAll('Peer’s Certificate has expired.')).toContain(get('SEC_ERROR_EXPIRED_CERTIFICATE'));
    expect(lookupAll("Peer's Certificate has expired.")).toContain(get('SEC_ERROR_EXPIRED_CERTIFICATE'));
    expect(lookupAll('NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, SSL_ERROR_BAD_CERT_DOMAIN)')).toContain(get('SSL_ERROR_BAD_CERT_DOMAIN'));
  });

  it('tells an empty 4xx from an empty 5xx in Firefox, as nsURILoader.cpp does', () => {
    expect(get('NS_ERROR_NET_EMPTY_RESPONSE').summary).toMatch(/4xx/);
    expect(get('NS_ERROR_NET_EMPTY_RESPONSE').explanation).toContain('NS_ERROR_NET_ERROR_RESPONSE');
    expect(get('NS_ERROR_NET_ERROR_RESPONSE').summary).toMatch(/5xx/);
    const chromiumWords = get('net::ERR_HTTP_RESPONSE_CODE_FAILURE').explanation;
    expect(chromiumWords).toMatch(/NS_ERROR_NET_EMPTY_RESPONSE[^.]*4xx/);
    expect(chromiumWords).toMatch(/NS_ERROR_NET_ERROR_RESPONSE[^.]*5xx/);
  });

  it('never tells a visitor to retry a request an extension blocked', () => {
    expect(get('net::ERR_BLOCKED_BY_CLIENT').retry).toBe('no');
    expect(get('net::ERR_BLOCKED_BY_CLIENT').crawlerNote).toMatch(/never/i);
  });

  it('notes the crawl impact of DNS failures and timeouts', () => {
    for (const code of ['net::ERR_NAME_NOT_RESOLVED', 'NS_ERROR_UNKNOWN_HOST', 'net::ERR_CONNECTION_TIMED_OUT', 'NS_ERROR_NET_TIMEOUT']) {
      expect(get(code).crawlerNote, code).toMatch(/Googlebot/);
    }
  });

  it('fills the fixed fields of every entry', () => {
    for (const e of netErrorEntries) {
      expect(e.protocol, e.code).toBe('net');
      expect(e.class, e.code).toBe('no-response');
      // Each browser's errors are that one product's own.
      expect(e.lifecycle, e.code).toBe('vendor');
      expect(e.cacheable, e.code).toBe(false);
      expect(e.status, e.code).toBeUndefined();
      expect(['no', 'immediately', 'later', 'after-change']).toContain(e.retry);
    }
  });

  it('has no empty required strings', () => {
    for (const e of netErrorEntries) {
      for (const field of ['code', 'phrase', 'summary', 'explanation', 'visitorAdvice', 'ownerAdvice'] as const) {
        expect(e[field].trim(), `${e.code}.${field}`).not.toBe('');
      }
      expect(e.causes.length, `${e.code}.causes`).toBeGreaterThan(0);
      for (const cause of e.causes) expect(cause.trim(), `${e.code}.causes`).not.toBe('');
      for (const alias of e.aliases ?? []) expect(alias.trim(), `${e.code}.aliases`).not.toBe('');
      if (e.crawlerNote !== undefined) expect(e.crawlerNote.trim(), `${e.code}.crawlerNote`).not.toBe('');
    }
  });

  it('keeps summaries to one sentence of at most 140 characters ending with a period', () => {
    for (const e of netErrorEntries) {
      expect(e.summary.length, `${e.code}: ${e.summary}`).toBeLessThanOrEqual(140);
      expect(e.summary, e.code).toMatch(/\.$/);
      expect(e.summary.slice(0, -1), e.code).not.toMatch(/[.!?]\s+[A-Z]/);
    }
  });

  it('links every entry to its source over https', () => {
    for (const e of netErrorEntries) {
      expect(e.spec, e.code).toBeDefined();
      expect(e.spec!.url, e.code).toMatch(/^https:\/\//);
      expect(e.spec!.title.trim(), e.code).not.toBe('');
    }
    expect(get('net::ERR_ABORTED').spec?.url).toBe('https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h');
    expect(get('NS_BINDING_ABORTED').spec?.url).toBe('https://searchfox.org/mozilla-central/source/xpcom/base/ErrorList.py');
  });
});
