import type { VendorMatch } from '../fingerprints';
import { classDigits } from './classes';
import type { MeaningKey } from './registry-types';

/** Wording helpers for `explain`'s `reason`: short sentences, the registry's own names, no guessing. */

export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/**
 * "the standard 404 'Not Found'" or "Cloudflare's 520 'Web Server Returned an Unknown Error'"; without the
 * code when the sentence already says it ("so 520 is Cloudflare's 'Web Server Returned an Unknown Error'").
 */
export function describe(entry: MeaningKey, withCode = true): string {
  const code = withCode ? `${entry.code} ` : '';
  if (entry.origin.id === 'ietf' || entry.origin.id === 'ietf-sip') return `the standard ${code}'${entry.phrase}'`;
  return `${possessive(entry.origin.name)} ${code}'${entry.phrase}'`;
}

/** The sentence for a standard meaning, honest about reserved and obsolete codes. */
export function standardSentence(entry: MeaningKey, code: string): string {
  switch (entry.lifecycle) {
    case 'unused': {
      // '(Unused)' says little; the name people know is the first alias ('I'm a teapot', 'Switch Proxy').
      const known = entry.aliases?.[0];
      return `${code} is reserved by the standard and not meant to be sent${known ? ` (known as '${known}')` : ''}.`;
    }
    case 'obsolete':
      return `${code} is the standard '${entry.phrase}', now obsolete.`;
    case 'deprecated':
      return `${code} is the standard '${entry.phrase}', deprecated: servers should not send it.`;
    case 'temporary':
      return `${code} is '${entry.phrase}', a temporary registration in the standard.`;
    default:
      return `${code} is ${describe(entry, entry.code !== code)}.`;
  }
}

/** "cf-ray header", "server: nginx/1.25.3", "its error page". */
export function evidenceText(vendor: VendorMatch): string {
  if (vendor.header === 'body') return 'its error page in the body';
  if (vendor.header === 'status line') return `its status line '${display(vendor.value, 60)}'`;
  if (vendor.header === 'server' || vendor.header === 'x-powered-by' || vendor.header === 'via') {
    return `${vendor.header}: ${display(vendor.value, 60)}`;
  }
  return `${vendor.header} header`;
}

/** "Cloudflare", "Cloudflare and nginx", "A, B and C". */
export function listNames(names: readonly string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 1) return unique[0] ?? '';
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1] ?? ''}`;
}

/** Text from the network, made safe to show in a sentence: no control or bidi characters, bounded length. */
export function display(text: string, max = 80): string {
  const clean = text
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** The sentence for a code no data file defines. */
export function unregisteredReason(entry: MeaningKey, vendors: readonly VendorMatch[]): string {
  const digits = classDigits(entry.class);
  let text: string;
  if (digits) {
    text = `${entry.code} is not registered: no standard or vendor we know defines it, so it counts as a generic ${digits} (like ${digits[0]!}00).`;
  } else if (entry.status === 0) {
    text =
      'Status 0 means no HTTP status was received: no server sends it, and it is what scripts see when a request failed or its response is hidden from them.';
  } else if (entry.status !== undefined) {
    text = `${entry.code} is not a valid status code (HTTP uses 100–599), so it is not registered.`;
  } else {
    text = 'No readable status code was reported, so there is no registered meaning to show.';
  }
  const named = vendors.filter((v) => v.header !== 'body').map((v) => v.name);
  if (digits && named.length > 0) text += ` The registry lists no meaning for it from ${listNames(named)} either.`;
  return text;
}
