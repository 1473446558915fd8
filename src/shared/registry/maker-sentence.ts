/**
 * The sentence that says a proxy, CDN or gateway made a response itself, and why. A file of its own, free
 * of the registry's data, because the popup shows it before the registry has loaded.
 */
import type { FailureCause, MadeByRef } from '../fingerprints/vendor-types';

/** Why a proxy, CDN or gateway answered itself, as a clause after its name. */
const CAUSE_WORDS: Readonly<Record<FailureCause, string>> = {
  connect: 'it could not connect to the server behind it',
  timeout: 'the server behind it did not answer in time',
  'no-server': 'it had no working server behind it to pass the request to',
  'invalid-response': 'the server behind it sent back something it could not use',
  'upstream-failed': 'it could not get an answer from the server behind it',
  denied: 'it refused the request by a rule of its own',
  'rate-limit': 'it turned the request away for coming too often (rate limiting)',
  'no-route': 'it has no site or route set up for this address',
};

/**
 * "Varnish made this response itself: it could not connect to the server behind it." With `probable`,
 * said as likely; the cause is left out when the response does not give one.
 */
export function madeBySentence(madeBy: MadeByRef): string {
  // A stored or exported record may hold anything: only a cause of ours has words.
  const cause = madeBy.cause !== undefined && Object.hasOwn(CAUSE_WORDS, madeBy.cause) ? CAUSE_WORDS[madeBy.cause] : undefined;
  if (madeBy.probable) return `Most likely, ${madeBy.name} made this response itself${cause ? ` because ${cause}` : ''}.`;
  return `${madeBy.name} made this response itself${cause ? `: ${cause}` : ''}.`;
}
