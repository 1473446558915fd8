/**
 * For the unit tests: a reader's or judge's answer with every phrase said in English, so a test
 * asserts the words a person reads (and fails when they break), not message keys.
 */
import { ENGLISH } from '../i18n/english-i18n';
import { say, type Phrase } from './checker-phrase';

export type InEnglish<T> = T extends Phrase
  ? string
  : T extends readonly (infer U)[]
    ? InEnglish<U>[]
    : T extends object
      ? { [K in keyof T]: InEnglish<T[K]> }
      : T;

function isPhrase(value: object): value is Phrase {
  return typeof (value as { key?: unknown }).key === 'string' && Object.keys(value).every((k) => k === 'key' || k === 'args' || k === 'count');
}

export function inEnglish<T>(value: T): InEnglish<T> {
  if (Array.isArray(value)) return value.map((v: unknown) => inEnglish(v)) as InEnglish<T>;
  if (typeof value !== 'object' || value === null) return value as InEnglish<T>;
  if (isPhrase(value)) return say(ENGLISH, value) as InEnglish<T>;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inEnglish(v)])) as InEnglish<T>;
}
