/**
 * Who the checker asks as: the profile table. A profile says which User-Agent the extension's own
 * requests carry, whether the browser's cookies go with them, and what happens to the client hints
 * (Sec-CH-UA*), which Chromium sends next to the User-Agent and which would otherwise contradict a
 * crawler's User-Agent. The browser adapter turns `headerChanges` into a change scoped to the
 * extension's own requests (a declarativeNetRequest session rule in Chromium, a blocking listener in
 * Firefox), and the checker page fetches with `requestInitFor`'s options.
 *
 * The crawler strings are the ones Google and Bing document. Both write the Chrome version as the
 * placeholder "W.X.Y.Z" because their renderers follow stable Chrome (Googlebot: developers.google.com
 * /search/docs/crawling-indexing/google-common-crawlers; Bingbot: bing.com/webmasters/help/
 * which-crawlers-does-bing-use-8c184ec0, "W.X.Y.Z will be substituted with the latest Microsoft Edge
 * version"). A real request carries a concrete version, so one is filled in: CRAWLER_CHROME_VERSION.
 */

/**
 * The stable Chromium this project's browser tests ran on when the table was written (Debian's
 * chromium 156.0.8078.114, December 2026). Servers recognise crawlers by the "Googlebot"/"bingbot"
 * token, not by this number; it is here so the string is one a real crawler could send. Update it
 * with the browsers now and then.
 */
import { phrase, type MessageKey, type Phrase } from './checker-phrase';

const CRAWLER_CHROME_VERSION = '156.0.8078.114';

export type CheckProfileId = 'new-visitor' | 'cookies' | 'googlebot-smartphone' | 'googlebot-desktop' | 'bingbot' | 'custom';

export interface CheckProfile {
  id: CheckProfileId;
  /** Its name, a message key. */
  label: MessageKey;
  /** The User-Agent sent; absent: the browser's own, untouched. */
  userAgent?: string;
  /** 'omit': no cookies, as a new visitor; 'include': the browser's cookies for the site. */
  credentials: 'omit' | 'include';
  /** 'browser': the browser's own hints, which match its own User-Agent; 'drop': none, since none would match. */
  clientHints: 'browser' | 'drop';
}

/** With their documented placeholder filled in. */
const GOOGLEBOT_SMARTPHONE = `Mozilla/5.0 (Linux; Android 6.0.1; Nexus 5X Build/MMB29P) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/${CRAWLER_CHROME_VERSION} Mobile Safari/537.36 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)`;
const GOOGLEBOT_DESKTOP = `Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; Googlebot/2.1; +http://www.google.com/bot.html) Chrome/${CRAWLER_CHROME_VERSION} Safari/537.36`;
const BINGBOT = `Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm) Chrome/${CRAWLER_CHROME_VERSION} Safari/537.36`;

/** The fixed profiles, in the order the page offers them; the first is the default. */
export const CHECK_PROFILES: readonly Readonly<CheckProfile>[] = Object.freeze([
  { id: 'new-visitor', label: 'checkerProfileNewVisitor', credentials: 'omit', clientHints: 'browser' },
  { id: 'cookies', label: 'checkerProfileCookies', credentials: 'include', clientHints: 'browser' },
  { id: 'googlebot-smartphone', label: 'checkerProfileGooglebotSmartphone', userAgent: GOOGLEBOT_SMARTPHONE, credentials: 'omit', clientHints: 'drop' },
  { id: 'googlebot-desktop', label: 'checkerProfileGooglebotDesktop', userAgent: GOOGLEBOT_DESKTOP, credentials: 'omit', clientHints: 'drop' },
  { id: 'bingbot', label: 'checkerProfileBingbot', userAgent: BINGBOT, credentials: 'omit', clientHints: 'drop' },
]);

/**
 * Every client hint that names the browser. Chromium sends the first three on every https request;
 * the others only to sites that asked (Accept-CH). Removing a header that is absent does nothing.
 */
export const CLIENT_HINT_HEADERS: readonly string[] = Object.freeze([
  'sec-ch-ua',
  'sec-ch-ua-mobile',
  'sec-ch-ua-platform',
  'sec-ch-ua-arch',
  'sec-ch-ua-bitness',
  'sec-ch-ua-form-factors',
  'sec-ch-ua-full-version',
  'sec-ch-ua-full-version-list',
  'sec-ch-ua-model',
  'sec-ch-ua-platform-version',
  'sec-ch-ua-wow64',
]);

/**
 * A custom User-Agent's length cap. Its characters are checked too: a control character (a line
 * break) would make the header invalid, and non-ASCII is not sent the same by every browser.
 */
const MAX_USER_AGENT = 512;

export type ProfileChoice = { ok: true; profile: CheckProfile } | { ok: false; message: Phrase };

/** The profile for an id; 'custom' needs its User-Agent, which is checked here. */
export function checkProfile(id: CheckProfileId, customUserAgent?: string): ProfileChoice {
  if (id !== 'custom') {
    const found = CHECK_PROFILES.find((p) => p.id === id);
    return found === undefined ? { ok: false, message: phrase('checkerProfileUnknown', id) } : { ok: true, profile: { ...found } };
  }
  const ua = (customUserAgent ?? '').trim();
  if (ua === '') return { ok: false, message: phrase('checkerProfileUaEmpty') };
  if (ua.length > MAX_USER_AGENT) return { ok: false, message: phrase('checkerProfileUaTooLong', MAX_USER_AGENT) };
  if (!/^[\x20-\x7e]+$/.test(ua)) return { ok: false, message: phrase('checkerProfileUaNotAscii') };
  return { ok: true, profile: { id: 'custom', label: 'checkerProfileCustom', userAgent: ua, credentials: 'omit', clientHints: 'drop' } };
}

/** What a declarativeNetRequest rule must change on the extension's requests for this profile (nothing for the browser's own). */
export function headerChanges(profile: CheckProfile): { set: { header: string; value: string }[]; remove: string[] } {
  return {
    set: profile.userAgent === undefined ? [] : [{ header: 'user-agent', value: profile.userAgent }],
    remove: profile.clientHints === 'drop' ? [...CLIENT_HINT_HEADERS] : [],
  };
}

/**
 * The fetch options for one check. Redirects are followed by the browser (`redirect: 'follow'`): the
 * chain is read from the webRequest events, and 'manual' would hide every hop but the first. No
 * cache, so the answer is the server's now; no referrer, as a visitor typing the URL.
 */
export function requestInitFor(profile: CheckProfile, method: 'GET' | 'HEAD'): RequestInit {
  return { method, credentials: profile.credentials, cache: 'no-store', redirect: 'follow', referrerPolicy: 'no-referrer' };
}
