/**
 * A `messages.json` message with its substitutions, by the rules the browsers apply (Chrome's and
 * Firefox's `i18n.getMessage`): named placeholders `$NAME$` stand for their `content`, `$1`–`$9` for the
 * substitutions, `$$` for a dollar sign. Used when the options page's language differs from the
 * browser's, so the page reads that language's file itself.
 */
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
