/** The background acts only on messages from the extension's own pages, never from web content. */
import type { Runtime } from 'webextension-polyfill';

export function isTrustedSender(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  // Content scripts share the extension id but run in web pages: their sender URL is the page's.
  return typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
}

/**
 * Our own content script, in a web page's top frame: same extension id, a tab, and a URL that is
 * not one of the extension's pages (which would be a UI pretending to be a page). Other
 * extensions, web pages and our own UIs are refused.
 */
export function isOwnContentScript(sender: Runtime.MessageSender, extensionId: string, extensionOrigin: string): boolean {
  if (sender.id !== extensionId) return false;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || !Number.isInteger(tabId) || tabId < 0) return false;
  if (typeof sender.url !== 'string' || sender.url.startsWith(extensionOrigin)) return false;
  return /^https?:/i.test(sender.url);
}
