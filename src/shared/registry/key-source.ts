import { allOf, meaningsIn, oneOf, type MeaningSource } from './meaning-lookup';
import { meaningIndex } from './meaning-index';
import type { MeaningKey, Protocol } from './registry-types';
import { unregisteredKey } from './unregistered-key';

/** What scripts see for status 0 (data/script-status.ts): the words a captured 0 is given. */
const zeroPhrase = (): string => meaningIndex().get('http 0')?.[0]?.phrase ?? '';

/** The compact keys as a source of meanings: what the background chooses with (see meaning-index.ts). */
export const KEY_SOURCE: MeaningSource<MeaningKey> = {
  lookup: (code, options) => oneOf(meaningsIn(meaningIndex(), code, options), options),
  lookupAll: (code, options) => allOf(meaningsIn(meaningIndex(), code, options), options),
  unregistered: (status: unknown, protocol: Protocol = 'http') => unregisteredKey(status, protocol, zeroPhrase()),
};
