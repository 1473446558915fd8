import { classDigits, classOf } from './classes';
import { ORIGINS } from './origins';
import { scriptStatusEntries } from './data/script-status';
import type { Protocol, RetryAdvice, StatusClass, StatusEntry } from './registry-types';

/*
 * An honest entry for a code nobody registered, so the UI always has something true to show.
 * Lifecycle is 'vendor': whoever sent an unregistered code made it up, i.e. it is one product's own code —
 * we just do not know which product. The origin says 'Not registered' so no one mistakes it for a standard.
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

/** '299' for 299; 'NaN', '1.5', '-1' as they are; cut so garbage cannot make a huge phrase. */
function codeText(status: unknown): string {
  const text = typeof status === 'number' ? String(status) : typeof status === 'string' ? status.trim() : '';
  if (!text) return '?';
  return text.length > 32 ? `${text.slice(0, 32)}…` : text;
}

/** A synthesized entry for `status`, which no data file defines. `protocol` is 'http' unless it came from a SIP line. */
export function unregisteredEntry(status: unknown, protocol: Protocol = 'http'): StatusEntry {
  const code = codeText(status);
  const number = typeof status === 'number' ? status : Number.NaN;
  const cls = classOf(number, protocol);
  const digits = classDigits(cls);
  const base: Pick<StatusEntry, 'protocol' | 'code' | 'class' | 'origin' | 'lifecycle' | 'cacheable' | 'retry'> = {
    protocol,
    code,
    class: cls,
    origin: ORIGINS.unregistered,
    lifecycle: 'vendor',
    // RFC 9110 §15: a response with an unrecognized status code must not be cached.
    cacheable: false,
    retry: RETRY[cls],
  };
  if (Number.isInteger(number)) base.code = String(number);

  if (digits) {
    const x00 = `${digits[0]!}00`;
    const name = protocol === 'sip' ? 'SIP' : 'HTTP';
    return {
      ...base,
      status: number,
      phrase: `Unregistered status ${base.code}`,
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

  if (number === 0) {
    // The words are the registry's entry for what scripts see; captured, a 0 is still no status at all.
    const { phrase, summary, explanation, causes, visitorAdvice, ownerAdvice } = STATUS_0;
    return { ...base, status: 0, phrase, summary, explanation, causes, visitorAdvice, ownerAdvice };
  }

  const valid = Number.isInteger(number);
  const result: StatusEntry = {
    ...base,
    phrase: valid ? `Unregistered status ${base.code}` : 'Unreadable status',
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
  if (valid) result.status = number;
  return result;
}

/** Whether an entry came from `unregisteredEntry` rather than the data files. */
export function isUnregistered(entry: StatusEntry): boolean {
  return entry.origin.id === ORIGINS.unregistered.id;
}
