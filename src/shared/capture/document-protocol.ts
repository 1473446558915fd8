/**
 * The protocol a page says its document came over (the optional content script reads the page's
 * `nextHopProtocol`), kept on the hop that delivered the document: Chromium's webRequest never says
 * which HTTP version a response came in, and the page's own timing is the one place that does.
 */
import type { DocumentProtocolEvent } from './capture-event';
import type { TabCapture } from './capture-state';
import { finalHop } from './final-hop';

/** The newest load whose response came from that address takes it: an older one was another response. */
export function receiveDocumentProtocol(tab: TabCapture, e: DocumentProtocolEvent): void {
  for (let i = tab.loads.length - 1; i >= 0; i--) {
    const hop = finalHop(tab.loads[i] ?? { chain: [] });
    if (hop?.url !== e.url) continue;
    hop.httpVersion = e.httpVersion;
    return;
  }
}
