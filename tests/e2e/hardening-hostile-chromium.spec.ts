/**
 * Hostile input does nothing (issue 8), in Chromium: a server puts script-bearing text in the URL,
 * the status lines, the headers, a redirect target and the error page's body. In the real DevTools
 * panel (which also reads response bodies from DevTools' network log) and the real toolbar popup,
 * none of it runs or becomes markup: no payload's global is set, no payload's element exists, no
 * `javascript:` address is a link, and the text shows literally.
 */
import { expect, test } from './fixtures/site-test';
import { ChromiumPanel } from './pages/panel-chromium';
import { PanelTable } from './pages/panel-table';
import { openToolbarPopup } from './pages/popup-chromium';
import { PAYLOADS } from '../site/hardening-routes';

interface Traces {
  pwned: unknown;
  elements: number;
  scriptLinks: number;
  frames: number;
  text: string;
}

/** Anything a payload would leave behind in an extension page, had it run or become markup. */
const READ_TRACES = `(() => ({
  pwned: globalThis.pwned ?? null,
  elements: document.querySelectorAll('[id^="pwned"], [onerror], [onload], [srcdoc]').length,
  scriptLinks: document.querySelectorAll('[href^="javascript" i], [src^="javascript" i], [action^="javascript" i]').length,
  frames: document.querySelectorAll('iframe, object, embed').length,
  text: document.body.innerText,
}))()`;

function expectNoTraces(traces: Traces): void {
  expect(traces.pwned).toBeNull();
  expect(traces.elements).toBe(0);
  expect(traces.scriptLinks).toBe(0);
  expect(traces.frames).toBe(0);
}

test('script in the URL, status lines, headers, redirect targets and error body never runs or becomes markup in the panel or popup', async ({
  site,
  chromium,
}) => {
  test.setTimeout(120_000);
  let browser = await chromium({ devtools: true });
  const { page, panel } = await ChromiumPanel.openOnPage(browser, `${site.origin}/ok`);
  const table = new PanelTable(panel);
  const query = `?q=${encodeURIComponent(PAYLOADS.img)}&js=javascript:globalThis.pwned=8`;
  const final = `${site.origin}/hardening/hostile/page${query}`;
  await page.goto(final);
  await table.waitFor((x) => x.lines.some((l) => l.url === final) && x.lines.some((l) => l.url.endsWith('/hardening/hostile/api')), 20_000);

  // The page, with markup in its reason phrase and headers and a script-laden error page.
  await table.clickLine(final);
  let s = await table.waitFor((x) => x.details?.headers.some((h) => h.name === 'x-powered-by') === true);
  expect(s.details?.facts['Status line']).toContain(PAYLOADS.img);
  expect(s.details?.headers).toContainEqual(expect.objectContaining({ name: 'server', value: `nginx ${PAYLOADS.svg}` }));
  expect(s.details?.headers).toContainEqual(expect.objectContaining({ name: 'x-powered-by', value: PAYLOADS.script }));
  // The error page's body is read (its IIS-style sub-status is recognised) but stays text.
  await table.waitFor((x) => (x.details?.text ?? '').includes('404.3'), 10_000);
  expectNoTraces(await panel.evaluate<Traces>(READ_TRACES));

  // The image redirected to a javascript: URL, and the fetch whose status line is an iframe.
  await table.clickLine(`${site.origin}/hardening/hostile/img`);
  s = await table.waitFor((x) => x.details?.facts['Redirects to'] !== undefined);
  expect(s.details?.facts['Redirects to']).toBe('javascript:globalThis.pwned=7');
  await table.clickLine(`${site.origin}/hardening/hostile/api`);
  s = await table.waitFor((x) => (x.details?.facts['Status line'] ?? '').includes('iframe'));
  expect(s.details?.facts['Status line']).toContain(PAYLOADS.iframe);
  const panelTraces = await panel.evaluate<Traces>(READ_TRACES);
  expectNoTraces(panelTraces);
  expect(panelTraces.text).toContain(PAYLOADS.iframe);
  for (const href of await panel.evaluate<string[]>(`[...document.querySelectorAll('a')].map((a) => a.getAttribute('href'))`)) {
    expect(href).toMatch(/^https?:\/\//);
  }
  panel.close();

  // The real toolbar popup, after a redirect that carries markup too: the hop and the final answer, opened up.
  // (A browser without DevTools: an undocked DevTools window in front has no toolbar to open a popup from.)
  await browser.close();
  browser = await chromium();
  const other = await browser.context.newPage();
  await other.goto(`${site.origin}/hardening/hostile/start${query}`);
  const open = await openToolbarPopup(browser, other);
  const popup = await open.view.waitFor((x) => x.final?.code === '404' && x.chain.length === 2);
  expect(popup.chain.map((h) => h.code)).toEqual(['302', '404']);
  await open.view.driver.click('[data-testid="final"] details > summary');
  await open.view.openRow('[data-testid="hop"]', 0);
  const finalDetails = await open.view.rowDetails('[data-testid="final"]', 0);
  expect(finalDetails).toContain(PAYLOADS.img);
  const hopDetails = await open.view.rowDetails('[data-testid="hop"]', 0);
  expect(hopDetails).toContain(PAYLOADS.script);
  const popupTraces = await open.view.driver.evaluate<Traces>(READ_TRACES);
  expectNoTraces(popupTraces);
  expect(popupTraces.text).toContain(PAYLOADS.img);
  const snapshot = await open.view.snapshot();
  expect(snapshot.links.filter((l) => !/^https?:\/\//.test(l.href))).toEqual([]);
  await open.close();
});
