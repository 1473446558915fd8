import { indexMeanings } from './code-keys';
import { MEANING_ROWS } from './data/meaning-keys';
import { aliasesOfRow } from './meaning-keys-source';
import { originOf } from './origins';
import type { MeaningKey } from './registry-types';

/*
 * The registry as the background's choice of a meaning needs it: the keys (code, status, names, class,
 * origin, lifecycle) of every meaning a status or a browser error can have, generated from the data files
 * (data/meaning-keys.ts), and none of their prose. The background explains every hop with this alone; the
 * pages that show an entry's summary and advice load the full registry (entries.ts) and find the chosen
 * entry there again.
 */

function keyOfRow([protocol, code, phrase, originId, lifecycle, cls, status, aliases]: (typeof MEANING_ROWS)[number]): MeaningKey {
  const key: MeaningKey = { protocol, code, phrase, class: cls, origin: originOf(originId), lifecycle };
  if (status !== null) key.status = status;
  const all = aliasesOfRow(code, aliases);
  if (all.length > 0) key.aliases = all;
  return key;
}

let index: Map<string, MeaningKey[]> | undefined;

/**
 * protocol + code → every meaning's keys, standard first: the same lists as the full registry's `CODE_INDEX`.
 * Built when first asked for (the first response the worker explains), not while the worker starts:
 * every listener is registered before it.
 */
export function meaningIndex(): ReadonlyMap<string, readonly MeaningKey[]> {
  if (index === undefined) {
    index = new Map();
    indexMeanings(index, MEANING_ROWS.map(keyOfRow));
  }
  return index;
}
