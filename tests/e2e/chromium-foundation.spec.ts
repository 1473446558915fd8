/**
 * The thin slice in Chromium: a 301 → 302 → 200 chain and a 404, as the real toolbar popup,
 * the badge and the real DevTools panel show them.
 */
import { expect, test } from '@playwright/test';
import { waitForValue } from './fixtures/capture-storage';
import { launchChromium, type ChromiumWithExtension } from './fixtures/chromium-extension';
import { ChromiumPanel } from './pages/panel-chromium';
import { ChromiumPopup } from './pages/popup-chromium';
import { startSite, type RunningSite } from '../site/site-server';

let site: RunningSite;
test.beforeAll(async () => {
  site = await startSite();
});
test.afterAll(async () => {
  await site.close();
});

async function badgeOf(browser: ChromiumWithExtension, url: string): Promise<{ text: string; title: string }> {
  return browser.worker.evaluate(async (target) => {
    const [tab] = await chrome.tabs.query({ url: target });
    if (tab?.id === undefined) throw new Error(`no tab at ${target}`);
    return {
      text: await chrome.action.getBadgeText({ tabId: tab.id }),
      title: await chrome.action.getTitle({ tabId: tab.id }),
    };
  }, url);
}

test.describe('Chromium', () => {
  let browser: ChromiumWithExtension;
  test.afterEach(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
    await browser?.close();
  });

  test('the toolbar popup and badge show a 301 → 302 → 200 chain', async () => {
    browser = await launchChromium();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${site.origin}/chain/start`);
    expect(page.url()).toBe(`${site.origin}/chain/end`);

    const popup = await ChromiumPopup.open(browser);
    const story = await popup.story((s) => s.final !== undefined && s.chain.length === 3);
    expect(story.final).toMatchObject({ code: '200', phrase: 'OK', url: `${site.origin}/chain/end` });
    expect(story.chain.map((h) => h.code)).toEqual(['301', '302', '200']);
    expect(story.chain.map((h) => h.phrase)).toEqual(['Moved Permanently', 'Found', 'OK']);
    expect(story.chain.map((h) => h.url)).toEqual([`${site.origin}/chain/start`, `${site.origin}/chain/middle`, `${site.origin}/chain/end`]);
    await popup.close();

    // The badge is drawn a moment after the capture changes (and again after Chrome clears it when
    // the page commits): wait for the code with its tooltip rather than race it.
    const badge = await waitForValue(
      () => badgeOf(browser, `${site.origin}/chain/end`),
      (b) => b.text === '200↪' && b.title !== 'Status Inspector',
    );
    // The code, marked as reached through redirects; the tooltip says how many and what a 2xx means.
    expect(badge.text).toBe('200↪');
    expect(badge.title).toContain('Status Inspector — 200 OK — after 2 redirects');
    expect(badge.title.split('\n')[1]).toBe('Success: the server answered the request as it was made.');
  });

  test('the toolbar popup and badge show a 404', async () => {
    browser = await launchChromium();
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const response = await page.goto(`${site.origin}/missing`);
    expect(response?.status()).toBe(404);

    const popup = await ChromiumPopup.open(browser);
    // The summary comes with the registry, a moment after the first paint (only the phrase is stored).
    const story = await popup.story((s) => s.final !== undefined && s.final.summary !== '');
    expect(story.final).toMatchObject({ code: '404', phrase: 'Not Found' });
    expect(story.final?.summary.length).toBeGreaterThan(10);
    expect(story.chain).toEqual([]);
    await popup.close();
    expect(
      (
        await waitForValue(
          () => badgeOf(browser, `${site.origin}/missing`),
          (b) => b.text === '404',
        )
      ).text,
    ).toBe('404');
  });

  test('the DevTools panel shows the inspected tab’s chain and final status', async () => {
    browser = await launchChromium({ devtools: true });
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${site.origin}/chain/start`);
    const panel = await ChromiumPanel.open(browser);
    let story = await panel.story((s) => s.final?.code === '200' && s.chain.length === 3);
    expect(story.final).toMatchObject({ code: '200', phrase: 'OK' });
    expect(story.chain.map((h) => h.code)).toEqual(['301', '302', '200']);

    // The panel follows the inspected tab live: a new load replaces the story without reopening.
    await page.goto(`${site.origin}/missing`);
    story = await panel.story((s) => s.final?.code === '404');
    expect(story.final).toMatchObject({ code: '404', phrase: 'Not Found' });
    expect(story.chain).toEqual([]);
    panel.close();
  });
});
