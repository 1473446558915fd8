import type { StatusEntry } from '../registry-types';
import { ORIGINS } from '../origins';

/**
 * How a browser error is written: the builders every net-error data file uses, and the crawler notes they
 * share. Each builder fills what its kind of error has in common; where each number comes from is said by
 * the builder that takes it.
 */

export type NetText = Pick<StatusEntry, 'phrase' | 'summary' | 'explanation' | 'causes' | 'visitorAdvice' | 'ownerAdvice' | 'retry'> &
  Partial<Pick<StatusEntry, 'aliases' | 'crawlerNote' | 'headers'>>;

const CHROMIUM_SPEC = {
  title: 'Chromium net_error_list.h',
  url: 'https://source.chromium.org/chromium/chromium/src/+/main:net/base/net_error_list.h',
};
const FIREFOX_SPEC = {
  title: 'Firefox ErrorList.py',
  url: 'https://searchfox.org/mozilla-central/source/xpcom/base/ErrorList.py',
};
const NSS_SPEC = {
  title: 'Firefox nsserrors.properties (NSS and mozilla::pkix error messages)',
  url: 'https://searchfox.org/mozilla-central/source/security/manager/locales/en-US/chrome/pipnss/nsserrors.properties',
};

const NSPR_SPEC = {
  title: 'NSPR prerr.h (error codes)',
  url: 'https://searchfox.org/mozilla-central/source/nsprpub/pr/include/prerr.h',
};
const DNS_PROBE_SPEC = {
  title: 'Chromium net_error_info.h (DNS probe status)',
  url: 'https://source.chromium.org/chromium/chromium/src/+/main:components/error_page/common/net_error_info.h',
};

function base(code: string, text: NetText): Omit<StatusEntry, 'spec' | 'origin'> {
  return {
    protocol: 'net',
    code,
    ...text,
    class: 'no-response',
    cacheable: false,
    // Each browser defines its own errors: one product's codes, not a standard's.
    lifecycle: 'vendor',
  };
}

/** A Chromium error; `name` is the part after `ERR_`, `value` the number from net_error_list.h. */
export function chromium(name: string, value: number, text: NetText): StatusEntry {
  return {
    ...base(`net::ERR_${name}`, text),
    aliases: [`ERR_${name}`, String(value), ...(text.aliases ?? [])],
    spec: CHROMIUM_SPEC,
    origin: ORIGINS.chromium,
  };
}

/** A Firefox XPCOM result name as reported by webRequest. */
export function firefox(code: string, text: NetText): StatusEntry {
  return { ...base(code, text), spec: FIREFOX_SPEC, origin: ORIGINS.firefox };
}

/**
 * A Firefox TLS or certificate error, named as its error page names it. `value` is the number NSS and NSPR
 * tools print beside the name: from security/nss/lib/util/secerr.h (SEC_ERROR_*, base -0x2000),
 * security/nss/lib/ssl/sslerr.h (SSL_ERROR_*, base -0x3000), mozpkix's pkixnss.h (MOZILLA_PKIX_ERROR_*,
 * base -0x4000) or nsprpub/pr/include/prerr.h (PR_*). `messages` are the English texts from
 * nsserrors.properties that webRequest reports instead of the name (with both the typographic and the plain
 * apostrophe, since Firefox versions differ).
 */
export function firefoxTls(code: string, value: number, messages: string[], text: NetText): StatusEntry {
  const spellings = messages.flatMap((m) => (m.includes('’') ? [m, m.replace(/’/g, "'")] : [m]));
  return {
    ...base(code, text),
    aliases: [...spellings, `NS_ERROR_GENERATE_FAILURE(NS_ERROR_MODULE_SECURITY, ${code})`, String(value), ...(text.aliases ?? [])],
    spec: code.startsWith('PR_') ? NSPR_SPEC : NSS_SPEC,
    origin: ORIGINS.firefox,
  };
}

/**
 * A name Chromium's error page shows instead of net::ERR_NAME_NOT_RESOLVED once its DNS probe has run
 * (DnsProbeStatusToString in components/error_page/common/net_error_info.cc). It has no net error number:
 * webRequest still reports the request as net::ERR_NAME_NOT_RESOLVED.
 */
export function dnsProbe(name: string, text: NetText): StatusEntry {
  return { ...base(`DNS_PROBE_${name}`, text), spec: DNS_PROBE_SPEC, origin: ORIGINS.chromium };
}

// Shared notes for crawlers.
export const CRAWL_DNS =
  'Google documents that Googlebot treats DNS errors like server (5xx) errors: crawling slows down, and URLs that stay unresolvable are dropped from the index within days.';
export const CRAWL_NETWORK =
  'Google documents that Googlebot treats timeouts, refused and reset connections like server (5xx) errors: crawling slows down, and URLs that keep failing are dropped from the index.';
export const CRAWL_NEVER = "Crawlers never see this: it happens inside the visitor's browser, not on the way to the server.";
export const CRAWL_REDIRECTS =
  'Googlebot follows at most 10 redirect hops and reports longer chains or loops as redirect errors in Search Console; the page is not indexed.';
export const CRAWL_TLS =
  'Crawlers that validate certificates fail on the same error, so pages on this host may not be fetched or indexed until the certificate is fixed.';
