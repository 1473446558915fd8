/** The background acts only on messages from the extension's own pages, never from web content. */
import type { Runtime } from 'webextension-polyfill';

export function isTrustedSender(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  // Content scripts share the extension id but run in web pages: their sender URL is the page's.
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}
