/**
 * The right party blamed, in the real popup and panel: Debian's nginx as a reverse proxy in front of a
 * server that is down answers with its own 502. The extension must say nginx made that response
 * itself and why, and name nobody as the server behind it, rather than read it as the site's error.
 */
import { expect, test } from './fixtures/site-test';
import { ChromiumPanel } from './pages/panel-chromium';
import { PanelTable } from './pages/panel-table';
import { openToolbarPopup } from './pages/popup-chromium';

test('nginx’s own 502 in front of a server that is down: the popup and the panel say nginx made it, and the server behind it is not named', async ({
  nginx,
  chromium,
}) => {
  test.setTimeout(120_000);
  const url = `${nginx.origin}/proxy/down`;
  let browser = await chromium({ ignoreCertificateErrors: true });
  const page = await browser.context.newPage();
  await page.goto(url);
  expect(nginx.accessLog()).toContain('/proxy/down HTTP/2.0 502');

  const open = await openToolbarPopup(browser, page);
  const s = await open.view.waitFor((x) => x.final?.code === '502');
  expect(s.final?.vendor).toMatch(/^nginx [\d.]+ \((?:probably )?its own answer\); server behind it: not named$/);
  expect(s.bodyText).toMatch(/nginx made this response itself/);
  const text = await open.view.copyExport('text');
  expect(text).toMatch(/nginx made this response itself/);
  await open.close();
  await browser.close();

  // The panel, with DevTools' copy of the error page: the same party blamed, with the page's word for why.
  browser = await chromium({ devtools: true, ignoreCertificateErrors: true });
  const { page: inspected, panel } = await ChromiumPanel.openOnPage(browser, `${nginx.origin}/h2/ready`);
  try {
    const table = new PanelTable(panel);
    await inspected.goto(url);
    await table.waitFor((x) => x.lines.some((l) => l.url === url && l.status === '502'));
    await table.clickLine(url);
    const d = (await table.waitFor((x) => x.details !== undefined && /made this response itself/.test(x.details.text))).details;
    // Said surely once DevTools has handed over the error page, as "most likely" before: nginx and the cause either way.
    expect(d?.text).toMatch(/nginx made this response itself(?::| because) it could not (?:connect to|get an answer from) the server behind it\./);
  } finally {
    panel.close();
  }
});
