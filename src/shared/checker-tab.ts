/**
 * Where the link checker page lives, and how it is opened for a tab's links. The popup, the toolbar
 * button's menu and the options page open it; `?links-of=TAB` asks it to read that tab's links.
 */
import { browser } from './browser-adapter';

const CHECKER_PATH = 'src/checker/checker.html';
const LINKS_OF = 'links-of';

/** Opens the checker in a new tab, to check the links of the tab `linksOf` when given. */
export async function openCheckerTab(linksOf?: number): Promise<void> {
  const url = browser.runtime.getURL(CHECKER_PATH);
  await browser.tabs.create({ url: linksOf === undefined ? url : `${url}?${LINKS_OF}=${linksOf}` });
}

/** The tab whose links the checker was opened for, from its `location.search`. */
export function linksOfTab(search: string): number | undefined {
  const raw = new URLSearchParams(search).get(LINKS_OF);
  const id = raw === null || !/^\d{1,10}$/.test(raw) ? NaN : Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}
