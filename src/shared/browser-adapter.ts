/**
 * Every difference between Chrome and Firefox lives here, so callers never test for a browser.
 * Only this module and the entry points touch `browser.*` directly.
 */
import browser from 'webextension-polyfill';

export { browser };

/** Firefox exposes `browser.runtime.getBrowserInfo`; Chromium does not. */
export const isFirefox: boolean = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

/**
 * Chrome hides some response headers (Set-Cookie among others) unless a listener asks for
 * 'extraHeaders'; Firefox has no such option and rejects it.
 */
export function responseHeaderOptions(): ('responseHeaders' | 'extraHeaders')[] {
  return isFirefox ? ['responseHeaders'] : ['responseHeaders', 'extraHeaders'];
}

/**
 * `devtools.*` is missing from webextension-polyfill's `browser` object in Chromium, so the devtools
 * pages use `chrome.devtools` there and `browser.devtools` in Firefox.
 */
export function devtoolsApi(): typeof chrome.devtools {
  const fromBrowser = (globalThis as { browser?: { devtools?: typeof chrome.devtools } }).browser?.devtools;
  return fromBrowser ?? chrome.devtools;
}
