/**
 * The request table and details pane of the DevTools panel and of "All requests in a tab" (the same
 * table), whichever driver holds the page: a raw CDP session to the panel inside a real DevTools
 * window (Chromium), Playwright or puppeteer for the page in a tab. Reads and actions are scripts
 * kept as source text (see story-snapshot.ts for why). Keys go through the driver as real key events
 * where it can send them.
 */

export interface PanelDriver {
  evaluate<T>(script: string): Promise<T>;
  /** A real key press in the panel page, wherever its focus is. */
  pressKey(key: string): Promise<void>;
}

export interface PanelLine {
  testid: 'request-row' | 'chain-group' | 'load-group';
  kind: string;
  status: string;
  url: string;
  selected: boolean;
  expanded: string | null;
  /** The cells' text, by column class without the `cell-` prefix (status, phrase, method, type, url, vendor, source, start, duration). */
  cells: Record<string, string>;
  /** Severity classes of findings (finding-error, finding-warning). */
  classes: string;
}

interface PanelDetails {
  code: string;
  subcode: string;
  phrase: string;
  fromBody: string;
  reason: string;
  explanation: string;
  headers: { name: string; value: string; vendor: boolean }[];
  facts: Record<string, string>;
  /** How much of DevTools' record has reached the pane: 'none', its 'entry', or the 'body' it read too. */
  devtoolsLog: string;
  specLinks: { href: string; target: string; rel: string; text: string }[];
  text: string;
}

/** The number in the panel's count line as English writes it ('1,045 requests'); 0 when there is none. */
export function requestCount(countText: string): number {
  return Number(/([\d,]+) requests?$/.exec(countText.trim())?.[1]?.replace(/,/g, '') ?? 0);
}

export interface PanelSnapshot {
  count: string;
  harNote: string;
  /** Every line element in the DOM: with virtualisation, only those near the viewport. */
  lines: PanelLine[];
  /** How many lines the table has in all (aria-rowcount minus the header row). */
  totalLines: number;
  empty: string;
  details?: PanelDetails;
  /** Text anywhere in the panel that came from markup injected by a response (should never exist). */
  injected: number;
}

const READ_PANEL_SCRIPT = `(() => {
  const text = (root, selector) => root?.querySelector(selector)?.textContent?.trim() ?? '';
  const table = document.querySelector('[data-testid="request-table"]');
  const lines = [...document.querySelectorAll('[data-testid="request-row"], [data-testid="chain-group"], [data-testid="load-group"]')].map((el) => {
    const cells = {};
    for (const cell of el.querySelectorAll('[role="gridcell"]')) {
      const name = [...cell.classList].find((c) => c.startsWith('cell-'));
      if (name) cells[name.slice(5)] = cell.textContent.trim();
    }
    return {
      testid: el.dataset.testid, kind: el.dataset.kind ?? '', status: el.dataset.status ?? '', url: el.dataset.url ?? '',
      selected: el.getAttribute('aria-selected') === 'true', expanded: el.getAttribute('aria-expanded'), cells, classes: el.className,
    };
  });
  const pane = document.querySelector('[data-testid="details-pane"]');
  let details;
  if (pane) {
    const facts = {};
    for (const dt of pane.querySelectorAll('.detail-facts dt')) facts[dt.textContent.trim()] = dt.nextElementSibling?.textContent?.trim() ?? '';
    details = {
      code: text(pane, '[data-testid="detail-code"]'),
      subcode: text(pane, '[data-testid="detail-subcode"]'),
      phrase: text(pane, '[data-testid="detail-phrase"]'),
      fromBody: text(pane, '[data-testid="detail-from-body"]'),
      reason: text(pane, '[data-testid="detail-reason"]'),
      explanation: text(pane, '[data-testid="detail-explanation"]'),
      headers: [...pane.querySelectorAll('[data-testid="headers"] tr')].map((tr) => ({
        name: text(tr, 'th'), value: tr.querySelector('td')?.firstChild?.textContent ?? '', vendor: tr.dataset.vendor === 'true',
      })),
      facts,
      devtoolsLog: pane.querySelector('[data-testid="details"]')?.dataset.devtoolsLog ?? '',
      specLinks: [...pane.querySelectorAll('.detail-spec a')].map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel'), text: a.textContent })),
      text: pane.textContent,
    };
  }
  return {
    count: text(document, '[data-testid="row-count"]'),
    harNote: text(document, '[data-testid="har-note"]'),
    lines,
    totalLines: Number(table?.getAttribute('aria-rowcount') ?? 1) - 1,
    empty: text(document, '[data-testid="table-empty"]'),
    details,
    injected: document.querySelectorAll('#injected, #injected-server, script[data-injected]').length,
  };
})()`;

/** Runs `body` with the element found by `selector`; throws in the page when it is missing. */
function withElement(selector: string, body: string): string {
  return `(() => { const el = document.querySelector(${JSON.stringify(selector)}); if (!el) throw new Error('missing ' + ${JSON.stringify(selector)}); ${body} })()`;
}

export class PanelTable {
  constructor(private readonly driver: PanelDriver) {}

  read(): Promise<PanelSnapshot> {
    return this.driver.evaluate<PanelSnapshot>(READ_PANEL_SCRIPT);
  }

  /** Polls until the panel shows what `ready` wants, or returns the last snapshot. */
  async waitFor(ready: (s: PanelSnapshot) => boolean, timeoutMs = 10_000): Promise<PanelSnapshot> {
    const deadline = Date.now() + timeoutMs;
    let last = await this.read();
    while (!ready(last) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      last = await this.read();
    }
    return last;
  }

  /** Types into the filter box (the input event Preact listens to). */
  async filterText(text: string): Promise<void> {
    await this.driver.evaluate(
      withElement(
        '[data-testid="filter-text"]',
        `el.focus(); el.value = ${JSON.stringify(text)}; el.dispatchEvent(new Event('input', { bubbles: true })); return true;`,
      ),
    );
  }

  /** Turns one status-class chip on or off ('1xx' … '5xx', 'failed'). */
  async toggleClass(key: string): Promise<void> {
    await this.click(`[data-testid="class-${key}"]`);
  }

  async typeFilter(category: string): Promise<void> {
    await this.driver.evaluate(
      withElement(
        '[data-testid="filter-type"]',
        `el.value = ${JSON.stringify(category)}; el.dispatchEvent(new Event('change', { bubbles: true })); return true;`,
      ),
    );
  }

  async click(selector: string): Promise<void> {
    await this.driver.evaluate(withElement(selector, 'el.click(); return true;'));
  }

  /**
   * Clicks the line whose data-url is `url` (testid request-row or chain-group), scrolling the table
   * until it is rendered. Rows can move while it scrolls (a Chromium row takes its place when DevTools'
   * log gives its start), so on reaching the end it starts again from the top, until `timeoutMs`.
   */
  async clickLine(url: string, testid: 'request-row' | 'chain-group' = 'request-row', timeoutMs = 15_000): Promise<void> {
    const selector = `[data-testid="${testid}"][data-url=${JSON.stringify(url)}]`;
    const deadline = Date.now() + timeoutMs;
    let fromTop = true;
    while (Date.now() < deadline) {
      const found: boolean | 'end' = await this.driver.evaluate<boolean | 'end'>(`(() => {
        const el = document.querySelector(${JSON.stringify(selector)});
        if (el) { el.click(); return true; }
        const table = document.querySelector('[data-testid="request-table"]');
        if (${String(fromTop)}) { table.scrollTop = 0; return false; }
        if (table.scrollTop + table.clientHeight >= table.scrollHeight) return 'end';
        table.scrollTop = table.scrollTop + table.clientHeight / 2;
        return false;
      })()`);
      if (found === true) return;
      fromTop = found === 'end';
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error(`no ${testid} for ${url} in the table`);
  }

  /** Focuses the table and presses a key there. */
  async press(key: string): Promise<void> {
    await this.driver.evaluate(withElement('[data-testid="request-table"]', 'el.focus(); return true;'));
    await this.driver.pressKey(key);
  }
}
