/**
 * The interface's words and numbers in one language: messages from `_locales`, and numbers, times and
 * plural forms by `Intl` in that language's own form (5.000 in German, 5 000 in French), never by
 * concatenating strings. Pure: where the messages come from is given (`i18n.ts` wires the browser).
 */
import type { Locale } from './locales';

/** Every key of the interface's messages: English's file is the list (the locale tests hold the others to it). */
type MessageKey = keyof typeof import('../../../public/_locales/en/messages.json');

export interface I18n {
  readonly locale: Locale;
  /** The message in this language, `$1`… filled in; the key itself only if no file has it (never a blank). */
  t(key: MessageKey, ...substitutions: string[]): string;
  /** 5000 → '5,000' (en), '5.000' (de), '5 000' (fr). */
  number(value: number): string;
  /** A moment, as this language writes a date and time. */
  dateTime(value: Date | number): string;
  /** Which plural form `count` takes here: 'one', 'few', 'many', 'other', … (Russian has four, Japanese one). */
  plural(count: number): Intl.LDMLPluralRule;
}

export type MessageSource = (key: string, substitutions: string[]) => string | undefined;

export function createI18n(locale: Locale, message: MessageSource): I18n {
  const numbers = new Intl.NumberFormat(locale);
  const times = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const plurals = new Intl.PluralRules(locale);
  return {
    locale,
    t: (key, ...substitutions) => message(key, substitutions) || key,
    number: (value) => numbers.format(value),
    dateTime: (value) => times.format(value),
    plural: (count) => plurals.select(count),
  };
}
