/**
 * The link checker's results in Chromium (issue 15), against the local site: the filters, the search
 * and the sort narrow and order the rows the page really drew; a row opens on its chain hop by hop
 * with each hop's explanation and who answered; each export, downloaded from the page as a person
 * saves it, holds the expected rows with the secrets redacted; a long list draws only the rows in view.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { freePort } from './fixtures/free-port';
import { expect, test } from './fixtures/site-test';
import { ChromiumChecker } from './pages/checker-chromium';
import { playwrightDriver, PopupView } from './pages/popup-view';

/** The URLs of the rows drawn, in the table's order. */
async function shownUrls(checker: ChromiumChecker): Promise<string[]> {
  return (await checker.rows()).map((r) => r.url);
}

/** Presses one export button and reads the file the browser saved. */
async function download(page: Page, format: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="export-${format}"]`)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test('filters, search and sort narrow the rows; a row opens on its hops with their explanations and who answered', async ({ site, chromium }) => {
  test.setTimeout(120_000);
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const port = new URL(site.origin).port;
  const closedPort = await freePort();
  const urls = {
    ok: `${site.origin}/ok`,
    moved: `${site.origin}/checker/moved`,
    gone: `${site.origin}/checker/gone`,
    loop: `${site.origin}/loop/a`,
    chain: `${site.origin}/capture/chain`,
    otherHost: `http://localhost:${port}/checker/moved`,
    closed: `http://127.0.0.1:${closedPort}/nothing-here`,
  };
  await checker.check(Object.values(urls));
  await checker.finished();
  expect(await shownUrls(checker)).toEqual(Object.values(urls));
  const page = checker.page;

  await page.selectOption('[data-testid="filter-kind"]', 'broken');
  expect(await shownUrls(checker)).toEqual([urls.gone, urls.loop, urls.closed]);
  await expect(page.locator('[data-testid="shown-count"]')).toHaveText('3 of 7 URLs match');
  await page.selectOption('[data-testid="filter-kind"]', 'redirected');
  expect(await shownUrls(checker)).toEqual([urls.moved, urls.gone, urls.loop, urls.chain, urls.otherHost]);
  await page.selectOption('[data-testid="filter-kind"]', 'multi-hop');
  expect(await shownUrls(checker)).toEqual([urls.loop, urls.chain]);
  await page.selectOption('[data-testid="filter-kind"]', 'findings');
  const withFindings = await checker.rows();
  expect(withFindings.map((r) => r.url)).toEqual([urls.gone, urls.loop, urls.chain, urls.closed]);
  for (const row of withFindings) expect(row.findings).not.toBe('');

  // The host filter, then the search: each narrows what the others left.
  await page.selectOption('[data-testid="filter-kind"]', 'all');
  await page.selectOption('[data-testid="filter-host"]', `localhost:${port}`);
  expect(await shownUrls(checker)).toEqual([urls.otherHost]);
  await page.selectOption('[data-testid="filter-host"]', '');
  await page.fill('[data-testid="filter-text"]', 'CHECKER/');
  expect(await shownUrls(checker)).toEqual([urls.moved, urls.gone, urls.otherHost]);
  // The search reads every URL of the chain: /checker/gone went on to /missing.
  await page.fill('[data-testid="filter-text"]', '/missing');
  expect(await shownUrls(checker)).toEqual([urls.gone]);
  await page.fill('[data-testid="filter-text"]', '');

  // By status: 200s first, then 404, then the two with no response at all (never an invented code), in list order.
  await page.selectOption('[data-testid="sort"]', 'status');
  expect((await checker.rows()).map((r) => r.status)).toEqual(['200', '200', '200', '200', '404', '', '']);
  expect((await shownUrls(checker)).slice(-2)).toEqual([urls.loop, urls.closed]);
  await page.selectOption('[data-testid="sort"]', 'hops');
  expect((await shownUrls(checker)).slice(0, 2)).toEqual([urls.loop, urls.chain]);
  await page.selectOption('[data-testid="sort"]', 'list');

  // Details: the chain hop by hop, each with its code, its explanation and who answered.
  const moved = page.locator(`[data-testid="result-row"][data-url="${urls.moved}"]`);
  await moved.locator('[data-testid="row-details"]').click();
  await expect(moved.locator('[data-testid="row-details"]')).toHaveAttribute('aria-expanded', 'true');
  const movedDetails = page.locator('[data-testid="result-details"]');
  await expect(movedDetails).toHaveCount(1);
  const hops = movedDetails.locator('[data-testid="hop"]');
  await expect(hops).toHaveCount(2);
  await expect(hops.nth(0)).toHaveAttribute('data-status', '301');
  await expect(hops.nth(0).locator('[data-testid="hop-phrase"]')).toHaveText(/Moved Permanently/);
  await expect(hops.nth(0).locator('[data-testid="hop-explanation"]')).toHaveText(/moved for good/);
  await expect(hops.nth(0).locator('[data-testid="hop-who"]')).toHaveText(/answered by nginx/);
  await expect(hops.nth(1)).toHaveAttribute('data-status', '200');
  await expect(hops.nth(1).locator('[data-testid="hop-explanation"]')).not.toBeEmpty();
  await moved.locator('[data-testid="row-details"]').click();
  await expect(page.locator('[data-testid="result-details"]')).toHaveCount(0);

  // The chain's findings, with their advice, and its hops' codes.
  const chain = page.locator(`[data-testid="result-row"][data-url="${urls.chain}"]`);
  await chain.locator('[data-testid="row-details"]').click();
  const chainDetails = page.locator('[data-testid="result-details"]');
  await expect(chainDetails.locator('[data-testid="hop"]')).toHaveCount(6);
  expect(await chainDetails.locator('[data-testid="hop"]').evaluateAll((li) => li.map((l) => l.getAttribute('data-status')))).toEqual([
    '301',
    '302',
    '303',
    '307',
    '308',
    '200',
  ]);
  await expect(chainDetails.locator('[data-testid="finding"]').first()).toBeVisible();
  // Usable by everyone with a row open: no serious or critical axe-core finding.
  expect(await new PopupView(playwrightDriver(page)).axe()).toEqual([]);
  await chain.locator('[data-testid="row-details"]').click();

  // A failure explained: no response, the browser's error and what it means.
  const closed = page.locator(`[data-testid="result-row"][data-url="${urls.closed}"]`);
  await closed.locator('[data-testid="row-details"]').click();
  const closedDetails = page.locator('[data-testid="result-details"]');
  await expect(closedDetails.locator('[data-testid="no-response"]')).toHaveText(/No final response.*refused/i);
  await expect(closedDetails.locator('[data-testid="hop"]')).toContainText('net::ERR_CONNECTION_REFUSED');
  await expect(closedDetails.locator('[data-testid="hop-explanation"]')).not.toBeEmpty();
});

test('each export, saved from the page, holds the rows with secrets redacted, and keeps them only when the box is unticked', async ({ site, chromium }) => {
  test.setTimeout(120_000);
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const secret = `${site.origin}/popup/secret/start?token=secret123&sessionid=sid-777`;
  // The list reader keeps it as the browser writes it (quotes and angle brackets percent-encoded, the rest as is).
  const hostile = `${site.origin}/ok?q==HYPERLINK("x")|<img/src=x/onerror=alert(1)>`;
  const urls = [`${site.origin}/checker/moved`, `${site.origin}/checker/gone`, secret, hostile];
  await checker.check(urls);
  await checker.finished();
  const page = checker.page;

  const csv = await download(page, 'csv');
  expect(csv.name).toMatch(/^status-inspector-check-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.csv$/);
  const csvLines = csv.text.split('\r\n');
  expect(csvLines).toHaveLength(urls.length + 2);
  expect(csvLines[0]).toMatch(/^Line,URL,Final status,Meaning,/);
  expect(csvLines[1]).toMatch(new RegExp(`^1,${site.origin}/checker/moved,200,OK,${site.origin}/ok,301 → 200,1,`));
  expect(csvLines[2]).toMatch(/^2,.*\/checker\/gone,404,Not Found,.*302 → 404,1,/);
  expect(csvLines[3]).toContain('token=[redacted]&sessionid=[redacted]');

  const tsv = await download(page, 'tsv');
  expect(tsv.name).toMatch(/\.tsv$/);
  const tsvRows = tsv.text
    .split('\n')
    .slice(0, -1)
    .map((l) => l.split('\t'));
  expect(tsvRows.map((r) => r[5])).toEqual(['Hops', '301 → 200', '302 → 404', '302 → 200', '200']);
  for (const row of tsvRows) expect(row).toHaveLength(tsvRows[0]!.length);

  const json = await download(page, 'json');
  expect(json.name).toMatch(/\.json$/);
  const parsed = JSON.parse(json.text) as {
    format: string;
    redacted: boolean;
    results: { url: string; finalStatus: number | null; chain: { statusCode: number; phrase: string }[] }[];
  };
  expect(parsed).toMatchObject({ format: 'status-inspector-check/1', redacted: true });
  expect(parsed.results.map((r) => r.finalStatus)).toEqual([200, 404, 200, 200]);
  expect(parsed.results[0]?.chain.map((h) => [h.statusCode, h.phrase])).toEqual([
    [301, 'Moved Permanently'],
    [200, 'OK'],
  ]);
  expect(parsed.results[3]?.url).toBe(new URL(hostile).href);

  const md = await download(page, 'markdown');
  expect(md.name).toMatch(/\.md$/);
  expect(md.text).toMatch(/^# Status Inspector link check\n/);
  expect(md.text.split('\n').filter((l) => l.startsWith('| '))).toHaveLength(urls.length + 1);
  expect(md.text).not.toContain('<img');

  // Every format: no secret of the URLs, no cookie the site set.
  for (const file of [csv, tsv, json, md]) {
    for (const leaked of ['secret123', 'sid-777', 'cookie-secret']) expect(file.text, `${file.name} holds ${leaked}`).not.toContain(leaked);
    expect(file.text).toContain('[redacted]');
  }
  // A formula stays text in the spreadsheet formats.
  expect(csv.text).not.toMatch(/[,\t]=HYPERLINK/);

  // Unticked, the person gets what they asked for.
  await page.uncheck('[data-testid="export-redact"]');
  const open = await download(page, 'json');
  expect(JSON.parse(open.text)).toMatchObject({ redacted: false });
  expect(open.text).toContain('token=secret123');
});

test('a long list draws only the rows in view, and scrolling brings the later ones', async ({ site, chromium }) => {
  test.setTimeout(120_000);
  const browser = await chromium();
  const checker = await ChromiumChecker.open(browser);
  const n = 120;
  await checker.page.fill('[data-testid="url-input"]', Array.from({ length: n }, (_, i) => `${site.origin}/ok?row=${i}`).join('\n'));
  // HEAD: a row is a row; the page need not be read.
  await checker.page.selectOption('[data-testid="method"]', 'HEAD');
  await checker.page.click('[data-testid="check"]');
  await checker.finished(110_000);
  const page = checker.page;
  await expect(page.locator('[data-testid="results"]')).toHaveAttribute('aria-rowcount', String(n + 1));
  const drawn = await checker.drawnRows();
  expect(drawn.length).toBeGreaterThan(10);
  expect(drawn.length).toBeLessThan(100);
  expect(drawn[0]?.url).toBe(`${site.origin}/ok?row=0`);
  await expect(page.locator('[data-testid="result-row"]').first()).toHaveAttribute('aria-rowindex', '2');
  await page.locator('[data-testid="results-scroll"]').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(page.locator(`[data-testid="result-row"][data-url="${site.origin}/ok?row=${n - 1}"]`)).toHaveAttribute('aria-rowindex', String(n + 1));
  expect(await page.locator(`[data-testid="result-row"][data-url="${site.origin}/ok?row=0"]`).count()).toBe(0);
  expect((await checker.drawnRows()).length).toBeLessThan(100);
  // Every row was checked, though few are drawn: the export holds them all.
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-csv"]')]);
  const text = await readFile(await file.path(), 'utf8');
  expect(text.split('\r\n').filter((l) => /^\d+,.*,200,/.test(l))).toHaveLength(n);
});
