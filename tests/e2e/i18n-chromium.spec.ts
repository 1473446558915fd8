/**
 * The interface's language in Chromium, as a person meets it: the browser started in German (--lang=de)
 * shows the registry's German text in the popup, with what is still English marked "(Englisch)", and the
 * DevTools panel's own words in German; the options page's override turns messages, numbers and marks
 * into another language, and in every language the request table's headings fit their columns. Started
 * in Japanese (--lang=ja) or German, the toolbar popup and the real DevTools panel tell a Cloudflare chain
 * ending in a 520 in that language, its findings too. Expected words come from the translation files and messages, not from copies of their text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { LOCALES, localeDir } from '../../src/shared/i18n/locales';
import { fileI18n, type MessagesFile } from '../../src/shared/i18n/format-message';
import { lookup } from '../../src/shared/registry';
import { launchChromium, type ChromiumWithExtension } from './fixtures/chromium-extension';
import { message, READ_SHOWN_TEXT, readMessages, type ShownText } from './fixtures/locale-messages';
import { ROOT } from './fixtures/paths';
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
import { ChromiumPanel } from './pages/panel-chromium';
import { PanelTable } from './pages/panel-table';
import { openToolbarPopup, tabIdOf } from './pages/popup-chromium';
import { ChromiumRequestsPage } from './pages/requests-chromium';
import { badgeOf } from './fixtures/chromium-capture';
import { startSite, type RunningSite } from '../site/site-server';

type Table = Record<string, Record<string, string>>;
const GERMAN = JSON.parse(readFileSync(join(ROOT, 'src/shared/registry/translations/de.json'), 'utf8')) as Table;
/** German as the browser's i18n gives it, counted messages in their plural form: what the popup should show. */
const DE_FILE = readMessages('de') as MessagesFile;
const GERMAN_UI = fileI18n('de', DE_FILE);

let site: RunningSite;
let browser: ChromiumWithExtension;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await site?.close();
});

async function visit(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}${path}`).catch(() => undefined);
  return page;
}

/** The opened entry details' fields, and the fields marked as shown in English with the mark's text. */
const READ_ENTRY = `(() => {
  const entry = document.querySelector('[data-testid="final"] [data-testid="entry-details"]');
  return entry ? {
    text: entry.textContent.replace(/\\s+/g, ' ').trim(),
    marks: [...entry.querySelectorAll('[data-testid="in-english"]')].map((m) => [m.dataset.field, m.textContent.trim()]),
    englishLang: [...entry.querySelectorAll('[lang="en"]')].length,
  } : null;
})()`;

/** The lookup box's results: code, origin, summary text and its mark (if any). */
const READ_LOOKUP = `[...document.querySelectorAll('[data-testid="lookup-result"]')].map((r) => ({
  code: r.dataset.code, origin: r.dataset.origin,
  phrase: r.querySelector('.lookup-phrase')?.textContent ?? '',
  summary: r.querySelector('.lookup-text')?.textContent.trim() ?? '',
  mark: r.querySelector('[data-testid="in-english"]')?.textContent.trim() ?? '',
}))`;

/** The request table's headings as drawn: text, and whether the cell is narrower than what it holds (a cut heading). */
const READ_HEADINGS = `[...document.querySelectorAll('.line-header [role="columnheader"]')]
  .filter((cell) => cell.getClientRects().length > 0)
  .map((cell) => ({ column: cell.dataset.column, text: cell.textContent.replace(/ [▲▼]$/, '').trim(), cut: cell.scrollWidth > cell.clientWidth }))`;

interface Heading {
  column: string;
  text: string;
  cut: boolean;
}

/** The table's fixed columns and their headings' keys, in the table's order (the response facts' columns follow). */
const COLUMN_KEYS = [
  ['status', 'panelColumnStatus'],
  ['phrase', 'panelColumnMeaning'],
  ['method', 'panelColumnMethod'],
  ['type', 'panelColumnType'],
  ['url', 'panelColumnUrl'],
  ['vendor', 'panelColumnAnsweredBy'],
  ['source', 'panelColumnSource'],
  ['start', 'panelColumnStart'],
  ['duration', 'panelColumnDuration'],
] as const;

/** The popup's own words (not the registry's): headings, a button, a fact's label. */
const READ_WORDS = `(() => {
  const text = (selector) => (document.querySelector(selector)?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  return {
    lookupTitle: text('#lookup-title'),
    popOut: text('[data-testid="pop-out"]'),
    answeredBy: text('[data-testid="final"] .fact dt'),
    exportTitle: text('#export-title'),
    subresourcesTitle: text('#subresources-title'),
    placeholder: document.querySelector('[data-testid="lookup-input"]')?.getAttribute('placeholder') ?? '',
  };
})()`;

interface PopupWords {
  lookupTitle: string;
  popOut: string;
  answeredBy: string;
  exportTitle: string;
  subresourcesTitle: string;
  placeholder: string;
}

interface EntryView {
  text: string;
  marks: string[][];
  englishLang: number;
}

interface LookupRow {
  code: string;
  origin: string;
  phrase: string;
  summary: string;
  mark: string;
}

test.describe('Chromium in German', () => {
  test.beforeAll(async () => {
    browser = await launchChromium({ lang: 'de' });
  });
  test.afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
    await browser?.close();
  });

  test('the popup explains a Cloudflare 520 in German; the explanation, not yet translated, is English and marked', async () => {
    const page = await visit('/cloudflare/chain');
    const { view, close } = await openToolbarPopup(browser, page);
    const german = GERMAN['http cloudflare 520']!;
    const s = await view.waitFor((x) => x.final?.code === '520' && x.final.summary === german.summary);
    expect(s.final?.summary).toBe(german.summary);
    expect(s.final?.summary).not.toBe(lookup(520, { vendor: 'cloudflare' })?.summary);

    await view.driver.click('[data-testid="final"] details > summary');
    const readEntry = () => view.driver.evaluate<EntryView | null>(READ_ENTRY);
    let entry = await readEntry();
    for (let i = 0; i < 50 && !entry?.text.includes(german.ownerAdvice!); i++) {
      await new Promise((r) => setTimeout(r, 100));
      entry = await readEntry();
    }
    expect(entry?.text).toContain(german.visitorAdvice);
    expect(entry?.text).toContain(german.ownerAdvice);
    expect(entry?.text).toContain(german.crawlerNote);
    expect(entry?.text).toContain(lookup(520, { vendor: 'cloudflare' })?.explanation);
    expect(entry?.marks).toEqual([
      ['explanation', message('de', 'inEnglish')],
      ['causes', message('de', 'inEnglish')],
    ]);
    expect(entry?.englishLang).toBe(2);
    await close();
    await page.close();
  });

  test('the popup’s own words are German: headings, buttons and labels come from the German messages', async () => {
    const page = await visit('/ok');
    const { view, close } = await openToolbarPopup(browser, page);
    const s = await view.waitFor((x) => x.final?.code === '200' && x.subresourcesTitle !== '');
    const words = await view.driver.evaluate<PopupWords>(READ_WORDS);
    // Each expected word is German's message, and differs from English's: English leaking through would fail.
    for (const key of ['popupLookupTitle', 'popupOpenInTab', 'uiAnsweredBy', 'popupExportTitle', 'popupLookupPlaceholder']) {
      expect(message('de', key), key).not.toBe(message('en', key));
    }
    expect(words).toEqual({
      lookupTitle: message('de', 'popupLookupTitle'),
      popOut: message('de', 'popupOpenInTab'),
      answeredBy: message('de', 'uiAnsweredBy'),
      exportTitle: message('de', 'popupExportTitle'),
      // A counted message, in German's plural form for the number of responses the popup counted.
      subresourcesTitle: GERMAN_UI.count(
        'uiSubresourcesTitle',
        Object.values(s.counts).reduce((n, c) => n + c, 0),
      ),
      placeholder: message('de', 'popupLookupPlaceholder'),
    });
    await close();
    await page.close();
  });

  test('the badge’s tooltip follows the browser’s language: the redirects counted in German, the status’s class said in German', async () => {
    const page = await visit('/chain/start');
    const tabId = await tabIdOf(browser, `${site.origin}/chain/end`);
    const german = `${message('de', 'extName')} — 200 OK — ${GERMAN_UI.count('badgeRedirects', 2)}`;
    expect(german).toContain('2 Weiterleitungen');
    const success = message('de', 'badgeClassSuccess');
    expect(success).toMatch(/^Erfolg: /);
    await expect.poll(async () => (await badgeOf(browser.worker, tabId)).title.split('\n'), { timeout: 10_000 }).toEqual([german, success]);
    await page.close();
  });

  test('the lookup box finds codes by German words; an entry outside the translated set is English, marked', async () => {
    const page = await visit('/ok');
    const { view, close } = await openToolbarPopup(browser, page);
    await view.waitFor((x) => x.registryReady);
    await view.driver.fill('[data-testid="lookup-input"]', 'nicht gefunden');
    let rows: LookupRow[] = [];
    for (let i = 0; i < 50 && !rows.some((r) => r.code === '404' && r.origin === 'ietf'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await view.driver.evaluate<LookupRow[]>(READ_LOOKUP);
    }
    expect(rows.find((r) => r.code === '404' && r.origin === 'ietf')?.summary).toBe(GERMAN['http ietf 404']!.summary);
    expect(rows.find((r) => r.code === '404.0')?.phrase).toBe(GERMAN['http iis 404.0']!.phrase);

    await view.driver.fill('[data-testid="lookup-input"]', '1020');
    for (let i = 0; i < 50 && rows[0]?.code !== '1020'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await view.driver.evaluate<LookupRow[]>(READ_LOOKUP);
    }
    expect(rows[0]).toMatchObject({ code: '1020', summary: lookup('1020', { vendor: 'cloudflare' })?.summary, mark: message('de', 'inEnglish') });
    await close();
    await page.close();
  });

  test('the options page follows the browser, and its override changes the language of messages, numbers and marks', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const select = options.getByTestId('language');
    await expect(options.locator('label[for="language"]')).toHaveText(message('de', 'languageLabel'));
    await expect(options.locator('h1')).toHaveText(message('de', 'optionsTitle'));
    await expect(options).toHaveTitle(message('de', 'optionsTitle'));
    await expect(options.locator('label[for="maxSubresourcesPerLoad"]')).toHaveText(message('de', 'optionsSubresourcesLabel'));
    await expect(select.locator('option[value="auto"]')).toHaveText(message('de', 'languageAuto').replace('$LANGUAGE$', 'Deutsch'));
    await expect(options.locator('#maxSubresourcesPerLoad-hint')).toContainText('5.000');

    await select.selectOption('ja');
    await expect(options.locator('label[for="language"]')).toHaveText(message('ja', 'languageLabel'));
    await expect(options.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(options.locator('#maxSubresourcesPerLoad-hint')).toContainText('50～5,000');

    const page = await visit('/ok');
    const { view, close } = await openToolbarPopup(browser, page);
    await view.waitFor((x) => x.registryReady);
    await view.driver.fill('[data-testid="lookup-input"]', '1020');
    let rows: LookupRow[] = [];
    for (let i = 0; i < 50 && rows[0]?.mark !== message('ja', 'inEnglish'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      rows = await view.driver.evaluate<LookupRow[]>(READ_LOOKUP);
    }
    expect(rows[0]).toMatchObject({ code: '1020', mark: message('ja', 'inEnglish') });
    await close();
    await page.close();

    // Back to the browser’s language: German again, stored as "auto".
    await select.selectOption('auto');
    await expect(options.locator('label[for="language"]')).toHaveText(message('de', 'languageLabel'));
    expect(await browser.worker.evaluate(async () => (await chrome.storage.local.get('language')).language)).toBe('auto');
    await options.close();
  });

  test('the real DevTools panel speaks German: its title bar, toolbar, headings, rows and details', async () => {
    const devtools = await launchChromium({ devtools: true, lang: 'de' });
    try {
      const { page, panel } = await ChromiumPanel.openOnPage(devtools, `${site.origin}/ok`);
      const table = new PanelTable(panel);
      await page.goto(`${site.origin}/panel/many?n=10`);
      const failed = message('de', 'panelFailed');
      let s = await table.waitFor((x) => x.lines.some((l) => l.cells['status'] === failed) && x.lines.some((l) => l.cells['status'] === '500'), 20_000);
      // Only the German messages' words: the English ones would fail every line below.
      expect(await panel.evaluate<string>(`document.querySelector('[data-testid="errors-only"]').parentElement.textContent.trim()`)).toBe(
        message('de', 'panelErrorsOnly'),
      );
      expect(s.harNote).toBe(message('de', 'panelNoteDevtools'));
      expect(s.count).toMatch(new RegExp(`^\\d+ ${message('de', 'panelCount').split('|other:# ')[1]!}$`));
      expect(s.lines.find((l) => l.testid === 'request-row' && l.kind === 'hop')?.cells['type']).toBe(message('de', 'panelTypeDocument'));
      // A count with the number shown: '2 von 17 Anfragen', as the German message orders it.
      const filtered = message('de', 'panelCountFiltered').split('|other:')[1]!.replace('$SHOWN$', '\\d+').replace('#', '\\d+');
      await table.click('[data-testid="errors-only"]');
      s = await table.waitFor((x) => new RegExp(`^${filtered}$`).test(x.count));
      expect(s.count).toMatch(new RegExp(`^${filtered}$`));
      await table.click('[data-testid="errors-only"]');
      const headings = await panel.evaluate<Heading[]>(READ_HEADINGS);
      expect(headings.slice(0, COLUMN_KEYS.length).map((h) => [h.column, h.text])).toEqual(COLUMN_KEYS.map(([column, key]) => [column, message('de', key)]));
      expect(headings.filter((h) => h.cut)).toEqual([]);

      await table.clickLine(`${site.origin}/panel/asset?kind=css&i=2&status=500`);
      s = await table.waitFor((x) => x.details?.code === '500');
      expect(s.details?.facts[message('de', 'panelColumnSource')]).toBeDefined();
      expect(s.details?.facts[message('de', 'panelColumnType')]).toBe(`${message('de', 'panelTypeCss')} (stylesheet)`);
      expect(s.details?.text).toContain(message('de', 'panelWhatItMeans'));
      panel.close();
    } finally {
      await devtools.close();
    }
  });

  test('in every language the request table’s headings fit their columns, in a wide and in a narrower window', async () => {
    const inspected = await visit('/panel/many?n=5');
    const tabId = await tabIdOf(browser, `${site.origin}/panel/many?n=5`);
    try {
      for (const { id } of LOCALES) {
        await browser.worker.evaluate(async (language) => chrome.storage.local.set({ language }), id);
        const requests = await ChromiumRequestsPage.open(browser, tabId);
        const heading = message(localeDir(id), 'panelTabPageHeading');
        await expect(requests.page.locator('h1')).toHaveText(heading);
        for (const width of [1280, 700]) {
          await requests.page.setViewportSize({ width, height: 700 });
          // A frame for the container query to switch the grid's tracks.
          await requests.page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
          const headings = await requests.page.evaluate<Heading[]>(READ_HEADINGS);
          expect(headings.length, `${id} at ${width}px`).toBeGreaterThanOrEqual(width > 760 ? 11 : 5);
          expect(headings[0]?.text, id).toBe(message(localeDir(id), 'panelColumnStatus'));
          expect(
            headings.filter((h) => h.cut),
            `${id} at ${width}px`,
          ).toEqual([]);
        }
        await requests.close();
      }
    } finally {
      await browser.worker.evaluate(async () => chrome.storage.local.set({ language: 'auto' }));
      await inspected.close();
    }
  });
});

// The Cloudflare chain end to end, in German and in Japanese: each language's files say what must show.
for (const [lang, name] of [
  ['ja', 'Japanese'],
  ['de', 'German'],
] as const) {
  test.describe(`Chromium in ${name}`, () => {
    let localized: ChromiumWithExtension | undefined;
    test.afterEach(async () => {
      await localized?.close();
      localized = undefined;
    });

    test(`the toolbar popup tells a Cloudflare chain ending in a 520 in ${name}, hop by hop, with its findings`, async () => {
      localized = await launchChromium({ lang });
      const page = await localized.context.newPage();
      await page.goto(`${site.origin}${CHAIN.start}`).catch(() => undefined);
      const { popup, view, close } = await openToolbarPopup(localized, page);
      const final = translatedEntry(lang, 520);
      const s = await view.waitFor((x) => x.final?.summary === final.translation.summary && x.chain.length === 3);
      expect(s.final?.summary).toBe(final.translation.summary);
      expect(s.final?.summary).not.toBe(final.english.summary);

      expect(await popup.page.evaluate<number>(OPEN_ALL_DETAILS)).toBe(0);
      let story = await popup.page.evaluate<PopupStory>(READ_POPUP_STORY);
      for (let i = 0; i < 50 && !story.hops.every((h) => h.text.includes(translatedEntry(lang, Number(h.code)).translation.ownerAdvice!)); i++) {
        await new Promise((r) => setTimeout(r, 100));
        story = await popup.page.evaluate<PopupStory>(READ_POPUP_STORY);
      }
      expect(story.lang).toBe(lang);
      expect(story.hops.map((h) => h.code)).toEqual(CHAIN.hops.map(([, code]) => String(code)));
      for (const hop of story.hops) expectExplainedIn(lang, Number(hop.code), hop.text);
      // The explanations and causes are not translated: English, marked in the language.
      expectMarksIn(lang, story.marks);
      expectFindingsIn(lang, story.findings);
      expectNoEnglishMessages(lang, await popup.page.evaluate<ShownText>(READ_SHOWN_TEXT));
      await close();
    });

    test(`the DevTools panel explains each hop of the chain in ${name} in its details pane`, async () => {
      localized = await launchChromium({ lang, devtools: true });
      const { page, panel } = await ChromiumPanel.openOnPage(localized, `${site.origin}/ok`);
      try {
        const table = new PanelTable(panel);
        await page.goto(`${site.origin}${CHAIN.start}`);
        for (const [path, code] of CHAIN.hops) {
          let s = await selectChainHop(table, site.origin, path, code);
          const owner = translatedEntry(lang, code).translation.ownerAdvice!;
          s = await table.waitFor((x) => x.details?.text.includes(owner) === true);
          expectExplainedIn(lang, code, s.details!.text.replace(/\s+/g, ' '));
        }
        expect(await panel.evaluate<string>('document.documentElement.lang')).toBe(lang);
        expectMarksIn(
          lang,
          await panel.evaluate<[string, string][]>(
            `[...document.querySelectorAll('[data-testid="in-english"]')].map((m) => [m.dataset.field, m.textContent.trim()])`,
          ),
        );
        expectNoEnglishMessages(lang, await panel.evaluate<ShownText>(READ_SHOWN_TEXT));
      } finally {
        panel.close();
      }
    });
  });
}
