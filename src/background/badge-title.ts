/**
 * The toolbar button's tooltip. It follows the browser's language: the worker never reads the options
 * page's language choice (that one is the pages'), and takes its messages straight from the browser's
 * i18n (`browser.i18n.getMessage`), not through the pages' i18n modules, which it cannot afford.
 */
import type { Badge } from '../shared/capture/selectors';

/** `browser.i18n.getMessage` (no substitutions needed); the tests hand in a `messages.json` read by the same rules. */
export type BrowserMessage = (key: string) => string;

/** 'Status Inspector — 200 OK — after 2 redirects — 1 sub-resource failed', then the meaning's one sentence on a line of its own. */
export function badgeTitle(badge: Badge | undefined, summary: string, message: BrowserMessage): string {
  const name = message('extName');
  if (!badge) return name;
  const locale = message('locale');
  const plural = new Intl.PluralRules(locale);
  // ' — after 2 redirects': the form of a counted message ('one:after # redirect|other:after # redirects') its count takes; nothing for none.
  const counted = (key: string, count: number): string =>
    count ? ` — ${(message(key).match(`${plural.select(count)}:([^|]*)`)?.[1] ?? '').replace('#', count.toLocaleString(locale))}` : '';
  // The meaning's sentence is the registry's English (the worker holds no translations): marked as English, as the pages mark it.
  const meaning = summary && (locale === 'en' ? `\n${summary}` : `\n${summary} ${message('inEnglish')}`);
  return `${name} — ${badge.head}${counted('badgeRedirects', badge.redirects)}${counted('badgeFailures', badge.subresourceFailures)}${meaning}`;
}
