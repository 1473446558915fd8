/**
 * Which registry entries are translated, and which of their fields: the explanations people meet most.
 * Every IANA HTTP code and nginx's own, Cloudflare's 52x family, the ten most common IIS sub-statuses and
 * the ten most common network errors of each browser. Every other entry, and every entry's explanation
 * and causes, is shown in English (marked as such). A translation file (`<locale>.json` here) holds
 * exactly these entries and fields, keyed by `translationKey`; `translations.test.ts` holds every file to it.
 */
import type { StatusEntry } from '../registry-types';

/** The fields a translation gives, in the order a translator reads them. `crawlerNote` only where English has one. */
export const TRANSLATED_FIELDS = ['phrase', 'summary', 'visitorAdvice', 'ownerAdvice', 'crawlerNote'] as const;
type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

/** One entry's text in one language. */
export type EntryTranslation = Partial<Record<TranslatedField, string>>;

/** A language's translations: `translationKey` → the entry's translated fields. */
export type TranslationTable = Readonly<Record<string, EntryTranslation | undefined>>;

/** protocol and origin → the codes translated ('all': every entry of that origin in that protocol). */
const TRANSLATED_CODES: Readonly<Record<string, 'all' | readonly string[]>> = {
  'http ietf': 'all',
  'http nginx': 'all',
  'http cloudflare': ['520', '521', '522', '523', '524', '525', '526', '527', '530'],
  'http iis': ['404.0', '403.14', '500.19', '500.0', '401.1', '401.2', '404.3', '403.4', '502.3', '503.0'],
  'net chromium': [
    'net::ERR_NAME_NOT_RESOLVED',
    'net::ERR_CONNECTION_REFUSED',
    'net::ERR_CONNECTION_TIMED_OUT',
    'net::ERR_CONNECTION_RESET',
    'net::ERR_TOO_MANY_REDIRECTS',
    'net::ERR_CERT_AUTHORITY_INVALID',
    'net::ERR_CERT_DATE_INVALID',
    'net::ERR_CERT_COMMON_NAME_INVALID',
    'net::ERR_SSL_PROTOCOL_ERROR',
    'net::ERR_INTERNET_DISCONNECTED',
  ],
  'net firefox': [
    'NS_ERROR_UNKNOWN_HOST',
    'NS_ERROR_CONNECTION_REFUSED',
    'NS_ERROR_NET_TIMEOUT',
    'NS_ERROR_NET_RESET',
    'NS_ERROR_REDIRECT_LOOP',
    'SEC_ERROR_UNKNOWN_ISSUER',
    'SEC_ERROR_EXPIRED_CERTIFICATE',
    'SSL_ERROR_BAD_CERT_DOMAIN',
    'NS_ERROR_OFFLINE',
    'NS_ERROR_NET_INTERRUPT',
  ],
};

/** 'http ietf 404', 'http iis 500.19', 'net chromium net::ERR_NAME_NOT_RESOLVED': one entry across languages. */
export function translationKey(entry: Pick<StatusEntry, 'protocol' | 'code' | 'origin'>): string {
  return `${entry.protocol} ${entry.origin.id} ${entry.code}`;
}

/** Whether the entry is one of the translated set. */
export function inTranslatedSet(entry: Pick<StatusEntry, 'protocol' | 'code' | 'origin'>): boolean {
  const codes = TRANSLATED_CODES[`${entry.protocol} ${entry.origin.id}`];
  return codes === 'all' || (codes?.includes(entry.code) ?? false);
}

/**
 * The translated set's entries, found among `entries` in the table's order; a listed code the registry
 * no longer has is named in `missing`, so a test fails instead of a language losing an entry silently.
 */
export function translatedSet(entries: readonly StatusEntry[]): { entries: StatusEntry[]; missing: string[] } {
  const found: StatusEntry[] = [];
  const missing: string[] = [];
  for (const [group, codes] of Object.entries(TRANSLATED_CODES)) {
    const ofGroup = entries.filter((e) => `${e.protocol} ${e.origin.id}` === group);
    if (codes === 'all') found.push(...ofGroup);
    else
      for (const code of codes) {
        const entry = ofGroup.find((e) => e.code === code);
        if (entry) found.push(entry);
        else missing.push(`${group} ${code}`);
      }
  }
  return { entries: found, missing };
}

/** The English text a translator works from: the set's entries, their translated fields only. */
export function englishSource(entries: readonly StatusEntry[]): Record<string, EntryTranslation> {
  const source: Record<string, EntryTranslation> = {};
  for (const entry of entries) {
    const text: EntryTranslation = {};
    for (const field of TRANSLATED_FIELDS) {
      const value = entry[field];
      if (value) text[field] = value;
    }
    source[translationKey(entry)] = text;
  }
  return source;
}
