/**
 * Runs inside the page whose links are checked (scripting.executeScript sends its source there), so it
 * is self-contained: no imports at run time, no closure, constants written in. It only reads the DOM:
 * the attributes as written (the pure core resolves them against `base`, as the browser would).
 */
import type { RawLink } from '../shared/checker/page-links';

export interface CollectedLinks {
  /** The page's address, and its base URL for resolving (document.baseURI honours <base href>). */
  url: string;
  base: string;
  title: string;
  links: RawLink[];
  /** Elements beyond the collector's limit, not sent. */
  more: number;
}

export function collectLinks(): CollectedLinks {
  // The checker reads at most 100,000 rows of any input; a link's text is shown cut to 200 characters.
  const maxLinks = 100_000;
  const maxText = 300;
  const elements = document.querySelectorAll('a[href], area[href], link[href], img[src], script[src]');
  const links: RawLink[] = [];
  for (const element of Array.from(elements).slice(0, maxLinks)) {
    const tag = element.localName;
    const media = tag === 'img' || tag === 'script';
    const href = element.getAttribute(media ? 'src' : 'href') ?? '';
    const text = tag === 'img' || tag === 'area' ? (element.getAttribute('alt') ?? '') : tag === 'a' ? element.textContent : '';
    const link: RawLink = { tag, href, text: text.slice(0, maxText) };
    const rel = element.getAttribute('rel');
    if (rel !== null) link.rel = rel;
    links.push(link);
  }
  return { url: location.href, base: document.baseURI, title: document.title.slice(0, maxText), links, more: Math.max(0, elements.length - maxLinks) };
}
