/**
 * Timing the popup page from outside: it is opened in a tab of its own for a given tab (`?tab=ID`,
 * what "Open in a tab" does), and a MutationObserver added before any of its scripts runs notes
 * when its first element is rendered and when `selector` first matches.
 */
import type { BrowserContext, Page } from '@playwright/test';

export interface PopupTiming {
  /** From the start of the popup page's navigation to its first rendered element, ms. */
  first: number;
  /** … to the content `selector` names. */
  content: number;
}

/** Observes the page from its first script on; results land in `window.__siTiming`. */
const OBSERVER = (selector: string): string => `(() => {
  const t = (window.__siTiming = {});
  new MutationObserver((_m, observer) => {
    if (t.first === undefined && document.getElementById('app')?.firstChild) t.first = performance.now();
    if (document.querySelector(${JSON.stringify(selector)})) {
      t.content = performance.now();
      t.contentAt = Date.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
})()`;

/** Opens the popup page in a new tab and waits, polling gently from outside, until `selector` shows. */
export async function openTimedPopup(
  context: BrowserContext,
  url: string,
  selector: string,
  timeoutMs = 30_000,
): Promise<{ page: Page; read: () => Promise<PopupTiming & { contentAt?: number }> }> {
  const page = await context.newPage();
  await page.addInitScript(OBSERVER(selector));
  await page.goto(url);
  const read = () => page.evaluate<PopupTiming & { contentAt?: number }>('window.__siTiming');
  return { page, read: async () => waitFor(read, timeoutMs) };
}

async function waitFor(read: () => Promise<Partial<PopupTiming> & { contentAt?: number }>, timeoutMs: number): Promise<PopupTiming & { contentAt?: number }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // A slow pace, so the waiting does not compete with the page for the CPU.
    const at = await read();
    if (at.first !== undefined && at.content !== undefined) return at as PopupTiming;
    if (Date.now() > deadline) throw new Error('the popup never showed its content');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Time to content of the popup page for `tabId`, closed again afterwards. */
export async function timePopup(context: BrowserContext, extensionId: string, tabId: number, selector: string): Promise<PopupTiming> {
  const { page, read } = await openTimedPopup(context, popupPageUrl(extensionId, tabId), selector);
  try {
    const { first, content } = await read();
    return { first, content };
  } finally {
    await page.close();
  }
}

export function popupPageUrl(extensionId: string, tabId: number): string {
  return `chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`;
}

/** What the popup shows once a loaded tab's story is there: the final answer and the counts. */
export const LOADED_CONTENT = '#app:has([data-testid="final"]):has([data-testid="count"])';
/** … and for a tab with nothing captured (about:blank): its empty state. */
export const EMPTY_CONTENT = '[data-testid="empty"], [data-testid="not-observed"]';

/**
 * The floor under any popup: opening the extension's smallest page (its DevTools page: a tiny
 * script and the chunk every page shares with the background) in a new tab the same way, to the
 * end of its DOMContentLoaded. What is left above this is the popup's own work.
 */
export async function timeSmallestPage(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/src/devtools/devtools.html`, { waitUntil: 'domcontentloaded' });
    return await page.evaluate<number>(`performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd`);
  } finally {
    await page.close();
  }
}
