/**
 * A pseudo-locale in the real toolbar popup (400 pixels wide) and the real DevTools panel: every message
 * accented, bracketed and about 40% longer (fixtures/pseudo-locale.ts), for a Cloudflare redirect chain
 * ending in a 520 with every part of the story opened. The text must come from the messages, and it must
 * fit: no page wider than its window, no text cut off (unless it ellipsizes with its full text in a title).
 *
 * How much pseudo text is enough is measured, not guessed: the same views in the real English build show
 * some messages; the pseudo build must show every one of them pseudo-localized, and none in English. As
 * the interface's strings move into the messages, both sets grow and the test with them.
 */
import { expect, test } from '@playwright/test';
import { pluralForms } from '../../src/shared/i18n/create-i18n';
import { launchChromium, type ChromiumWithExtension } from './fixtures/chromium-extension';
import {
  englishLeft,
  messageMatchers,
  READ_SHOWN_TEXT,
  readMessages,
  sameEverywhere,
  shownGroups,
  shownKeys,
  type ShownText,
} from './fixtures/locale-messages';
import { CHROME_DIST } from './fixtures/paths';
import { pseudoExtension, pseudoLocalize, PSEUDO_LETTERS, type PseudoExtension } from './fixtures/pseudo-locale';
import { readOverflow, type OverflowReport } from './fixtures/text-overflow';
import { ChromiumPanel } from './pages/panel-chromium';
import { PanelTable } from './pages/panel-table';
import { CHAIN, OPEN_ALL_DETAILS, selectChainHop } from './pages/localized-story';
import { openToolbarPopup } from './pages/popup-chromium';
import { startSite, type RunningSite } from '../site/site-server';

let site: RunningSite;
let pseudo: PseudoExtension;
test.beforeAll(async () => {
  site = await startSite();
  pseudo = pseudoExtension(CHROME_DIST);
});
test.afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  pseudo?.remove();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await site?.close();
});

interface Surface {
  shown: ShownText;
  overflow: OverflowReport;
}

/** Chromium in English with `extensionDir` loaded (English shows the default locale, which the pseudo-locale replaces). */
async function launch(extensionDir: string, devtools: boolean): Promise<ChromiumWithExtension> {
  return launchChromium({ devtools, extensionDir, lang: 'en-US' });
}

/** The toolbar popup for the chain's tab, every details element open. */
async function popupView(browser: ChromiumWithExtension): Promise<Surface> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}${CHAIN.start}`);
  const { popup, view, close } = await openToolbarPopup(browser, page);
  await view.waitFor((s) => s.final?.code === '520' && s.chain.length === 3 && s.registryReady);
  expect(await popup.page.evaluate<number>(OPEN_ALL_DETAILS)).toBe(0);
  const surface = { shown: await popup.page.evaluate<ShownText>(READ_SHOWN_TEXT), overflow: await popup.page.evaluate<OverflowReport>(readOverflow()) };
  await close();
  return surface;
}

/** The DevTools panel (undocked, 1280 pixels) with the chain opened and its 520 selected, the details pane beside the table. */
async function panelView(browser: ChromiumWithExtension): Promise<Surface> {
  const { page, panel } = await ChromiumPanel.openOnPage(browser, `${site.origin}/ok`);
  try {
    const table = new PanelTable(panel);
    await page.goto(`${site.origin}${CHAIN.start}`);
    await selectChainHop(table, site.origin, CHAIN.last, 520);
    // The facts DevTools' log gives (size, timing, the body read) come after the meaning: both builds are
    // read with all of them, or a late log would count as messages left unshown.
    await table.waitFor((s) => s.details?.devtoolsLog === 'body');
    // The table ellipsizes its data (URLs, times) by design; its words, the messages, must fit.
    return { shown: await panel.evaluate<ShownText>(READ_SHOWN_TEXT), overflow: await panel.evaluate<OverflowReport>(readOverflow(PSEUDO_LETTERS)) };
  } finally {
    panel.close();
  }
}

/** The view in the real English build, then in the pseudo-localized copy (whose messages the browser must serve). */
async function bothBuilds(devtools: boolean, read: (browser: ChromiumWithExtension) => Promise<Surface>): Promise<{ english: Surface; pseudo: Surface }> {
  const englishBrowser = await launch(CHROME_DIST, devtools);
  let english: Surface;
  try {
    english = await read(englishBrowser);
  } finally {
    await englishBrowser.close();
  }
  const pseudoBrowser = await launch(pseudo.dir, devtools);
  try {
    // The browser serves the pseudo messages (else nothing checked after would mean anything).
    expect(await pseudoBrowser.worker.evaluate(() => chrome.i18n.getMessage('inEnglish'))).toBe(pseudo.messages['inEnglish']?.message);
    return { english, pseudo: await read(pseudoBrowser) };
  } finally {
    await pseudoBrowser.close();
  }
}

/**
 * (a) Every message the English view shows is there pseudo-localized, in at least as many visible text
 * nodes, and no English message is left; (b) nothing is wider than the page or cut off.
 */
function expectPseudoLocalized(name: string, views: { english: Surface; pseudo: Surface }): void {
  // Names and formats, the same in every locale, are not language: a view may show them as they are.
  const names = sameEverywhere();
  const englishMatchers = messageMatchers(readMessages('en'), names);
  const pseudoMatchers = messageMatchers(pseudo.messages, names);
  const all = (s: ShownText): string[] => [...s.visible, ...s.other];
  // A string the pseudo view shows unchanged is not a message (the registry's English, a header's name).
  const unchanged = new Set(all(views.pseudo.shown));
  const before = shownGroups(
    all(views.english.shown).filter((s) => !unchanged.has(s)),
    englishMatchers,
  );
  // Shown pseudo-localized wherever a string fits the message (the pseudo text's padding weighs on no match).
  const after = shownKeys(all(views.pseudo.shown), pseudoMatchers, true);
  expect(
    before.filter((keys) => !keys.some((key) => after.has(key))).map((keys) => keys.join(' | ')),
    `${name}: messages not shown pseudo-localized`,
  ).toEqual([]);
  expect(englishLeft(views.pseudo.shown, pseudo.messages), `${name}: English messages still shown`).toEqual([]);
  const englishNodes = views.english.shown.visible.filter((s) => !unchanged.has(s) && englishMatchers.some((m) => m.matches(s))).length;
  const pseudoNodes = views.pseudo.shown.visible.filter((s) => PSEUDO_LETTERS.test(s)).length;
  expect(pseudoNodes, `${name}: visible pseudo-localized text`).toBeGreaterThanOrEqual(englishNodes);

  const { overflow } = views.pseudo;
  expect(overflow.scrollWidth, `${name}: page wider than its window`).toBeLessThanOrEqual(overflow.viewportWidth);
  expect(overflow.outside, `${name}: text beyond the page's right edge`).toEqual([]);
  expect(overflow.clipped, `${name}: text cut off`).toEqual([]);
}

// Two browsers a test (the English build, then the pseudo one), each with a page load and a view to read.
test.describe('Chromium in a pseudo-locale', () => {
  test.describe.configure({ timeout: 180_000 });

  test('the pseudo messages keep what the browser and I18n.count fill in: placeholders, the count and each plural form', () => {
    const filled = (text: string): string[] => (text.match(/\$[A-Za-z0-9_@]+\$|\$[1-9]|\$\$|#/g) ?? []).sort();
    const english = readMessages('en');
    const counted = 'one:# request to $HOST$|other:# requests to $HOST$';
    for (const [key, text] of [...Object.entries(english).map(([key, e]) => [key, e.message] as const), ['counted', counted] as const]) {
      const pseudoText = key === 'counted' ? pseudoLocalize(counted) : pseudo.messages[key]!.message;
      const forms = pluralForms(text);
      const pseudoForms = pluralForms(pseudoText);
      expect([...pseudoForms.keys()], key).toEqual([...forms.keys()]);
      for (const [category, form] of forms) {
        const pseudoForm = pseudoForms.get(category)!;
        expect(filled(pseudoForm), `${key} ${category}`).toEqual(filled(form));
        if (key === 'locale') continue; // a machine id, kept
        expect(pseudoForm, `${key} ${category}`).toMatch(PSEUDO_LETTERS);
        expect(pseudoForm.length, `${key} ${category}`).toBeGreaterThanOrEqual(Math.floor(form.length * 1.3));
      }
    }
    expect(pseudo.messages['locale']?.message).toBe(english['locale']?.message);
  });

  test('the toolbar popup, 400 pixels wide, with a Cloudflare chain ending in a 520 and every part opened', async () => {
    const views = await bothBuilds(false, popupView);
    expectPseudoLocalized('popup', views);
    // As wide as its body (the window grows to fit what sticks out of the body, which `outside` rules out).
    expect(views.pseudo.overflow.bodyWidth).toBe(400);
  });

  test('the DevTools panel, with the same chain opened and its 520 explained in the details pane', async () => {
    expectPseudoLocalized('panel', await bothBuilds(true, panelView));
  });
});
