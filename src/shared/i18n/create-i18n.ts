/**
 * The interface's words and numbers in one language: messages from `_locales`, and numbers, times and
 * plural forms by `Intl` in that language's own form (5.000 in German, 5 000 in French), never by
 * concatenating strings. Pure: where the messages come from is given (`i18n.ts` wires the browser).
 */
import type { Locale } from './locales';

/** Every key of the interface's messages: English's file is the list (the locale tests hold the others to it). */
export type MessageKey = keyof typeof import('../../../public/_locales/en/messages.json');

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
  /**
   * A counted message: the form of a plural message (`one:# request|other:# requests`) that `count`
   * takes in this language, `#` the count in the language's own digits, `$1`… filled in as by `t`.
   */
  count(key: MessageKey, count: number, ...substitutions: string[]): string;
}

export type MessageSource = (key: string, substitutions: string[]) => string | undefined;

/** `one:# request|other:# requests` → its forms by plural category; a message without them is one 'other' form. */
export function pluralForms(text: string): Map<string, string> {
  const forms = new Map<string, string>();
  for (const part of text.split('|')) {
    const match = /^(zero|one|two|few|many|other):([\s\S]*)$/.exec(part);
    if (match) forms.set(match[1]!, match[2]!);
  }
  if (forms.size === 0) forms.set('other', text);
  return forms;
}

export function createI18n(locale: Locale, message: MessageSource): I18n {
  const numbers = new Intl.NumberFormat(locale);
  const times = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const plurals = new Intl.PluralRules(locale);
  const t = (key: string, ...substitutions: string[]): string => message(key, substitutions) || key;
  return {
    locale,
    t,
    number: (value) => numbers.format(value),
    dateTime: (value) => times.format(value),
    plural: (count) => plurals.select(count),
    count: (key, count, ...substitutions) => {
      // The values go in last, through markers, so a '#' or '|' in one (a URL's fragment) is left as written.
      // Private-use characters: Chrome's getMessage drops a NUL in a substitution (the value came back empty).
      const forms = pluralForms(t(key, ...substitutions.map((_, i) => `\uE000${i}\uE000`)));
      // A translation missing this language's form falls back to its 'other', never to a blank.
      const form = forms.get(plurals.select(count)) ?? forms.get('other') ?? [...forms.values()][0] ?? key;
      return form.replace(/#/g, numbers.format(count)).replace(/\uE000(\d+)\uE000/g, (_, i: string) => substitutions[Number(i)] ?? '');
    },
  };
}
