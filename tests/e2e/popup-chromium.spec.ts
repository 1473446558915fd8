/**
 * The toolbar popup in Chromium, as a person uses it: the real popup opened by action.openPopup()
 * for the tab in front (and the same page popped out into a tab where a test needs downloads or a
 * fixed viewport). Expected words come from the registry, not from copies of its text.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { EXPORT_FORMATS, TSV_COLUMNS } from '../../src/shared/export';
import { lookup } from '../../src/shared/registry';
import { findingAdvice } from '../../src/shared/words/finding-words';
import { ENGLISH_WORDS as ENGLISH } from './fixtures/english-words';
import { loadsOf } from './fixtures/capture-storage';
import { listTargets } from './fixtures/cdp';
import { sessionStorage } from './fixtures/chromium-capture';
import { launchChromium, type ChromiumWithExtension } from './fixtures/chromium-extension';
import { ROOT } from './fixtures/paths';
import { openPopupInTab, openToolbarPopup, openToolbarPopupPatiently, popupUrl, tabIdOf } from './pages/popup-chromium';
import { playwrightDriver, PopupView, type PopupSnapshot } from './pages/popup-view';
import { ChromiumRequestsPage, requestsPageUrl } from './pages/requests-chromium';
import { startSite, type RunningSite } from '../site/site-server';

const SHOTS = join(ROOT, 'test-results', 'popup-screenshots');

let site: RunningSite;
let browser: ChromiumWithExtension;
test.beforeAll(async () => {
  site = await startSite();
  browser = await launchChromium();
});
test.afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await browser?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if the before hook failed
  await site?.close();
});

/** A fresh tab showing `path`, brought to the front. */
async function visit(path: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`${site.origin}${path}`).catch(() => undefined);
  return page;
}

// The summary comes with the registry, a moment after the first paint (only the phrase is stored).
const hasFinal = (s: PopupSnapshot): boolean => s.final !== undefined && s.registryReady;

test.describe('Chromium popup', () => {
  test('the final answer: code, registry words, class colour, who answered and the source', async () => {
    const page = await visit('/iis/404-3');
    const { view, close } = await openToolbarPopup(browser, page);
    const s = await view.waitFor(hasFinal);
    const entry = lookup(404)!;
    expect(s.final).toMatchObject({ code: '404', phrase: entry.phrase, summary: entry.summary, url: `${site.origin}/iis/404-3`, host: '127.0.0.1' });
    expect(s.final?.classes).toContain('c4xx');
    expect(s.final?.vendor).toContain('Microsoft IIS 10.0');
    expect(s.final?.proofs).toContain('server: Microsoft-IIS/10.0');
    expect(s.final?.source).toBe('from the network');
    expect(s.chain).toEqual([]);
    // A 2xx page is coloured differently from a 4xx one.
    const ok = await visit('/ok');
    const second = await openToolbarPopup(browser, ok);
    const okSnapshot = await second.view.waitFor(hasFinal);
    expect(okSnapshot.final?.classes).toContain('c2xx');
    expect(okSnapshot.final?.colour).not.toBe(s.final?.colour);
    await second.close();
    await close();
    await page.close();
    await ok.close();
  });

  test('a Cloudflare chain: hops in order with their kind, who answered each, and the vendor’s 520', async () => {
    const page = await visit('/cloudflare/chain');
    const { view, close } = await openToolbarPopup(browser, page);
    const s = await view.waitFor((x) => x.final?.code === '520' && x.chain.length === 3);
    expect(s.final?.phrase).toBe(lookup(520, { vendor: 'cloudflare' })?.phrase);
    expect(s.final?.vendor).toBe('Cloudflare');
    expect(s.final?.proofs).toEqual(expect.arrayContaining(['server: cloudflare']));
    expect(s.chain.map((h) => [h.code, h.phrase, h.url, h.tags, h.who])).toEqual([
      ['301', 'Moved Permanently', `${site.origin}/cloudflare/chain`, ['permanent'], 'answered by Cloudflare'],
      ['302', 'Found', `${site.origin}/cloudflare/chain-2`, ['temporary'], 'answered by Cloudflare'],
      // The final answer is the chain's last hop, worded as the final answer above words it.
      ['520', s.final?.phrase, `${site.origin}/cloudflare/520`, [], 'answered by Cloudflare'],
    ]);
    expect(s.chain.map((h) => h.host)).toEqual(['127.0.0.1', '127.0.0.1', '127.0.0.1']);
    expect(s.chain.map((h) => h.number)).toEqual(['1', '2', '3']);
    expect(s.chain[2]?.findings).toContain('final-not-2xx');
    expect(s.findings.map((f) => f.kind).sort()).toEqual(['final-not-2xx', 'mixed-redirects']);
    await close();
    await page.close();
  });

  test('a six-hop chain in order, every hop flagged by the long-chain finding, with its advice', async () => {
    const page = await visit('/long-chain/1');
    const { view, close } = await openToolbarPopup(browser, page);
    const s = await view.waitFor((x) => x.final !== undefined && x.chain.length === 7);
    // Six redirects and the final answer, as the panel and the exports count them.
    expect(s.chainTitle).toBe('Redirect chain: 7 hops');
    expect(s.chain.map((h) => h.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(s.chain.map((h) => h.code)).toEqual(['301', '302', '301', '302', '301', '302', '200']);
    expect(s.chain.map((h) => h.url)).toEqual([...[1, 2, 3, 4, 5, 6].map((n) => `${site.origin}/long-chain/${n}`), `${site.origin}/ok`]);
    expect(s.chain[6]).toMatchObject({ phrase: 'OK', tags: [], findings: [] });
    expect(s.final).toMatchObject({ code: '200', url: `${site.origin}/ok` });
    const long = s.findings.find((f) => f.kind === 'long-chain');
    expect(long).toMatchObject({ severity: 'warning', title: 'Long redirect chain', where: '(hops 1–6)', advice: findingAdvice('long-chain', ENGLISH) });
    for (const hop of s.chain.slice(0, 6)) {
      expect(hop.findings).toContain('long-chain');
      expect(hop.flags).toContain('Warning: long chain');
    }
    await close();
    await page.close();
  });

  test('a redirect loop: the hops that repeat, the loop finding, and the browser’s error in words', async () => {
    const page = await visit('/loop/a');
    const { view, close } = await openToolbarPopup(browser, page);
    const s = await view.waitFor((x) => x.error !== undefined && x.chain.length > 2 && x.registryReady);
    expect(s.error, s.bodyText).toBeDefined();
    expect(s.final).toBeUndefined();
    expect(s.error?.code).toBe('net::ERR_TOO_MANY_REDIRECTS');
    expect(s.error?.phrase).toBe(lookup('net::ERR_TOO_MANY_REDIRECTS')?.phrase);
    expect(s.error?.summary).toBe(lookup('net::ERR_TOO_MANY_REDIRECTS')?.summary);
    // The hops go back and forth between the two URLs, in order.
    const paths = s.chain.map((h) => new URL(h.url).pathname);
    expect(paths.length).toBeGreaterThanOrEqual(20);
    paths.forEach((p, i) => expect(p).not.toBe(paths[i + 1]));
    expect(new Set(paths)).toEqual(new Set(['/loop/a', '/loop/b']));
    expect(new Set(s.chain.slice(0, -1).map((h) => h.code))).toEqual(new Set(['302']));
    // The last hop is the request the browser gave up on: no code, the error in the final answer's words.
    expect(s.chain.at(-1)).toMatchObject({ code: '—', phrase: s.error?.phrase });
    const loop = s.findings[0];
    expect(loop).toMatchObject({ kind: 'loop', severity: 'error', title: 'Redirect loop', advice: findingAdvice('loop', ENGLISH) });
    // Twenty-odd hops read as one range.
    expect(loop?.where).toBe(`(hops 1–${s.chain.length})`);
    expect(s.chain.every((h) => h.findings.includes('loop') && h.classes.includes('sev-error') && h.flags.includes('Problem: loop'))).toBe(true);
    await close();
    await page.close();
  });

  test('redirect kinds: permanent then temporary, a 302 canonicalisation, and what 303, 307 and 308 do to the method', async () => {
    const mixed = await visit('/popup/mixed/start');
    let open = await openToolbarPopup(browser, mixed);
    let s = await open.view.waitFor((x) => x.final !== undefined && x.chain.length === 3);
    expect(s.chain.map((h) => [h.code, h.tags, h.who])).toEqual([
      ['301', ['permanent'], 'answered by nginx 1.24.0'],
      ['302', ['temporary'], 'answered by nginx 1.24.0'],
      [s.final?.code, [], `answered by ${s.final?.vendor ?? ''}`],
    ]);
    expect(s.chain[2]?.url).toBe(`${site.origin}/popup/mixed/end`);
    expect(s.findings.map((f) => [f.kind, f.where])).toEqual([['mixed-redirects', '(hops 1, 2)']]);
    expect(s.chain.slice(0, 2).every((h) => h.flags.includes('Note: mixed kinds'))).toBe(true);
    await open.close();

    const canonical = await visit('/popup/canonical');
    open = await openToolbarPopup(browser, canonical);
    s = await open.view.waitFor((x) => x.final !== undefined && x.chain.length === 2);
    expect(s.chain[0]).toMatchObject({ code: '302', tags: ['temporary'], findings: ['temporary-redirect'] });
    expect(s.chain[1]).toMatchObject({ code: '200', phrase: 'OK', url: `${site.origin}/popup/canonical/`, tags: [], findings: [] });
    expect(s.findings[0]).toMatchObject({ kind: 'temporary-redirect', severity: 'warning', advice: findingAdvice('temporary-redirect', ENGLISH) });
    await open.close();

    const methods = await visit('/popup/methods/303');
    open = await openToolbarPopup(browser, methods);
    s = await open.view.waitFor((x) => x.final !== undefined && x.chain.length === 4);
    expect(s.chain.map((h) => [h.code, h.tags])).toEqual([
      ['303', ['temporary', 'switches to GET']],
      ['307', ['temporary', 'keeps method']],
      ['308', ['permanent', 'keeps method']],
      ['200', []],
    ]);
    expect(s.chain[3]?.url).toBe(`${site.origin}/ok`);
    // A hop opens into its explanation: the tag meanings, the target and the registry's words.
    await open.view.openRow('[data-testid="hop"]', 1);
    const details = await open.view.rowDetails('[data-testid="hop"]', 1);
    expect(details).toContain(`Sent the browser to: ${site.origin}/popup/methods/308`);
    expect(details).toContain('same method and body');
    expect(details).toContain(lookup(307)!.explanation);
    await open.close();
    await Promise.all([mixed.close(), canonical.close(), methods.close()]);
  });

  test('failing sub-resources: counts by class, each failure with its meaning, expandable details with a safe spec link', async () => {
    const page = await visit('/popup/subresources');
    const { view, close } = await openToolbarPopup(browser, page);
    const s = await view.waitFor((x) => x.failing.length === 3);
    expect(s.counts).toMatchObject({ '2xx': expect.any(Number), '4xx': 1, '5xx': 1, failed: 1 });
    expect(s.failingTitle).toBe('Failing: 3');
    // Responses in the order they arrived (the image and the script race), then the request with none.
    const rows = s.failing.map((f) => [f.status, f.phrase, f.type, f.url]);
    expect(rows.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ['404', lookup(404)!.phrase, 'image', `${site.origin}/popup/sub/missing.png`],
        ['500', lookup(500)!.phrase, 'script', `${site.origin}/popup/sub/broken.js`],
      ]),
    );
    expect(rows[2]).toEqual(['', lookup('net::ERR_EMPTY_RESPONSE')!.phrase, 'script', `${site.origin}/popup/sub/dropped.js`]);
    expect(s.failing[2]).toMatchObject({ code: 'no response', error: 'net::ERR_EMPTY_RESPONSE' });

    const missing = s.failing.findIndex((f) => f.status === '404');
    await view.openRow('[data-testid="failing"]', missing);
    const details = await view.rowDetails('[data-testid="failing"]', missing);
    const entry = lookup(404)!;
    expect(details).toContain(entry.explanation);
    expect(details).toContain(`If you are visiting: ${entry.visitorAdvice}`);
    expect(details).toContain(`If you run the site: ${entry.ownerAdvice}`);
    expect(details).toContain(`Search crawlers: ${String(entry.crawlerNote)}`);
    const after = await view.snapshot();
    const spec = after.links.find((l) => l.href === entry.spec?.url);
    expect(spec).toMatchObject({ target: '_blank', rel: 'noopener noreferrer' });

    // The popup holds only the failing rows; an export asks the background for the whole load, so the
    // image that answered 200 (never listed here) is in it.
    expect(s.bodyText).not.toContain('/popup/sub/ok.svg');
    const json = JSON.parse(await view.copyExport('json')) as { subresources: { url: string; statusCode?: number }[]; errors: { url: string }[] };
    expect(json.subresources).toContainEqual(expect.objectContaining({ url: `${site.origin}/popup/sub/ok.svg`, statusCode: 200 }));
    expect(json.subresources.map((r) => r.url)).toEqual(expect.arrayContaining([`${site.origin}/popup/sub/missing.png`, `${site.origin}/popup/sub/broken.js`]));
    expect(json.errors.map((e) => e.url)).toEqual([`${site.origin}/popup/sub/dropped.js`]);
    await close();
    await page.close();
  });

  // How fast the popup opens with 2,000 captured requests is measured by `npm run bench` (bench/popup-open.ts), not here.
  test('2,000 sub-resources: the first 50 failures, more on request', async () => {
    // Loading 2,000 images (and capturing them) takes minutes on a busy machine.
    test.setTimeout(600_000);
    await browser.worker.evaluate(() =>
      chrome.storage.local.set({ settings: { keptLoadsPerTab: 5, maxSubresourcesPerLoad: 5000, maxHeaderValueLength: 1024 } }),
    );
    const path = '/popup/many?n=2000';
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}${path}`, { timeout: 300_000 });
    // Wait until the background has caught up with every response (its queue can lag the page).
    const manyId = await tabIdOf(browser, `${site.origin}${path}`);
    await expect
      .poll(() => sessionStorage(browser.worker).then((stored) => loadsOf(stored, manyId).find((l) => l.url.includes('/popup/many'))?.counts.total ?? 0), {
        timeout: 240_000,
        intervals: [1000],
      })
      .toBeGreaterThanOrEqual(2000);
    const { view, close } = await openToolbarPopupPatiently(browser, page);
    const s = await view.waitFor((x) => x.counts['2xx'] === 1500 && x.counts['4xx'] === 500, 30_000);
    expect(s.counts).toMatchObject({ '2xx': 1500, '4xx': 500 });
    // Numbers in the language's own form: 2,000 in English.
    expect(s.subresourcesTitle).toBe('Sub-resources: 2,000 responses');
    expect(s.failingTitle).toBe('Failing: 500');
    expect(s.failing).toHaveLength(50);
    expect(s.moreButton).toBe('Show 200 more (450 not shown)');
    await view.driver.click('.more-button');
    const more = await view.waitFor((x) => x.failing.length === 250);
    const urls = more.failing.map((f) => f.url);
    expect(new Set(urls).size).toBe(250);
    expect(urls.every((u) => /\/popup\/many\/img\?i=\d*[02468]$/.test(u) && Number(u.split('=')[1]) % 4 === 0)).toBe(true);
    expect(more.scrollWidth).toBeLessThanOrEqual(more.clientWidth);
    await close();
    await page.close();
    await browser.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });

  test('the lookup box: vendor codes, every meaning of an ambiguous number, SIP, words; Escape clears it', async () => {
    const page = await visit('/ok');
    const { view, popup, close } = await openToolbarPopup(browser, page);
    await view.waitFor(hasFinal);

    let s = await view.lookup('1020');
    expect(s.lookup[0]).toMatchObject({ code: '1020', origin: 'cloudflare', phrase: lookup('1020')!.phrase });
    expect(s.lookup[0]?.phrase).toBe('Access Denied');
    expect(s.lookup[0]?.originName).toContain('Cloudflare');

    s = await view.lookup('499');
    expect(s.lookup.map((r) => r.origin).sort()).toEqual(['esri', 'nginx']);
    expect(s.lookup.map((r) => r.phrase).sort()).toEqual(['Client Closed Request', 'Token Required']);
    expect(s.lookupStatus).toBe('2 meanings for “499”.');

    s = await view.lookup('sip 486');
    expect(s.lookup[0]).toMatchObject({ label: 'SIP 486', phrase: 'Busy Here' });

    s = await view.lookup('404.3');
    expect(s.lookup[0]).toMatchObject({ code: '404.3', origin: 'iis' });
    s = await view.lookup('ERR_NAME_NOT_RESOLVED');
    expect(s.lookup[0]?.code).toBe('net::ERR_NAME_NOT_RESOLVED');
    s = await view.lookup('teapot');
    expect(s.lookup[0]?.code).toBe('418');
    s = await view.lookup('gateway');
    expect(s.lookup.map((r) => r.code)).toEqual(expect.arrayContaining(['502', '504']));
    s = await view.lookup('zzzzqqq');
    expect(s.lookup).toEqual([]);
    expect(s.lookupStatus).toBe('Nothing matches “zzzzqqq”.');

    // A result opens into the full explanation.
    await view.lookup('1020');
    await view.openRow('[data-testid="lookup-result"]', 0);
    expect(await view.rowDetails('[data-testid="lookup-result"]', 0)).toContain(lookup('1020')!.ownerAdvice);

    await view.driver.press('[data-testid="lookup-input"]', 'Escape');
    s = await view.waitFor((x) => x.lookupValue === '');
    expect(s.lookup).toEqual([]);
    expect(popup.page.isClosed()).toBe(false);
    await close();
    await page.close();
  });

  test('copy in every format, secrets redacted by default; save as a file from the toolbar popup', async () => {
    const start = '/popup/secret/start?token=secret123';
    const page = await visit(start);
    expect(page.url()).toBe(`${site.origin}/popup/secret/end?token=secret123`);
    const { view, close } = await openToolbarPopup(browser, page);
    await view.waitFor((x) => x.final !== undefined && x.chain.length === 2);

    const copies: Record<string, string> = {};
    for (const format of EXPORT_FORMATS) copies[format] = await view.copyExport(format);
    for (const [format, text] of Object.entries(copies)) {
      expect(text, format).not.toContain('secret123');
      expect(text, format).not.toContain('cookie-secret');
      // Markdown escapes the brackets.
      expect(text.replaceAll('\\[', '[').replaceAll('\\]', ']'), format).toContain('token=[redacted]');
    }
    expect(copies.text).toContain('Status Inspector report');
    expect(copies.text).toContain('Final status: 200 OK');
    expect(copies.text).toContain(`1. 302 Found — ${site.origin}/popup/secret/start?token=[redacted]`);
    expect(copies.markdown).toMatch(/^#+ Status Inspector report/m);
    expect(copies.markdown).toContain('token=\\[redacted\\]');
    expect(copies.markdown).toContain('| 302 |');
    expect(copies.tsv?.split('\n')[0]?.split('\t')).toEqual([...TSV_COLUMNS]);
    const json = JSON.parse(copies.json ?? '') as {
      redacted: boolean;
      page: { url: string };
      chain: { url: string; statusCode: number }[];
      final: { statusCode: number };
    };
    expect(json.redacted).toBe(true);
    expect(json.page.url).toBe(`${site.origin}/popup/secret/end?token=[redacted]`);
    expect(json.chain.map((h) => [h.statusCode, h.url])).toEqual([
      [302, `${site.origin}/popup/secret/start?token=[redacted]`],
      [200, `${site.origin}/popup/secret/end?token=[redacted]`],
    ]);
    expect(json.final.statusCode).toBe(200);
    expect(copies.curl).toContain(`curl -sIL --max-redirs 20 --globoff '${site.origin}/popup/secret/start?token=[redacted]'`);

    // The real clipboard holds the last copy.
    const cdpForClipboard = await chromium.connectOverCDP(`http://127.0.0.1:${browser.cdpPort}`);
    try {
      const session = await cdpForClipboard.newBrowserCDPSession();
      await session.send('Browser.grantPermissions', { origin: `chrome-extension://${browser.extensionId}`, permissions: ['clipboardReadWrite'] });
      expect(await view.driver.evaluate<string>('navigator.clipboard.readText()')).toBe(copies.curl);
    } finally {
      await cdpForClipboard.close();
    }

    // Unticking the box is the only way to get the secret into a copy.
    const raw = await view.copyExport('text', false);
    expect(raw).toContain('token=secret123');

    // Saving from the toolbar popup: the browser is told (over CDP) to save downloads in a folder of ours.
    const folder = mkdtempSync(join(tmpdir(), 'si-downloads-'));
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${browser.cdpPort}`);
    try {
      const session = await cdp.newBrowserCDPSession();
      await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: folder });
      await view.setExportOptions('markdown', true);
      await view.driver.click('[data-testid="export-save"]');
      await expect.poll(() => readdirSync(folder).filter((f) => !f.endsWith('.crdownload')), { timeout: 15_000 }).toHaveLength(1);
      const [name] = readdirSync(folder);
      expect(name).toMatch(/^status-inspector-127\.0\.0\.1-.+\.md$/);
      expect(readFileSync(join(folder, name!), 'utf8')).toBe(copies.markdown);
      expect((await view.snapshot()).exportStatus).toBe(`Saved ${String(name)}.`);
    } finally {
      await cdp.close();
      rmSync(folder, { recursive: true, force: true });
    }
    await close();
    await page.close();
  });

  test('earlier page loads of the tab, and the pop-out button', async () => {
    const page = await visit('/chain/start');
    await page.goto(`${site.origin}/missing`);
    const { view, popup, close } = await openToolbarPopup(browser, page);
    let s = await view.waitFor((x) => x.final?.code === '404' && x.loads.length >= 2);
    // Newest first, the current one chosen (a new tab's first about:blank may be kept last).
    expect(s.loads[0]).toMatchObject({ selected: true });
    expect(s.loads[0]?.label).toMatch(/· 404 · 127\.0\.0\.1:\d+\/missing — current$/);
    expect(s.loads[1]?.label).toMatch(/· 200 · 127\.0\.0\.1:\d+\/chain\/end \(after 2 redirects\)$/);
    await view.driver.select('[data-testid="load-picker"]', s.loads[1]!.value);
    s = await view.waitFor((x) => x.final?.code === '200');
    expect(s.final?.url).toBe(`${site.origin}/chain/end`);
    expect(s.chain.map((h) => h.code)).toEqual(['301', '302', '200']);

    expect(s.popOut).toBe(true);
    const tabId = await tabIdOf(browser, `${site.origin}/missing`);
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), popup.page.click('[data-testid="pop-out"]')]);
    await tab.waitForLoadState();
    expect(tab.url()).toBe(popupUrl(browser, tabId));
    const popped = await new PopupView(playwrightDriver(tab)).waitFor((x) => x.final?.code === '404');
    expect(popped.final?.code).toBe('404');
    expect(popped.popOut).toBe(false);
    await close();
    await tab.close();
    await page.close();
  });

  test('“All requests in a tab”: the popup’s button opens the tab’s requests in a page of its own, without DevTools', async () => {
    const page = await visit('/popup/mixed/start');
    const tabId = await tabIdOf(browser, `${site.origin}/popup/mixed/end`);
    const { requests, popup } = await ChromiumRequestsPage.openFromPopup(browser, page);
    expect(requests.page.url()).toBe(requestsPageUrl(browser, tabId));
    const { table } = requests;
    let s = await table.waitFor((x) => x.lines.some((l) => l.testid === 'chain-group' && l.status === '200') && x.lines.some((l) => l.testid === 'load-group'));
    expect(await requests.heading()).toEqual({
      title: 'All requests in a tab — Status Inspector',
      h1: 'All requests in a tab',
      label: `${site.origin}/popup/mixed/end`,
    });
    expect(s.harNote).toContain('Opened outside DevTools');
    expect(s.lines.find((l) => l.testid === 'load-group')?.cells['load']).toContain(`${site.origin}/popup/mixed/end`);
    // The page's redirect chain is one group; opened, it lists every hop with its status.
    const chain = s.lines.find((l) => l.testid === 'chain-group');
    expect(chain).toMatchObject({ status: '200', url: `${site.origin}/popup/mixed/start`, expanded: 'false' });
    expect(chain?.cells['url']).toContain('301 → 302 → 200');
    await table.clickLine(`${site.origin}/popup/mixed/start`, 'chain-group');
    await table.press('Enter');
    s = await table.waitFor((x) => x.lines.some((l) => l.testid === 'chain-group' && l.expanded === 'true'));
    expect(s.lines.filter((l) => l.testid === 'request-row' && l.kind === 'hop').map((l) => l.status)).toEqual(['301', '302', '200']);
    mkdirSync(SHOTS, { recursive: true });
    await requests.page.setViewportSize({ width: 1100, height: 600 });
    for (const scheme of ['light', 'dark'] as const) {
      await requests.page.emulateMedia({ colorScheme: scheme });
      await requests.page.screenshot({ path: join(SHOTS, `all-requests-${scheme}.png`) });
    }
    // Live: the next load of the tab appears without reopening the page.
    await page.goto(`${site.origin}/missing`);
    s = await table.waitFor((x) => x.lines.some((l) => l.testid === 'request-row' && l.status === '404'));
    // Without "Preserve log" only the current load is listed (its favicon request may come with it).
    const listed = s.lines.filter((l) => l.testid === 'request-row').map((l) => `${l.status} ${l.url}`);
    expect(listed).toContain(`404 ${site.origin}/missing`);
    expect(listed.filter((l) => l.includes('/popup/mixed/'))).toEqual([]);
    expect(s.lines.filter((l) => l.testid === 'load-group')).toHaveLength(1);
    await requests.close();
    await popup.close();
    await page.close();
  });

  test('empty states: browser pages (about:blank, chrome://version)', async () => {
    const blank = await browser.context.newPage();
    await blank.goto('about:blank');
    let open = await openToolbarPopup(browser, blank);
    // Said the same way whether the capture kept a load for it or the tab has none.
    let s = await open.view.waitFor((x) => x.empty !== undefined || x.notObserved !== undefined);
    expect(s.empty?.kind ?? s.notObserved?.reason).toBe('browser-page');
    expect(s.empty?.text ?? s.notObserved?.text).toContain('A page the browser shows itself');
    expect(s.final).toBeUndefined();
    await open.close();

    await blank.close();

    const version = await browser.context.newPage();
    await version.goto('chrome://version').catch(() => undefined);
    open = await openToolbarPopup(browser, version);
    s = await open.view.waitFor((x) => x.empty !== undefined || x.notObserved !== undefined);
    expect(s.empty?.kind ?? s.notObserved?.reason).toBe('browser-page');
    // The story is about this page, not the tab's first about:blank (which stays in the list of loads).
    expect(s.notObserved?.text ?? s.empty?.text).not.toContain('about:blank');
    if (s.loads.length > 0) expect(s.loads.find((l) => l.selected)?.label).toContain('chrome://version');
    await open.close();
    await version.close();
  });

  test('empty state: a page the extension has no record of (loaded before it started), and its Reload button', async () => {
    // A browser of its own: its service worker is stopped with its memory and session store emptied,
    // which is what a page open before the extension started looks like to the popup.
    const own = await launchChromium();
    try {
      const page = await own.context.newPage();
      await page.goto(`${site.origin}/ok`);
      const tabId = await tabIdOf(own, `${site.origin}/ok`);
      await expect.poll(() => own.worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).length)).toBeGreaterThan(0);
      // Empty the store until it stays empty (a late event of the page may still be written).
      await expect
        .poll(async () => {
          await own.worker.evaluate(() => chrome.storage.session.clear());
          await new Promise((r) => setTimeout(r, 300));
          return own.worker.evaluate(async () => Object.keys(await chrome.storage.session.get(null)).length);
        })
        .toBe(0);
      const worker = (await listTargets(own.cdpPort)).find((t) => t.type === 'service_worker' && t.url.includes(own.extensionId));
      await fetch(`http://127.0.0.1:${own.cdpPort}/json/close/${worker!.id}`);
      await expect.poll(async () => (await listTargets(own.cdpPort)).some((t) => t.type === 'service_worker')).toBe(false);

      const { view } = await openPopupInTab(own, tabId);
      let s = await view.waitFor((x) => x.empty !== undefined || x.final !== undefined);
      expect(s.final).toBeUndefined();
      expect(s.empty?.kind).toBe('not-captured');
      expect(s.empty?.text).toContain('Nothing captured for this page yet');
      expect(s.empty?.text).toContain(`${site.origin}/ok`);
      await view.driver.click('[data-testid="empty"] button');
      s = await view.waitFor(hasFinal);
      expect(s.final).toMatchObject({ code: '200', url: `${site.origin}/ok` });
    } finally {
      await own.close();
    }
  });

  test('everything from the network is text: markup in a status line and a header, a javascript: redirect target', async () => {
    const hostile = await visit('/popup/hostile');
    let open = await openToolbarPopup(browser, hostile);
    let s = await open.view.waitFor(hasFinal);
    expect(s.final?.code).toBe('299');
    await open.view.driver.click('[data-testid="final"] details > summary');
    const details = await open.view.rowDetails('[data-testid="final"]', 0);
    expect(details).toContain('Status line: 299 <b id="injected">bold</b>');
    expect(details).toContain('<img src=x id="injected-server">');
    expect(await open.view.driver.evaluate<number>('document.querySelectorAll("#injected, #injected-server").length')).toBe(0);
    await open.close();

    // The browser refuses the redirect; the attempt did not replace the page, so it is picked from the list.
    const unsafe = await visit('/popup/unsafe-redirect');
    open = await openToolbarPopup(browser, unsafe);
    s = await open.view.waitFor((x) => x.loads.some((l) => l.label.includes('/popup/unsafe-redirect')));
    await open.view.driver.select('[data-testid="load-picker"]', s.loads.find((l) => l.label.includes('/popup/unsafe-redirect'))!.value);
    s = await open.view.waitFor((x) => x.chain.length > 0);
    expect(s.chain[0]).toMatchObject({ code: '302', url: `${site.origin}/popup/unsafe-redirect` });
    await open.view.openRow('[data-testid="hop"]', 0);
    expect(await open.view.rowDetails('[data-testid="hop"]', 0)).toContain('Sent the browser to: javascript:alert(document.domain)');
    s = await open.view.snapshot();
    expect(s.links.length).toBeGreaterThan(0);
    expect(s.links.filter((l) => !/^https:\/\//.test(l.href))).toEqual([]);
    expect(await open.view.driver.evaluate<number>('document.querySelectorAll("[href^=javascript], [src^=javascript]").length')).toBe(0);
    await open.close();
    await hostile.close();
    await unsafe.close();
  });

  test('keyboard only: tab order, visible focus, Enter opens a hop, Space copies', async () => {
    const page = await visit('/chain/start');
    const { view, close } = await openToolbarPopup(browser, page);
    await view.waitFor((x) => x.chain.length === 3);
    const stops: string[] = [];
    // 14 stops: the header's "Check URLs…" and "Check this page’s links" buttons (issue 15) are two more than before.
    for (let i = 0; i < 14; i++) {
      await view.driver.pressKey('Tab');
      const f = await view.focused();
      expect(f.outline, `focus ring on ${f.tag} ${f.text}`).toMatch(/^(solid|auto) [1-9]/);
      stops.push(f.testid || `${f.tag}:${f.text.slice(0, 24)}`);
    }
    expect(stops[0], stops.join(' | ')).toBe('pop-out');
    expect(stops.indexOf('open-checker')).toBeGreaterThan(0);
    expect(stops.indexOf('check-page-links')).toBe(stops.indexOf('open-checker') + 1);
    const firstHop = stops.findIndex((x) => /^summary:1 ?301/.test(x));
    expect(firstHop).toBeGreaterThan(0);
    expect(stops.indexOf('export-format')).toBeGreaterThan(firstHop);
    expect(stops.indexOf('export-copy')).toBeGreaterThan(stops.indexOf('export-format'));
    expect(stops.indexOf('lookup-input')).toBeGreaterThan(stops.indexOf('export-copy'));

    // Back to the first hop and open it with Enter.
    await view.driver.evaluate('document.querySelector("[data-testid=hop] summary").focus()');
    await view.driver.pressKey('Enter');
    let s = await view.waitFor((x) => x.openDetails.length === 1);
    expect(s.openDetails[0]).toMatch(/^1 ?301/);
    // Space on the Copy button copies.
    await view.driver.evaluate('document.querySelector("[data-testid=export-copy]").focus()');
    await view.driver.pressKey(' ');
    s = await view.waitFor((x) => x.exportStatus.startsWith('Copied'));
    expect(s.exportStatus).toBe('Copied as Plain text, secrets hidden.');
    await close();
    await page.close();
  });

  test('accessibility (axe-core) in light and dark, with rows opened and lookup results shown; no horizontal scrolling', async () => {
    const page = await visit('/popup/subresources');
    await page.goto(`${site.origin}/cloudflare/chain`);
    const { view, popup, close } = await openToolbarPopup(browser, page);
    await view.waitFor((x) => x.chain.length === 3 && x.final !== undefined);
    await view.openRow('[data-testid="hop"]', 0);
    await view.lookup('499');
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      const violations = await view.axe();
      expect(violations, `${scheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    }
    const s = await view.snapshot();
    expect(s.scrollWidth).toBeLessThanOrEqual(s.clientWidth);
    // The older load, with its failing rows, checked too.
    await view.driver.select('[data-testid="load-picker"]', s.loads[1]!.value);
    await view.waitFor((x) => x.failing.length === 3);
    await view.openRow('[data-testid="failing"]', 2);
    expect(await view.axe()).toEqual([]);
    await close();
    await page.close();
  });

  test('screenshots of the popup on a chain page, light and dark', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const page = await visit('/popup/mixed/start');
    const { view, popup, close } = await openToolbarPopup(browser, page);
    await view.waitFor((x) => x.chain.length === 3 && x.final !== undefined);
    // The real popup: as wide as its content, at most 600 high, as the browser sized it.
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      await popup.page.screenshot({ path: join(SHOTS, `popup-chain-${scheme}.png`) });
    }
    const size = await popup.page.evaluate(() => ({
      width: document.body.getBoundingClientRect().width,
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(size.width).toBe(400);
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    await close();

    // The whole content at 400 px, popped out into a tab, with a hop and the lookup open.
    const inTab = await openPopupInTab(browser, await tabIdOf(browser, `${site.origin}/popup/mixed/end`));
    await inTab.view.waitFor((x) => x.chain.length === 3);
    await inTab.view.openRow('[data-testid="hop"]', 0);
    await inTab.view.lookup('499');
    await inTab.page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    for (const scheme of ['light', 'dark'] as const) {
      await inTab.page.emulateMedia({ colorScheme: scheme });
      await inTab.page.screenshot({ path: join(SHOTS, `popup-chain-full-${scheme}.png`), fullPage: true });
    }
    await inTab.page.close();
    await page.close();
  });
});
