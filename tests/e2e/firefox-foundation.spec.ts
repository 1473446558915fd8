/** The thin slice in Firefox ESR: the popup page shows a 301 → 302 → 200 chain and a 404. */
import { expect, test } from '@playwright/test';
import { launchFirefox, type FirefoxWithExtension } from './fixtures/firefox-extension';
import { FirefoxPopup } from './pages/popup-firefox';
import { startSite, type RunningSite } from '../site/site-server';

let site: RunningSite;
let firefox: FirefoxWithExtension;
test.beforeAll(async () => {
  site = await startSite();
  firefox = await launchFirefox();
});
test.afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await firefox?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await site?.close();
});

test.describe('Firefox', () => {
  test('the popup shows a 301 → 302 → 200 chain', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${site.origin}/chain/start`);
    expect(page.url()).toBe(`${site.origin}/chain/end`);
    const popup = await FirefoxPopup.openFor(firefox, `${site.origin}/chain/end`);
    const story = await popup.story((s) => s.final !== undefined && s.chain.length === 3);
    expect(story.final).toMatchObject({ code: '200', phrase: 'OK', url: `${site.origin}/chain/end` });
    expect(story.chain.map((h) => h.code)).toEqual(['301', '302', '200']);
    await popup.close();
    await page.close();
  });

  test('the popup shows a 404', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${site.origin}/missing`);
    const popup = await FirefoxPopup.openFor(firefox, `${site.origin}/missing`);
    const story = await popup.story((s) => s.final !== undefined);
    expect(story.final).toMatchObject({ code: '404', phrase: 'Not Found' });
    expect(story.chain).toEqual([]);
    await popup.close();
    await page.close();
  });
});
