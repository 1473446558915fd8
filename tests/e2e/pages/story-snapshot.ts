/**
 * Reads what a person sees in the popup or the panel, whichever driver holds the page
 * (Playwright, puppeteer, or a raw CDP session): each gives us an `evaluate` of a function.
 */

export interface StorySnapshot {
  empty: boolean;
  final?: { code: string; phrase: string; summary: string; url: string };
  chain: { code: string; phrase: string; url: string }[];
  error?: string;
}

/**
 * Runs inside the page. Kept as source text, not a function: tsx and Playwright's own transpiler
 * add helpers (`__name`) to serialised functions that do not exist in the page.
 */
const READ_STORY_SCRIPT = `(() => {
  const text = (root, selector) => root?.querySelector(selector)?.textContent?.trim() ?? '';
  const finalEl = document.querySelector('[data-testid="final"]');
  const errorEl = document.querySelector('[data-testid="error"]');
  return {
    empty: document.querySelector('[data-testid="empty"]') !== null,
    final: finalEl
      ? { code: text(finalEl, '.final-code'), phrase: text(finalEl, '.final-phrase'), summary: text(finalEl, '.final-summary'), url: text(finalEl, '.final-url') }
      : undefined,
    chain: [...document.querySelectorAll('[data-testid="hop"]')].map((hop) => ({
      code: text(hop, '.hop-code'), phrase: text(hop, '.hop-phrase'), url: text(hop, '.hop-url'),
    })),
    error: errorEl ? text(errorEl, '.final-phrase') : undefined,
  };
})()`;

export type Evaluate = (script: string) => Promise<StorySnapshot>;

/** Polls until the page shows what `ready` wants (the UI updates live), or returns the last snapshot. */
export async function waitForStory(evaluate: Evaluate, ready: (s: StorySnapshot) => boolean, timeoutMs = 10_000): Promise<StorySnapshot> {
  const deadline = Date.now() + timeoutMs;
  let last = await evaluate(READ_STORY_SCRIPT);
  while (!ready(last) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    last = await evaluate(READ_STORY_SCRIPT);
  }
  return last;
}
