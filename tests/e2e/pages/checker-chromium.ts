/**
 * The link checker page in Chromium: opened at its address in a tab (as the popup's button and the
 * options page's link open it), fed a pasted list, and read row by row.
 */
import type { Page } from '@playwright/test';
import type { ChromiumWithExtension } from '../fixtures/chromium-extension';

export interface CheckerRow {
  url: string;
  state: string;
  status: string;
  hops: string;
  meaning: string;
  vendor: string;
  findings: string;
  ip: string;
}

export function checkerUrl(browser: ChromiumWithExtension): string {
  return `chrome-extension://${browser.extensionId}/src/checker/checker.html`;
}

export class ChromiumChecker {
  private constructor(readonly page: Page) {}

  static async open(browser: ChromiumWithExtension, page?: Page): Promise<ChromiumChecker> {
    const tab = page ?? (await browser.context.newPage());
    await tab.goto(checkerUrl(browser));
    await tab.waitForSelector('[data-testid="url-input"]');
    return new ChromiumChecker(tab);
  }

  static wrap(page: Page): ChromiumChecker {
    return new ChromiumChecker(page);
  }

  /** Pastes the list, chooses the profile, and presses Check. */
  async check(urls: readonly string[], options: { profile?: string; method?: 'GET' | 'HEAD' } = {}): Promise<void> {
    await this.page.fill('[data-testid="url-input"]', urls.join('\n'));
    if (options.profile !== undefined) await this.page.selectOption('[data-testid="profile"]', options.profile);
    if (options.method !== undefined) await this.page.selectOption('[data-testid="method"]', options.method);
    await this.page.click('[data-testid="check"]');
  }

  /** Waits until the run says it is done. */
  async finished(timeoutMs = 60_000): Promise<void> {
    // A problem (a refused permission, an empty list) ends the wait at once, with what the page said.
    const done = await this.page.waitForSelector('[data-testid="progress"][data-state="finished"], [data-testid="problem"]', { timeout: timeoutMs });
    if ((await done.getAttribute('data-testid')) === 'problem') throw new Error(`the checker said: ${(await done.textContent()) ?? ''}`);
  }

  /**
   * Every result row. The table draws only the rows in view, so a long list is read by scrolling its box
   * from top to bottom, a view at a time, each row kept once by its URL.
   */
  async rows(): Promise<CheckerRow[]> {
    const scroller = this.page.locator('[data-testid="results-scroll"]');
    if ((await scroller.count()) === 0) return this.drawnRows();
    const seen = new Map<string, CheckerRow>();
    await scroller.evaluate((el) => el.scrollTo(0, 0));
    for (;;) {
      // The table redraws on the next frame after a scroll: read once it has.
      await this.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      for (const row of await this.drawnRows()) if (!seen.has(row.url)) seen.set(row.url, row);
      const atEnd = await scroller.evaluate((el) => {
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) return true;
        el.scrollBy(0, Math.max(1, el.clientHeight - 40));
        return false;
      });
      if (atEnd) break;
    }
    await scroller.evaluate((el) => el.scrollTo(0, 0));
    return [...seen.values()];
  }

  /** The rows the table has drawn: those in view and a few around them. */
  async drawnRows(): Promise<CheckerRow[]> {
    return this.page.$$eval('[data-testid="result-row"]', (rows) =>
      rows.map((row) => {
        const cell = (id: string): string => row.querySelector(`[data-testid="${id}"]`)?.textContent.trim() ?? '';
        const data = (row as HTMLElement).dataset;
        return {
          url: data['url'] ?? '',
          state: data['state'] ?? '',
          status: data['status'] ?? '',
          hops: data['hops'] ?? '',
          meaning: cell('meaning'),
          vendor: cell('vendor'),
          findings: cell('findings'),
          ip: cell('ip'),
        };
      }),
    );
  }

  /** One result row: among those drawn, else found by scrolling through the table. */
  async row(url: string): Promise<CheckerRow> {
    const found = (await this.drawnRows()).find((r) => r.url === url) ?? (await this.rows()).find((r) => r.url === url);
    if (found === undefined) throw new Error(`no result row for ${url}`);
    return found;
  }

  /** The refused lines, as `line: reason`. */
  async refused(): Promise<string[]> {
    return this.page.$$eval('[data-testid="refused-line"]', (items) => items.map((li) => li.textContent.trim()));
  }

  async progressLine(): Promise<string> {
    return (await this.page.textContent('[data-testid="progress-line"]'))?.trim() ?? '';
  }
}
