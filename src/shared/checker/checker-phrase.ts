/**
 * The checker core's words as data: a message key and what fills it in, so the pure readers and
 * judges name what they found without a language, and the page says it in the person's (and the unit
 * tests in English, with `ENGLISH`). An argument may itself be a phrase ("Old URL: <why it was refused>"),
 * and a number is written by the language's own rules when the phrase is said.
 */
import { pluralForms, type I18n } from '../i18n/create-i18n';

export type MessageKey = Parameters<I18n['t']>[0];

type PhraseArg = string | number | Phrase;

export interface Phrase {
  readonly key: MessageKey;
  readonly args?: readonly PhraseArg[];
  /** A counted message's count ('one:# row|other:# rows'). */
  readonly count?: number;
}

export type Speaker = Pick<I18n, 't' | 'count' | 'number' | 'plural'>;

export function phrase(key: MessageKey, ...args: PhraseArg[]): Phrase {
  return args.length === 0 ? { key } : { key, args };
}

export function counted(key: MessageKey, count: number, ...args: PhraseArg[]): Phrase {
  return { key, count, args };
}

/** The phrase in the language of `i18n`. */
export function say(i18n: Speaker, p: Phrase): string {
  const args = (p.args ?? []).map((a) => (typeof a === 'string' ? a : typeof a === 'number' ? i18n.number(a) : say(i18n, a)));
  return p.count === undefined ? i18n.t(p.key, ...args) : countWith(i18n, p.key, p.count, args);
}

/**
 * A counted message with values (`one:$FILE$: # row|other:$FILE$: # rows`). Not `i18n.count` with
 * substitutions: it hands the browser's getMessage NUL-marked values, which Chromium drops, so the
 * values are marked here with private-use characters the browsers keep, and put in after the form is
 * chosen (a '#' or '|' in a URL stays as written).
 */
export function countWith(i18n: Speaker, key: MessageKey, count: number, args: readonly string[]): string {
  if (args.length === 0) return i18n.count(key, count);
  const forms = pluralForms(i18n.t(key, ...args.map((_, i) => `\uE000${i}\uE001`)));
  const form = forms.get(i18n.plural(count)) ?? forms.get('other') ?? '';
  return form.replace(/#/g, i18n.number(count)).replace(/\uE000(\d+)\uE001/g, (_, i: string) => args[Number(i)] ?? '');
}
