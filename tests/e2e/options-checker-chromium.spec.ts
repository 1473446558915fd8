/**
 * The link checker's politeness settings on the options page, in Chromium: set there with the
 * keyboard, they are what the checker page shows and what its next run does on the wire (one request
 * at a time per host, the delay between starts, against local servers that record each request's
 * times); a change on either page shows at once on the other one open beside it; and the section is
 * usable by everyone (axe-core).
 */
import type { Page } from '@playwright/test';
import type { ReceivedRequest } from '../site/site-server';
import { startSite } from '../site/site-server';
import { expect, test } from './fixtures/site-test';
import { ChromiumChecker } from './pages/checker-chromium';
import { playwrightDriver, PopupView } from './pages/popup-view';

/** The most requests under way at one moment, from the server's own times. */
function peak(requests: readonly ReceivedRequest[]): number {
  return Math.max(0, ...requests.map((r) => requests.filter((o) => o.startedAt <= r.startedAt && (o.endedAt ?? Infinity) > r.startedAt).length));
}

/** The time between each request's start and the next one's, in the order the server saw them. */
function gaps(requests: readonly ReceivedRequest[]): number[] {
  const starts = requests.map((r) => r.startedAt).sort((a, b) => a - b);
  return starts.slice(1).map((start, i) => start - starts[i]!);
}

/** Replaces what the focused box holds with `value`, by keyboard alone. */
async function typeInFocused(page: Page, value: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(value);
}

test('per-host 1 and a delay set on the options page: the checker page shows them and its run keeps to them on the wire', async ({ site, chromium }) => {
  test.setTimeout(150_000);
  const other = await startSite();
  try {
    const browser = await chromium();
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
    const section = options.locator('[data-testid="options-checker"]');
    await expect(section.getByRole('heading', { name: 'Link checker' })).toBeVisible();
    // What the checker sends and when, said before its settings.
    await expect(section).toContainText('The link checker sends requests only when you ask');
    await expect(section).toContainText('Saved as you type, for the next check.');
    // Each box is named by its label (the same words as on the checker page) and shows the scheduler's bounds.
    const perHost = section.getByLabel('Requests at once to one host');
    await expect(perHost).toHaveValue('2');
    await expect(perHost).toHaveAttribute('min', '1');
    await expect(perHost).toHaveAttribute('max', '6');
    await expect(section.getByLabel('Give up on a request after')).toHaveValue('15');

    // By keyboard: into the first box, Tab to the next ones.
    await perHost.focus();
    await typeInFocused(options, '1');
    await options.keyboard.press('Tab');
    await expect(section.getByLabel('Requests at once in all')).toBeFocused();
    await options.keyboard.press('Tab');
    await expect(section.getByLabel('Delay between two requests to one host')).toBeFocused();
    await typeInFocused(options, '700');
    await options.keyboard.press('Tab');
    // Out of bounds is kept within them: leaving the box shows the bound.
    await section.getByLabel('Skip the rest of a host after this many failures in a row').fill('0');
    await section.getByLabel('Skip the rest of a host after this many failures in a row').blur();
    await expect(section.getByLabel('Skip the rest of a host after this many failures in a row')).toHaveValue('1');
    await section.getByLabel('Skip the rest of a host after this many failures in a row').fill('5');
    // Usable by everyone: no serious or critical axe-core finding on the page with the section filled in.
    expect(await new PopupView(playwrightDriver(options)).axe()).toEqual([]);

    // The options page's own link opens the checker, which shows what was saved there.
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), options.click('[data-testid="open-checker"]')]);
    await tab.waitForSelector('[data-testid="url-input"]');
    const checker = ChromiumChecker.wrap(tab);
    await expect(tab.locator('[data-testid="politeness-summary"]')).toHaveText(
      /^1 at once per host, 6 in all, 700 ms apart, 15 s timeout, a host skipped after 5 failures/,
    );
    await tab.click('[data-testid="politeness"] summary');
    await expect(tab.locator('[data-testid="politeness-perHost"]')).toHaveValue('1');
    await expect(tab.locator('[data-testid="politeness-delayMs"]')).toHaveValue('700');

    // The run: four slow pages (400 ms each) on each of two hosts.
    const list = [
      ...Array.from({ length: 4 }, (_, i) => `${site.origin}/checker/slow?opt=${i}`),
      ...Array.from({ length: 4 }, (_, i) => `${other.origin}/checker/slow?opt=${i}`),
    ];
    await checker.check(list);
    await checker.finished();
    const mine = (server: { received: ReceivedRequest[] }) => server.received.filter((r) => r.url.startsWith('/checker/slow?opt='));
    expect(mine(site)).toHaveLength(4);
    expect(mine(other)).toHaveLength(4);
    // Never two at once to one host (the default would be 2)...
    expect(peak(mine(site))).toBe(1);
    expect(peak(mine(other))).toBe(1);
    // ...while both hosts were asked at once: the per-host limit held, not the global one.
    expect(peak([...mine(site), ...mine(other)])).toBe(2);
    // The delay between starts to one host: 700 ms by the page's clock, seen by the server give or take the
    // network's jitter. Without it they would start as each 400 ms page ends, under 500 ms apart.
    const apart = [...gaps(mine(site)), ...gaps(mine(other))];
    for (const gap of apart) expect(gap, apart.join(', ')).toBeGreaterThanOrEqual(600);
    for (const row of await checker.rows()) expect(row).toMatchObject({ state: 'done', status: '200' });

    // Both pages open: a change on the checker page shows on the options page without a reload, and back.
    await tab.fill('[data-testid="politeness-perHost"]', '3');
    await tab.locator('[data-testid="politeness-perHost"]').blur();
    await expect(perHost).toHaveValue('3');
    await perHost.fill('2');
    await expect(tab.locator('[data-testid="politeness-perHost"]')).toHaveValue('2');
    await expect(tab.locator('[data-testid="politeness-summary"]')).toHaveText(/^2 at once per host, 6 in all, 700 ms apart/);
    // And it stays: a new options page reads it back.
    await options.reload();
    await expect(options.getByLabel('Requests at once to one host')).toHaveValue('2');
    await expect(options.getByLabel('Delay between two requests to one host')).toHaveValue('700');
  } finally {
    await other.close();
  }
});
