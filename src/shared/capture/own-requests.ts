/**
 * The extension's own requests (the link checker's) are made from one of its pages, so the browser
 * reports them with that page's tab id. They belong to no page of that tab: the capture never counts
 * them, and only the checker follows them.
 */
import type { CaptureEvent } from './capture-event';

/**
 * Whether the event is about a request one of the extension's pages made: its initiator (Chromium: an
 * origin, `chrome-extension://ID`) or document (Firefox: `moz-extension://UUID/…`) is the extension's.
 * `extensionOrigin` is `runtime.getURL('')`.
 */
export function isOwnRequest(event: CaptureEvent | undefined, extensionOrigin: string): boolean {
  if (event === undefined || !('documentUrl' in event) || event.documentUrl === undefined) return false;
  // A page the extension opens (a tab or window it creates, a link clicked in the popup) names the
  // extension as its initiator too, yet it is a page of that tab like any other: only what an
  // extension page fetches for itself is the checker's.
  if (event.type === 'main_frame' || event.type === 'sub_frame') return false;
  const origin = extensionOrigin.replace(/\/+$/, '');
  return origin !== '' && (event.documentUrl === origin || event.documentUrl.startsWith(`${origin}/`));
}
