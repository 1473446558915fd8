/**
 * Every difference between Chrome and Firefox lives here, so callers never test for a browser.
 * Only this module and the entry points touch `browser.*` directly.
 */
import browser from 'webextension-polyfill';

export { browser };

/** Firefox exposes `browser.runtime.getBrowserInfo`; Chromium does not. */
export const isFirefox: boolean = typeof (browser.runtime as { getBrowserInfo?: unknown }).getBrowserInfo === 'function';

/**
 * The headers each response listener asks for. Chrome would show a few more (Set-Cookie among them)
 * with 'extraHeaders', but that option routes every request through the browser process and slows
 * browsing; nothing we explain depends on those headers, and exports redact cookies anyway.
 */
export function responseHeaderOptions(): 'responseHeaders'[] {
  return ['responseHeaders'];
}

/**
 * `devtools.*` is missing from webextension-polyfill's `browser` object in Chromium, so the devtools
 * pages use `chrome.devtools` there and `browser.devtools` in Firefox.
 */
export function devtoolsApi(): typeof chrome.devtools {
  const fromBrowser = (globalThis as { browser?: { devtools?: typeof chrome.devtools } }).browser?.devtools;
  return fromBrowser ?? chrome.devtools;
}
