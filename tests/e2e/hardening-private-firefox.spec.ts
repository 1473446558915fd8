/**
 * Nothing leaked (issue 8), in Firefox: with "Run in Private Windows" allowed, a private window's
 * pages are captured in memory like any other, marked as private, and forgotten once the window closes.
 * (Without that permission the extension sees nothing there: Firefox does not run it in them.)
 */
import { loadsOf, storedLoadIds, tabKey, waitForValue } from './fixtures/capture-storage';
import { FirefoxExtensionPage } from './fixtures/firefox-capture';
import { allowInPrivateWindows } from './fixtures/firefox-extension';
import { expect, test } from './fixtures/site-test';

test('allowed in private windows: a private window is captured in memory, marked private, and forgotten when it closes', async ({ site, firefox: launch }) => {
  const firefox = await launch();
  let ext = await FirefoxExtensionPage.open(firefox);
  expect(await ext.page.evaluate('browser.extension.isAllowedIncognitoAccess()')).toBe(false);
  await ext.close();
  await allowInPrivateWindows(firefox);
  ext = await FirefoxExtensionPage.open(firefox);
  expect(await ext.page.evaluate('browser.extension.isAllowedIncognitoAccess()')).toBe(true);

  const marker = `private-window-${Date.now()}`;
  const win = (await ext.page.evaluate(
    `browser.windows.create({ incognito: true, url: ${JSON.stringify(`${site.origin}/chain/start?${marker}`)} }).then((w) => ({ id: w.id, incognito: w.incognito, tabId: w.tabs[0].id }))`,
  )) as { id: number; incognito: boolean; tabId: number };
  expect(win.incognito).toBe(true);

  const stored = await waitForValue(
    () => ext.sessionStorage(),
    (s) => loadsOf(s, win.tabId).some((l) => l.final?.statusCode === 200),
  );
  const load = loadsOf(stored, win.tabId).find((l) => l.final?.statusCode === 200)!;
  expect(load.chain.map((h) => h.statusCode)).toEqual([301, 302, 200]);
  expect(load.chain[0]?.url).toContain(marker);
  // Firefox says which requests are private; the capture keeps it, and exports show it.
  expect(load.incognito).toBe(true);

  await ext.page.evaluate(`browser.windows.remove(${win.id})`);
  const after = await waitForValue(
    () => ext.sessionStorage(),
    (s) => s[tabKey(win.tabId)] === undefined && !JSON.stringify(s).includes(marker),
  );
  expect(after[tabKey(win.tabId)]).toBeUndefined();
  expect(storedLoadIds(after)).not.toContain(load.id);
  expect(JSON.stringify(after)).not.toContain(marker);
  expect(JSON.stringify(await ext.page.evaluate('browser.storage.local.get(null)'))).not.toContain(marker);
  console.log(`figures: private window captured (${load.chain.length} hops, marked private), forgotten on close`);
});
