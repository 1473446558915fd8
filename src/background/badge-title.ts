/**
 * The toolbar button's tooltip. It follows the browser's language: the worker never reads the options
 * page's language choice (that one is the pages'), and takes its messages straight from the browser's
 * i18n (`browser.i18n.getMessage`), not through the pages' i18n modules, which it cannot afford.
 */
import type { Badge } from '../shared/capture/selectors';
import type { StatusClass } from '../shared/registry/registry-types';

/** `browser.i18n.getMessage`; the tests hand in a `messages.json` read by the same rules. */
export type BrowserMessage = (key: string, substitutions?: string[]) => string;

/**
 * What the final status's class means, one sentence each: the few phrases the background carries. The
 * meaning of the status itself (its summary, advice, spec) is the registry's, which only the pages load.
 */
const CLASS_SENTENCES: Readonly<Record<StatusClass, string>> = {
  informational: 'badgeClassInformational',
  success: 'badgeClassSuccess',
  redirection: 'badgeClassRedirection',
  'client-error': 'badgeClassClientError',
  'server-error': 'badgeClassServerError',
  'no-response': 'badgeClassNoResponse',
  // SIP's 6xx never reaches a browser: a status outside HTTP's classes.
  'global-failure': 'badgeClassUnknown',
  unknown: 'badgeClassUnknown',
};

/**
 * 'Status Inspector — 200 OK — after 2 redirects — 1 sub-resource failed', then on a line of its own what
 * the status's class means, and on another whose code it is when not the HTTP standard's (`definedBy`:
 * 'Cloudflare').
 */
export function badgeTitle(badge: Badge | undefined, definedBy: string | undefined, message: BrowserMessage): string {
  const name = message('extName');
  if (!badge) return name;
  const locale = message('locale');
  const plural = new Intl.PluralRules(locale);
  // ' — after 2 redirects': the form of a counted message ('one:after # redirect|other:after # redirects') its count takes; nothing for none.
  const counted = (key: string, count: number): string =>
    count ? ` — ${(message(key).match(`${plural.select(count)}:([^|]*)`)?.[1] ?? '').replace('#', count.toLocaleString(locale))}` : '';
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a class read back from storage may be one this build does not know
  const meaning = message(CLASS_SENTENCES[badge.color] ?? CLASS_SENTENCES.unknown);
  const origin = definedBy ? `\n${message('badgeDefinedBy', [definedBy])}` : '';
  return `${name} — ${badge.head}${counted('badgeRedirects', badge.redirects)}${counted('badgeFailures', badge.subresourceFailures)}\n${meaning}${origin}`;
}
