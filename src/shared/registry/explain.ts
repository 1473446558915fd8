import { chooseMeaning, type ExplainInput, type Explanation } from './choose-meaning';
import { FULL_SOURCE } from './lookup';
import { REASON_SENTENCES } from './reason-sentences';
import { explainRecordWith, type RecordFacts } from './record-explanation';
import type { ExplanationRef } from './registry-types';

export type { ExplainInput, Explanation } from './choose-meaning';

/**
 * Which meaning of a response's status applies, and why, with the full registry entry (summary, advice,
 * spec) for the pages that show it. Chooses by the same rules as the background (`chooseMeaning`).
 * Never throws.
 */
export function explain(response: ExplainInput): Explanation {
  return chooseMeaning(FULL_SOURCE, response, REASON_SENTENCES);
}

/**
 * What a captured response means, over the full registry: for the pages, which explain the records
 * nothing was stored with. The background makes the same choice over the compact keys. Never throws.
 */
export function explainRecord(facts: RecordFacts): ExplanationRef | undefined {
  return explainRecordWith(FULL_SOURCE, facts);
}
