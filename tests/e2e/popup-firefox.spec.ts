/**
 * The popup in Firefox ESR. The real toolbar popup is out of WebDriver BiDi's reach (see
 * `FirefoxToolbarPopup`), so the popup page is opened in a tab with `?tab=ID` (what its "Open in a tab"
 * button does) and used with real input events over WebDriver BiDi. Expected words come from the registry.
 */
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { EXPORT_FORMATS, TSV_COLUMNS } from '../../src/shared/export';
import { lookup } from '../../src/shared/registry';
import { findingAdvice } from '../../src/shared/words/finding-words';
import { ENGLISH_WORDS as ENGLISH } from './fixtures/english-words';
import { launchFirefox, type FirefoxWithExtension } from './fixtures/firefox-extension';
import { firefoxTabId, FirefoxPopup } from './pages/popup-firefox';
import type { PopupSnapshot, PopupView } from './pages/popup-view';
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

/** A new tab at `path` (navigation errors are part of some tests), and the popup page for it. */
async function visit(path: string): Promise<{ page: Page; popup: Page; view: PopupView; close: () => Promise<void> }> {
  const page = await firefox.browser.newPage();
  await page.goto(`${site.origin}${path}`).catch(() => undefined);
  // Where the tab ended up: the chain's last URL, or the one Firefox gave up on.
  const tabId = await firefoxTabId(firefox, page.url());
  const { page: popup, view } = await FirefoxPopup.open(firefox, tabId);
  return {
    page,
    popup,
    view,
    close: async () => {
      await popup.close().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}

// The summary comes with the registry, a moment after the first paint (only the phrase is stored).
const hasFinal = (s: PopupSnapshot): boolean => s.final !== undefined && s.registryReady;

test.describe('Firefox popup', () => {
  test('the final answer: code, registry words, who answered and the source', async () => {
    const { view, close } = await visit('/iis/404-3');
    const s = await view.waitFor(hasFinal);
    const entry = lookup(404)!;
    expect(s.final).toMatchObject({
      code: '404',
      phrase: entry.phrase,
      summary: entry.summary,
      url: `${site.origin}/iis/404-3`,
      host: '127.0.0.1',
      source: 'from the network',
    });
    expect(s.final?.classes).toContain('c4xx');
    expect(s.final?.vendor).toContain('Microsoft IIS 10.0');
    expect(s.final?.proofs).toContain('server: Microsoft-IIS/10.0');
    expect(s.popOut).toBe(false);
    await close();
  });

  test('a Cloudflare chain: hops in order, their kind, who answered, the findings with advice', async () => {
    const { view, close } = await visit('/cloudflare/chain');
    const s = await view.waitFor((x) => x.final?.code === '520' && x.chain.length === 3);
    expect(s.final?.phrase).toBe(lookup(520, { vendor: 'cloudflare' })?.phrase);
    expect(s.final?.vendor).toBe('Cloudflare');
    expect(s.chain.map((h) => [h.code, h.phrase, h.url, h.tags, h.who])).toEqual([
      ['301', 'Moved Permanently', `${site.origin}/cloudflare/chain`, ['permanent'], 'answered by Cloudflare'],
      ['302', 'Found', `${site.origin}/cloudflare/chain-2`, ['temporary'], 'answered by Cloudflare'],
      // The final answer is the chain's last hop, worded as the final answer above words it.
      ['520', s.final?.phrase, `${site.origin}/cloudflare/520`, [], 'answered by Cloudflare'],
    ]);
    expect(s.chain.map((h) => h.number)).toEqual(['1', '2', '3']);
    expect(s.chain[2]?.findings).toContain('final-not-2xx');
    const mixed = s.findings.find((f) => f.kind === 'mixed-redirects');
    expect(mixed).toMatchObject({ where: '(hops 1, 2)', advice: findingAdvice('mixed-redirects', ENGLISH) });
    await close();
  });

  test('a six-hop chain and a redirect loop, with their findings on the hops', async () => {
    const open = await visit('/long-chain/1');
    let s = await open.view.waitFor((x) => x.final !== undefined && x.chain.length === 7);
    // Six redirects and the final answer, as the panel and the exports count them.
    expect(s.chainTitle).toBe('Redirect chain: 7 hops');
    expect(s.chain.map((h) => h.url)).toEqual([...[1, 2, 3, 4, 5, 6].map((n) => `${site.origin}/long-chain/${n}`), `${site.origin}/ok`]);
    expect(s.chain.map((h) => h.code)).toEqual(['301', '302', '301', '302', '301', '302', '200']);
    expect(s.chain[6]).toMatchObject({ phrase: 'OK', findings: [] });
    expect(s.findings.find((f) => f.kind === 'long-chain')).toMatchObject({ where: '(hops 1–6)', advice: findingAdvice('long-chain', ENGLISH) });
    expect(s.chain.slice(0, 6).every((h) => h.findings.includes('long-chain'))).toBe(true);
    await open.close();

    // Firefox's error page has no URL the extension may read: find the tab first, then loop.
    const page = await firefox.browser.newPage();
    await page.goto(`${site.origin}/ok`);
    const tabId = await firefoxTabId(firefox, `${site.origin}/ok`);
    await page.goto(`${site.origin}/loop/a`).catch(() => undefined);
    const loop = await FirefoxPopup.open(firefox, tabId);
    s = await loop.view.waitFor((x) => x.error !== undefined && x.chain.length > 2);
    expect(s.error, s.bodyText).toBeDefined();
    expect(s.error?.phrase).toBe(lookup(s.error!.code)?.phrase ?? s.error?.code);
    const paths = s.chain.map((h) => new URL(h.url).pathname);
    paths.forEach((p, i) => expect(p).not.toBe(paths[i + 1]));
    // The last hop is the request Firefox gave up on: no code, the error in the final answer's words.
    expect(s.chain.at(-1)).toMatchObject({ code: '—', phrase: s.error?.phrase });
    expect(s.findings.find((f) => f.kind === 'loop')).toMatchObject({
      severity: 'error',
      advice: findingAdvice('loop', ENGLISH),
      where: `(hops 1–${s.chain.length})`,
    });
    expect(s.chain.every((h) => h.findings.includes('loop'))).toBe(true);
    await loop.page.close();
    await page.close();
  });

  test('failing sub-resources, each with its meaning, one opened into its explanation', async () => {
    const { view, close } = await visit('/popup/subresources');
    const url = (path: string): string => `${site.origin}/popup/sub/${path}`;
    const s = await view.waitFor((x) => [url('missing.png'), url('broken.js'), url('dropped.js')].every((u) => x.failing.some((f) => f.url === u)));
    const noResponse = s.failing.filter((f) => f.status === '');
    expect(s.counts).toMatchObject({ '4xx': 1, '5xx': 1, failed: noResponse.length });
    // Responses come in the order they arrived (the image and the script race); failures follow them.
    const answered = s.failing.slice(0, 2).map((f) => [f.status, f.phrase, f.type, f.url]);
    expect(answered).toEqual(
      expect.arrayContaining([
        ['404', lookup(404)!.phrase, 'image', url('missing.png')],
        ['500', lookup(500)!.phrase, 'script', url('broken.js')],
      ]),
    );
    // Firefox may ask for the dropped script twice (its speculative preload, then the parser's own
    // load): each request that reached the server and failed is a row, never more rows than requests.
    expect(s.failing.slice(2)).toEqual(noResponse);
    expect(noResponse.length).toBeGreaterThanOrEqual(1);
    expect(noResponse.length).toBeLessThanOrEqual(site.requests.filter((r) => r === 'GET /popup/sub/dropped.js').length);
    for (const dropped of noResponse) {
      expect(dropped).toMatchObject({ status: '', code: 'no response', type: 'script', url: url('dropped.js') });
      expect(dropped.error).toMatch(/^NS_/);
      expect(dropped.phrase).toBe(lookup(dropped.error)?.phrase ?? dropped.error);
    }
    const broken = s.failing.findIndex((f) => f.url === url('broken.js'));
    await view.openRow('[data-testid="failing"]', broken);
    expect(await view.rowDetails('[data-testid="failing"]', broken)).toContain(lookup(500)!.ownerAdvice);
    await close();
  });

  test('the lookup box: Cloudflare 1020, both meanings of 499, SIP 486; Escape clears it', async () => {
    const { view, close } = await visit('/ok');
    await view.waitFor(hasFinal);
    let s = await view.lookup('1020');
    expect(s.lookup[0]).toMatchObject({ code: '1020', origin: 'cloudflare', phrase: 'Access Denied' });
    s = await view.lookup('499');
    expect(s.lookup.map((r) => `${r.origin} ${r.phrase}`).sort()).toEqual(['esri Token Required', 'nginx Client Closed Request']);
    s = await view.lookup('sip 486');
    expect(s.lookup[0]).toMatchObject({ label: 'SIP 486', phrase: 'Busy Here' });
    await view.driver.press('[data-testid="lookup-input"]', 'Escape');
    s = await view.waitFor((x) => x.lookupValue === '');
    expect(s.lookup).toEqual([]);
    await close();
  });

  test('copy in every format and save a file, secrets redacted unless the box is unticked', async () => {
    const { view, close } = await visit('/popup/secret/start?token=secret123');
    await view.waitFor((x) => x.final !== undefined && x.chain.length === 2);
    const copies: Record<string, string> = {};
    for (const format of EXPORT_FORMATS) copies[format] = await view.copyExport(format);
    for (const [format, text] of Object.entries(copies)) {
      expect(text, format).not.toContain('secret123');
      expect(text.replaceAll('\\[', '[').replaceAll('\\]', ']'), format).toContain('token=[redacted]');
    }
    expect(copies.text).toContain('Final status: 200 OK');
    expect(copies.tsv?.split('\n')[0]?.split('\t')).toEqual([...TSV_COLUMNS]);
    expect((JSON.parse(copies.json ?? '') as { redacted: boolean }).redacted).toBe(true);
    expect(copies.curl).toContain(`'${site.origin}/popup/secret/start?token=[redacted]'`);
    expect(await view.copyExport('markdown', false)).toContain('secret123');

    const saved = await view.saveExportRecorded('json', true);
    expect(saved.name).toMatch(/^status-inspector-127\.0\.0\.1-.+\.json$/);
    expect(saved.text).toBe(copies.json);
    await close();
  });

  test('empty state: a tab showing about:blank', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${site.origin}/ok`);
    const tabId = await firefoxTabId(firefox, `${site.origin}/ok`);
    await page.goto('about:blank');
    const { page: popup, view } = await FirefoxPopup.open(firefox, tabId);
    const s = await view.waitFor((x) => x.empty !== undefined || x.notObserved !== undefined);
    expect(s.empty?.kind ?? s.notObserved?.reason).toBe('browser-page');
    expect(s.empty?.text ?? s.notObserved?.text).toContain('A page the browser shows itself');
    expect(s.final).toBeUndefined();
    await popup.close();
    await page.close();
  });

  test('network text stays text, and axe-core finds nothing serious', async () => {
    const { view, close } = await visit('/popup/hostile');
    await view.waitFor(hasFinal);
    await view.driver.click('[data-testid="final"] details > summary');
    expect(await view.rowDetails('[data-testid="final"]', 0)).toContain('<b id="injected">bold</b>');
    expect(await view.driver.evaluate<number>('document.querySelectorAll("#injected, #injected-server").length')).toBe(0);
    await close();

    const chain = await visit('/popup/mixed/start');
    const mixed = await chain.view.waitFor((x) => x.chain.length === 3);
    expect(mixed.chain.map((h) => h.code)).toEqual(['301', '302', '200']);
    await chain.view.openRow('[data-testid="hop"]', 0);
    await chain.view.lookup('499');
    expect(await chain.view.axe()).toEqual([]);
    const s = await chain.view.snapshot();
    expect(s.links.filter((l) => !/^https:\/\//.test(l.href))).toEqual([]);
    await chain.close();
  });
});
