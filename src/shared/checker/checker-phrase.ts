/**
 * The checker core's words as data: a message key and what fills it in, so the pure readers and
 * judges name what they found without a language, and the page says it in the person's (and the unit
 * tests in English, with `ENGLISH`). An argument may itself be a phrase ("Old URL: <why it was refused>"),
 * and a number is written by the language's own rules when the phrase is said.
 */
import type { I18n, MessageKey } from '../i18n/create-i18n';

// The interface's one list of keys, from English's messages (create-i18n.ts): named here for the checker's tables.
export type { MessageKey };

type PhraseArg = string | number | Phrase;

export interface Phrase {
  readonly key: MessageKey;
  readonly args?: readonly PhraseArg[];
  /** A counted message's count ('one:# row|other:# rows'). */
  readonly count?: number;
}

export type Speaker = Pick<I18n, 't' | 'count' | 'number'>;

export function phrase(key: MessageKey, ...args: PhraseArg[]): Phrase {
  return args.length === 0 ? { key } : { key, args };
}

export function counted(key: MessageKey, count: number, ...args: PhraseArg[]): Phrase {
  return { key, count, args };
}

/** The phrase in the language of `i18n`. */
export function say(i18n: Speaker, p: Phrase): string {
  const args = (p.args ?? []).map((a) => (typeof a === 'string' ? a : typeof a === 'number' ? i18n.number(a) : say(i18n, a)));
  return p.count === undefined ? i18n.t(p.key, ...args) : i18n.count(p.key, p.count, ...args);
}
