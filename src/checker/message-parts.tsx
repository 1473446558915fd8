/**
 * A message with elements in its placeholders (a page's title in bold, a URL with its host in bold):
 * the words and their order are the language's, the elements are put where its placeholders are.
 */
import type { ComponentChild } from 'preact';
import type { I18n } from '../shared/i18n/create-i18n';
import type { MessageKey } from '../shared/checker/checker-phrase';

export function MessageParts({ i18n, id, parts }: { i18n: Pick<I18n, 't'>; id: MessageKey; parts: readonly ComponentChild[] }) {
  // Private-use characters mark each placeholder: they never occur in a message or a translation.
  const pieces = i18n.t(id, ...parts.map((_, i) => `\uE000${i}\uE001`)).split(/\uE000(\d+)\uE001/);
  return <>{pieces.map((piece, i) => (i % 2 === 0 ? piece : parts[Number(piece)]))}</>;
}
