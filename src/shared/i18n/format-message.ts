/**
 * A `messages.json` message with its substitutions, by the rules the browsers apply (Chrome's and
 * Firefox's `i18n.getMessage`): named placeholders `$NAME$` stand for their `content`, `$1`–`$9` for the
 * substitutions, `$$` for a dollar sign. Used when the options page's language differs from the
 * browser's, so the page reads that language's file itself.
 */
import { createI18n, type I18n, type MessageSource } from './create-i18n';
import type { Locale } from './locales';

interface MessageSpec {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

export type MessagesFile = Readonly<Record<string, MessageSpec | undefined>>;

/** The message, or undefined when the file lacks it (the caller falls back to English). */
export function formatMessage(file: MessagesFile | undefined, key: string, substitutions: readonly string[] = []): string | undefined {
  const spec = file && Object.hasOwn(file, key) ? file[key] : undefined;
  if (typeof spec?.message !== 'string') return undefined;
  const placeholders = new Map(Object.entries(spec.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  const positional = (text: string): string => text.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
  // One pass, so a substituted value that itself contains '$1' or '$NAME$' is left as written.
  return spec.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$(\d)/g, (whole, name: string | undefined, n: string | undefined) => {
    if (whole === '$$') return '$';
    if (n !== undefined) return substitutions[Number(n) - 1] ?? '';
    const content = placeholders.get(name!.toLowerCase());
    return content === undefined ? whole : positional(content);
  });
}

/**
 * The interface in one language read from its `messages.json` by those rules; a message the file lacks
 * comes from `fallback` (the browser's own i18n on the options page), else it is missing.
 */
export function fileI18n(locale: Locale, file: MessagesFile | undefined, fallback?: MessageSource): I18n {
  return createI18n(locale, (key, substitutions) => formatMessage(file, key, substitutions) ?? fallback?.(key, substitutions));
}
