import { classOf } from './classes';
import { ORIGINS } from './origins';
import type { MeaningKey, Protocol } from './registry-types';

/*
 * The keys of an honest meaning for a code nobody registered: its class, its words and the origin 'Not
 * registered'. Choosing a meaning needs only these; unregistered.ts adds the prose the pages show.
 * Lifecycle is 'vendor': whoever sent an unregistered code made it up, i.e. it is one product's own code —
 * we just do not know which product.
 */

/** '299' for 299; 'NaN', '1.5', '-1' as they are; cut so garbage cannot make a huge phrase. */
function codeText(status: unknown): string {
  const text = typeof status === 'number' ? String(status) : typeof status === 'string' ? status.trim() : '';
  if (!text) return '?';
  return text.length > 32 ? `${text.slice(0, 32)}…` : text;
}

/**
 * The keys for `status`, which no data file defines. `protocol` is 'http' unless it came from a SIP line;
 * `zeroPhrase` is the registry's name for status 0 as scripts see it (data/script-status.ts).
 */
export function unregisteredKey(status: unknown, protocol: Protocol, zeroPhrase: string): MeaningKey {
  const number = typeof status === 'number' ? status : Number.NaN;
  const valid = Number.isInteger(number);
  const code = valid ? String(number) : codeText(status);
  const key: MeaningKey = { protocol, code, class: classOf(number, protocol), origin: ORIGINS.unregistered, lifecycle: 'vendor', phrase: '' };
  if (valid) key.status = number;
  // A captured 0 is still no status at all, but the words are the registry's for what scripts see.
  key.phrase = number === 0 ? zeroPhrase : valid ? `Unregistered status ${code}` : 'Unreadable status';
  return key;
}

/** Whether a meaning came from `unregisteredKey` rather than the data files. */
export function isUnregistered(entry: Pick<MeaningKey, 'origin'>): boolean {
  return entry.origin.id === ORIGINS.unregistered.id;
}
