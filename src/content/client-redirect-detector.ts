/**
 * The optional content script: tells the background HOW a page redirected itself (meta refresh or
 * script), which webNavigation cannot say, and which protocol the page's document came over, which
 * Chromium's webRequest cannot say. Registered only when the person turned detection on in the
 * options page; runs in the top frame at document_start; built as one classic script.
 *
 * It only reads the page (one <meta> element, the navigation the page starts, its own navigation
 * timing) and never changes it, makes no network request, and sends at most one message per
 * redirect and one for the document.
 */
import type { ClientRedirectHintMessage, DocumentProtocolMessage } from '../shared/messages';
import { parseMetaRefresh } from './meta-refresh';
import { scriptRedirectTarget, type NavigateFacts } from './script-redirect';

interface NavigationLike {
  addEventListener(type: 'navigate', listener: (e: NavigateFacts) => void): void;
}

// Firefox gives content scripts `browser` (and `chrome`); Chromium only `chrome`. Both return promises in MV3.
const runtime = ((globalThis as { browser?: typeof chrome }).browser ?? chrome).runtime;

let metaRefreshUrl: string | undefined;
let lastSent = '';

function send(kind: ClientRedirectHintMessage['kind'], toUrl: string, delaySeconds?: number): void {
  const message: ClientRedirectHintMessage = { type: 'client-redirect-hint', kind, fromUrl: location.href, toUrl, timeStamp: Date.now() };
  if (delaySeconds !== undefined) message.delaySeconds = delaySeconds;
  const key = `${kind} ${toUrl}`;
  if (key === lastSent) return;
  lastSent = key;
  // Nobody listening (the extension reloading) is not the page's problem.
  runtime.sendMessage(message).catch(() => undefined);
}

document.addEventListener(
  'DOMContentLoaded',
  () => {
    // The first refresh element wins in browsers too; a `content` the browser ignores is ignored here.
    const meta = document.querySelector<HTMLMetaElement>('meta[http-equiv="refresh" i][content]');
    const refresh = meta ? parseMetaRefresh(meta.content, document.URL) : undefined;
    if (refresh === undefined) return;
    metaRefreshUrl = refresh.url;
    send('meta-refresh', refresh.url, refresh.delaySeconds);
  },
  { once: true },
);

// The protocol the document came over ('h2'), from the page's own timing; '' when the page does not know.
document.addEventListener(
  'DOMContentLoaded',
  () => {
    const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (entry === undefined || entry.nextHopProtocol === '') return;
    const message: DocumentProtocolMessage = { type: 'document-protocol', url: entry.name, nextHopProtocol: entry.nextHopProtocol, timeStamp: Date.now() };
    runtime.sendMessage(message).catch(() => undefined);
  },
  { once: true },
);

// The Navigation API names the destination and whether a person started the navigation.
const navigation = (globalThis as { navigation?: NavigationLike }).navigation;
navigation?.addEventListener('navigate', (e) => {
  // Older engines have no userActivation, whatever lib.dom says.
  const userActive = (navigator as { userActivation?: UserActivation }).userActivation?.isActive === true;
  const target = scriptRedirectTarget(e, metaRefreshUrl === undefined ? { userActive } : { userActive, metaRefreshUrl });
  if (target !== undefined) send('javascript', target);
});
