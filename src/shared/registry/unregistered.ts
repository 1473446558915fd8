import { classDigits } from './classes';
import { scriptStatusEntries } from './data/script-status';
import { unregisteredKey } from './unregistered-key';
import type { Protocol, RetryAdvice, StatusClass, StatusEntry } from './registry-types';

/*
 * An honest entry for a code nobody registered, so the UI always has something true to show: the keys of
 * unregistered-key.ts with the prose the pages show. The origin says 'Not registered' so no one mistakes
 * it for a standard.
 */

const RFC9110_15: StatusEntry['spec'] = {
  title: 'RFC 9110',
  section: '15',
  url: 'https://www.rfc-editor.org/rfc/rfc9110#section-15',
};
const RFC3261_21: StatusEntry['spec'] = {
  title: 'RFC 3261',
  section: '21',
  url: 'https://www.rfc-editor.org/rfc/rfc3261#section-21',
};

/** Status 0 as scripts see it (data/script-status.ts). */
const STATUS_0: StatusEntry = scriptStatusEntries[0]!;

const RETRY: Readonly<Record<StatusClass, RetryAdvice>> = {
  informational: 'no',
  success: 'no',
  redirection: 'no',
  'client-error': 'after-change',
  'server-error': 'later',
  'global-failure': 'no',
  'no-response': 'immediately',
  unknown: 'immediately',
};

const CLASS_WORDS: Readonly<Record<StatusClass, string>> = {
  informational: 'informational',
  success: 'success',
  redirection: 'redirection',
  'client-error': 'client error',
  'server-error': 'server error',
  'global-failure': 'global failure',
  'no-response': 'no-response',
  unknown: 'unknown',
};

/** A synthesized entry for `status`, which no data file defines. `protocol` is 'http' unless it came from a SIP line. */
export function unregisteredEntry(status: unknown, protocol: Protocol = 'http'): StatusEntry {
  const key = unregisteredKey(status, protocol, STATUS_0.phrase);
  const cls = key.class;
  const digits = classDigits(cls);
  // RFC 9110 §15: a response with an unrecognized status code must not be cached.
  const base = { ...key, cacheable: false, retry: RETRY[cls] };

  if (digits) {
    const x00 = `${digits[0]!}00`;
    const name = protocol === 'sip' ? 'SIP' : 'HTTP';
    return {
      ...base,
      summary: `An unregistered ${digits} ${CLASS_WORDS[cls]} code: no standard or vendor we know defines ${base.code}, so clients treat it as ${x00}.`,
      explanation:
        `${base.code} is not in the ${name} status registry and no product we know documents it. ` +
        `The first digit still counts: a client must treat an unrecognized code like the ${x00} of its class, ` +
        `so this behaves as a generic ${CLASS_WORDS[cls]}. Whatever sent it chose the number itself.`,
      causes: [
        'An application or framework that sets its own status numbers',
        'A proxy or device with private codes',
        'A typo or bug in the code that sets the status',
      ],
      visitorAdvice:
        cls === 'success' || cls === 'redirection' || cls === 'informational'
          ? 'Nothing to do: the page treats it like an ordinary response of its class.'
          : `Treat it like a ${x00}; if the page does not work, try again later or contact the site.`,
      ownerAdvice: `Send a registered code instead (${x00} or a more specific one of the same class); clients and crawlers do not know ${base.code}.`,
      spec: protocol === 'sip' ? RFC3261_21 : RFC9110_15,
    };
  }

  if (key.status === 0) {
    // The words are the registry's entry for what scripts see; captured, a 0 is still no status at all.
    const { summary, explanation, causes, visitorAdvice, ownerAdvice } = STATUS_0;
    return { ...base, summary, explanation, causes, visitorAdvice, ownerAdvice };
  }

  const valid = key.status !== undefined;
  return {
    ...base,
    summary: valid
      ? `${base.code} is outside the 100–599 range of HTTP status codes, so it has no class and no registered meaning.`
      : 'The status is not a whole number, so it cannot be an HTTP status code.',
    explanation: valid
      ? 'HTTP status codes are three digits from 100 to 599. A number outside that range is not a valid status; ' +
        'it comes from a non-HTTP source, a broken server or a bug in the tool that reported it.'
      : 'What was reported as the status is not a number a server could send. Something between the server ' + 'and this display lost or garbled it.',
    causes: ['A broken or non-HTTP server', 'A proxy that garbled the status line', 'A bug in the software that reported the status'],
    visitorAdvice: 'Reload; if it persists, the site or something between you and it is misbehaving.',
    ownerAdvice: 'Check what actually goes on the wire (curl -v); servers must send a three-digit code from 100 to 599.',
  };
}
