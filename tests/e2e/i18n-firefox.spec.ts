/**
 * The interface's language in Firefox ESR, as a person meets it: Firefox started in French (its
 * language pack installed, `intl.locale.requested`) tells a Cloudflare chain ending in a 520 in French,
 * in the popup page and in "All requests in a tab" (where the panel's table is tested in Firefox). Expected
 * words come from public/_locales/fr/messages.json by key and from the registry's fr.json by the entry's key.
 */
import { expect, test } from '@playwright/test';
import { launchFirefox, type FirefoxWithExtension } from './fixtures/firefox-extension';
import { READ_SHOWN_TEXT, type ShownText } from './fixtures/locale-messages';
import {
  CHAIN,
  expectExplainedIn,
  expectFindingsIn,
  expectMarksIn,
  expectNoEnglishMessages,
  OPEN_ALL_DETAILS,
  READ_POPUP_STORY,
  selectChainHop,
  translatedEntry,
  type PopupStory,
} from './pages/localized-story';
import { firefoxTabId, FirefoxPopup } from './pages/popup-firefox';
import { FirefoxRequestsPage } from './pages/requests-firefox';
import { startSite, type RunningSite } from '../site/site-server';

let site: RunningSite;
let firefox: FirefoxWithExtension;
test.beforeAll(async () => {
  site = await startSite();
  firefox = await launchFirefox({ locale: 'fr' });
});
test.afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await firefox?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await site?.close();
});

test.describe('Firefox in French', () => {
  test('the popup page tells a Cloudflare chain ending in a 520 in French, hop by hop', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${site.origin}${CHAIN.start}`).catch(() => undefined);
    const popup = await FirefoxPopup.open(firefox, await firefoxTabId(firefox, page.url()));
    const language = await popup.page.evaluate('browser.i18n.getUILanguage()');
    expect(language, 'Firefox runs in French only with its language pack: apt-get install firefox-esr-l10n-fr').toMatch(/^fr\b/);

    const final = translatedEntry('fr', 520);
    const s = await popup.view.waitFor((x) => x.final?.summary === final.translation.summary && x.chain.length === 3);
    expect(s.final?.summary).toBe(final.translation.summary);
    expect(s.final?.summary).not.toBe(final.english.summary);

    expect(await popup.page.evaluate(OPEN_ALL_DETAILS)).toBe(0);
    const read = () => popup.page.evaluate(READ_POPUP_STORY) as Promise<PopupStory>;
    let story = await read();
    for (let i = 0; i < 50 && !story.hops.every((h) => h.text.includes(translatedEntry('fr', Number(h.code)).translation.ownerAdvice!)); i++) {
      await new Promise((r) => setTimeout(r, 100));
      story = await read();
    }
    expect(story.lang).toBe('fr');
    expect(story.hops.map((h) => h.code)).toEqual(CHAIN.hops.map(([, code]) => String(code)));
    for (const hop of story.hops) expectExplainedIn('fr', Number(hop.code), hop.text);
    // The explanations and causes are not translated: English, marked in French.
    expectMarksIn('fr', story.marks);
    expectFindingsIn('fr', story.findings);
    expectNoEnglishMessages('fr', (await popup.page.evaluate(READ_SHOWN_TEXT)) as ShownText);
    await popup.close();
    await page.close();
  });

  test('“All requests in a tab” explains each hop of the chain in French in its details pane', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${site.origin}${CHAIN.start}`).catch(() => undefined);
    const { requests, popup } = await FirefoxRequestsPage.openFromPopup(firefox, page.url());
    await popup.close();
    for (const [path, code] of CHAIN.hops) {
      await selectChainHop(requests.table, site.origin, path, code);
      const owner = translatedEntry('fr', code).translation.ownerAdvice!;
      const s = await requests.table.waitFor((x) => x.details?.text.includes(owner) === true);
      expectExplainedIn('fr', code, s.details!.text.replace(/\s+/g, ' '));
    }
    expect(await requests.page.evaluate('document.documentElement.lang')).toBe('fr');
    expectMarksIn(
      'fr',
      (await requests.page.evaluate(`[...document.querySelectorAll('[data-testid="in-english"]')].map((m) => [m.dataset.field, m.textContent.trim()])`)) as [
        string,
        string,
      ][],
    );
    expectNoEnglishMessages('fr', (await requests.page.evaluate(READ_SHOWN_TEXT)) as ShownText);
    await requests.close();
    await page.close();
  });
});
