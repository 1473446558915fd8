/**
 * The interface's language in Chromium, as a person meets it: the browser started in German (--lang=de)
 * shows the registry's German text in the popup, with what is still English marked "(Englisch)"; the
 * options page's override turns messages, numbers and marks into another language. Expected words come
 * from the translation files and messages, not from copies of their text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createI18n } from '../../src/shared/i18n/create-i18n';
import { formatMessage, type MessagesFile } from '../../src/shared/i18n/format-message';
import { lookup } from '../../src/shared/registry';
import { launchChromium, type ChromiumWithExtension } from './fixtures/chromium-extension';
import { ROOT } from './fixtures/paths';
import { badgeOf } from './fixtures/chromium-capture';
import { openToolbarPopup, tabIdOf } from './pages/popup-chromium';
import { startSite, type RunningSite } from '../site/site-server';

type Table = Record<string, Record<string, string>>;
const GERMAN = JSON.parse(readFileSync(join(ROOT, 'src/shared/registry/translations/de.json'), 'utf8')) as Table;
const messages = (dir: string): MessagesFile => JSON.parse(readFileSync(join(ROOT, 'public/_locales', dir, 'messages.json'), 'utf8')) as MessagesFile;
const message = (dir: string, key: string): string => messages(dir)[key]!.message;
/** German as the browser's i18n gives it, counted messages in their plural form: what the popup should show. */
const DE_FILE = messages('de');
const GERMAN_UI = createI18n('de', (key, substitutions) => formatMessage(DE_FILE, key, substitutions));

let site: RunningSite;
let browser: ChromiumWithExtension;
test.beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium({ lang: 'de' });
});
test.afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await browser?.close();
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

  test('the badge’s tooltip follows the browser’s language: the redirects counted in German', async () => {
    const page = await visit('/chain/start');
    const tabId = await tabIdOf(browser, `${site.origin}/chain/end`);
    const german = `${message('de', 'extName')} — 200 OK — ${GERMAN_UI.count('badgeRedirects', 2)}`;
    expect(german).toContain('2 Weiterleitungen');
    await expect.poll(async () => (await badgeOf(browser.worker, tabId)).title.split('\n')[0], { timeout: 10_000 }).toBe(german);
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
});
