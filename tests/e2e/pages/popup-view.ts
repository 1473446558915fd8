/**
 * The popup as a person sees and uses it, whichever driver holds the page: the real Chromium toolbar
 * popup (Playwright over CDP), the popup page in a Chromium tab (Playwright), or the popup page in a
 * Firefox tab (puppeteer over WebDriver BiDi). Reads are scripts kept as source text (see
 * story-snapshot.ts for why); actions go through the driver as real input events.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page as PlaywrightPage } from '@playwright/test';
import type { Page as PuppeteerPage } from 'puppeteer-core';

export interface PopupDriver {
  evaluate<T>(script: string): Promise<T>;
  click(selector: string): Promise<void>;
  /** Replaces the field's text as typing would (input events). */
  fill(selector: string, text: string): Promise<void>;
  press(selector: string, key: string): Promise<void>;
  /** A key press wherever the focus is. */
  pressKey(key: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
}

export function playwrightDriver(page: PlaywrightPage): PopupDriver {
  return {
    evaluate: <T>(script: string) => page.evaluate<T>(script),
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.fill(selector, text),
    press: (selector, key) => page.press(selector, key),
    pressKey: (key) => page.keyboard.press(key),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
  };
}

export function puppeteerDriver(page: PuppeteerPage): PopupDriver {
  return {
    evaluate: <T>(script: string) => page.evaluate(script) as Promise<T>,
    click: (selector) => page.click(selector),
    fill: async (selector, text) => {
      await page.locator(selector).fill(text);
    },
    press: async (selector, key) => {
      await page.focus(selector);
      await page.keyboard.press(key as never);
    },
    pressKey: (key) => page.keyboard.press(key as never),
    select: async (selector, value) => {
      await page.select(selector, value);
    },
  };
}

interface HopSnapshot {
  number: string;
  code: string;
  phrase: string;
  url: string;
  host: string;
  tags: string[];
  who: string;
  flags: string[];
  findings: string[];
  classes: string;
}

export interface PopupSnapshot {
  final?: {
    code: string;
    phrase: string;
    summary: string;
    url: string;
    host: string;
    vendor: string;
    proofs: string[];
    source: string;
    classes: string;
    colour: string;
  };
  error?: { phrase: string; code: string; summary: string; url: string };
  notObserved?: { reason: string; text: string };
  empty?: { kind: string; text: string };
  chainTitle: string;
  chain: HopSnapshot[];
  findings: { kind: string; severity: string; title: string; where: string; message: string; advice: string }[];
  subresourcesTitle: string;
  counts: Record<string, number>;
  failingTitle: string;
  failing: { status: string; error: string; code: string; phrase: string; type: string; url: string }[];
  moreButton: string;
  lookupValue: string;
  lookupStatus: string;
  lookup: { code: string; origin: string; label: string; phrase: string; originName: string }[];
  exportStatus: string;
  loads: { value: string; label: string; selected: boolean }[];
  popOut: boolean;
  /** The "All requests in a tab" button is there. */
  allRequests: boolean;
  links: { href: string; target: string; rel: string; text: string }[];
  openDetails: string[];
  scrollWidth: number;
  clientWidth: number;
  bodyText: string;
  /** The registry chunk is in: entries' summaries and advice are shown (the page says `data-registry="ready"`). */
  registryReady: boolean;
}

/** Runs inside the page. */
const READ_POPUP_SCRIPT = `(() => {
  const clean = (s) => (s ?? '').replace(/\\s+/g, ' ').trim();
  const text = (root, selector) => clean(root?.querySelector(selector)?.textContent);
  const all = (root, selector) => [...(root ?? document).querySelectorAll(selector)];
  const final = document.querySelector('[data-testid="final"]');
  const error = document.querySelector('[data-testid="error"]');
  const notObserved = document.querySelector('[data-testid="not-observed"]');
  const empty = document.querySelector('[data-testid="empty"]');
  return {
    final: final ? {
      code: text(final, '.final-code'), phrase: text(final, '.final-phrase'), summary: text(final, '.final-summary'),
      url: text(final, '.final-url'), host: text(final, '.final-url .host'),
      vendor: text(final, '[data-testid="vendor-line"] .vendor-text'),
      proofs: all(final, '[data-testid="vendor-line"] .proof code').map((c) => clean(c.textContent)),
      source: text(final, '[data-testid="source"]'), classes: final.className,
      colour: getComputedStyle(final.querySelector('.final-code')).color,
    } : undefined,
    error: error ? { phrase: text(error, '.final-phrase'), code: text(error, '.final-error-code'), summary: text(error, '.final-summary'), url: text(error, '.final-url') } : undefined,
    notObserved: notObserved ? { reason: notObserved.dataset.reason ?? '', text: clean(notObserved.textContent) } : undefined,
    empty: empty ? { kind: empty.dataset.kind ?? '', text: clean(empty.textContent) } : undefined,
    chainTitle: text(document, '.chain-title'),
    chain: all(document, '[data-testid="hop"]').map((hop) => ({
      number: text(hop, '.hop-index'), code: text(hop, '.hop-code'), phrase: text(hop, '.hop-phrase'),
      url: text(hop, '.hop-url'), host: text(hop, '.hop-url .host'),
      tags: all(hop, '[data-testid="hop-tag"]').map((t) => clean(t.textContent)),
      who: text(hop, '.who-text'), flags: all(hop, '.hop-who .flag').map((f) => clean(f.textContent)),
      findings: (hop.dataset.findings ?? '').split(' ').filter(Boolean), classes: hop.className,
    })),
    findings: all(document, '[data-testid="finding"]').map((f) => ({
      kind: f.dataset.kind ?? '', severity: f.dataset.severity ?? '', title: text(f, '.finding-title strong'),
      where: text(f, '.finding-where'), message: text(f, '.finding-message'), advice: text(f, '.finding-advice'),
    })),
    subresourcesTitle: text(document, '#subresources-title'),
    counts: Object.fromEntries(all(document, '[data-testid="count"]').map((c) => [c.dataset.kind, Number(text(c, '.count-n').replace(/\\D/g, ''))])),
    failingTitle: text(document, '#failing-title'),
    failing: all(document, '[data-testid="failing"]').map((r) => ({
      status: r.dataset.status ?? '', error: r.dataset.error ?? '', code: text(r, '.sub-code'), phrase: text(r, '.sub-phrase'),
      type: text(r, '.sub-type'), url: text(r, '.sub-url'),
    })),
    moreButton: text(document, '.more-button'),
    lookupValue: document.querySelector('[data-testid="lookup-input"]')?.value ?? '',
    lookupStatus: text(document, '[data-testid="lookup-status"]'),
    lookup: all(document, '[data-testid="lookup-result"]').map((r) => ({
      code: r.dataset.code ?? '', origin: r.dataset.origin ?? '', label: text(r, '.lookup-code'), phrase: text(r, '.lookup-phrase'),
      originName: text(r, '.lookup-origin'),
    })),
    exportStatus: text(document, '[data-testid="export-status"]'),
    loads: all(document, '[data-testid="load-picker"] option').map((o) => ({ value: o.value, label: clean(o.textContent), selected: o.selected })),
    popOut: document.querySelector('[data-testid="pop-out"]') !== null,
    allRequests: document.querySelector('[data-testid="all-requests"]') !== null,
    links: all(document, 'a[href]').map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target') ?? '', rel: a.getAttribute('rel') ?? '', text: clean(a.textContent) })),
    openDetails: all(document, 'details[open] > summary').map((s) => clean(s.textContent)),
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
    bodyText: clean(document.body.innerText),
    registryReady: document.documentElement.dataset.registry === 'ready',
  };
})()`;

const HOOK_COPY_SCRIPT = `(() => {
  if (!window.__siCopies) {
    window.__siCopies = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText.bind(clipboard);
    // Records what the popup copies, then lets the real clipboard have it.
    clipboard.writeText = (text) => { window.__siCopies.push(text); return original(text); };
  }
  return window.__siCopies.length;
})()`;

const HOOK_DOWNLOAD_SCRIPT = `(() => {
  if (!window.__siDownloads) {
    window.__siDownloads = [];
    // Records the file the popup offers instead of letting the browser save it.
    HTMLAnchorElement.prototype.click = function () { if (this.download) window.__siDownloads.push({ name: this.download, href: this.href }); };
  }
  return window.__siDownloads.length;
})()`;

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export class PopupView {
  constructor(readonly driver: PopupDriver) {}

  snapshot(): Promise<PopupSnapshot> {
    return this.driver.evaluate<PopupSnapshot>(READ_POPUP_SCRIPT);
  }

  /** Polls until `ready` (the popup updates live) or the time is up; returns the last snapshot either way. */
  async waitFor(ready: (s: PopupSnapshot) => boolean, timeoutMs = 10_000): Promise<PopupSnapshot> {
    const deadline = Date.now() + timeoutMs;
    let last = await this.snapshot();
    while (!ready(last) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      last = await this.snapshot();
    }
    return last;
  }

  /** Types into the lookup box and waits for its answer. */
  async lookup(query: string): Promise<PopupSnapshot> {
    await this.driver.fill('[data-testid="lookup-input"]', query);
    return this.waitFor((s) => s.lookupValue === query && s.lookupStatus.includes(`“${query.trim()}”`));
  }

  /** Opens the `<details>` of the n-th element matching `rowSelector` with a click on its summary. */
  async openRow(rowSelector: string, index = 0): Promise<void> {
    const selector = `${rowSelector}:nth-of-type(${index + 1}) > details > summary`;
    await this.driver.click(selector);
  }

  /**
   * The text of the n-th matching row's opened details. Their body is built after the toggle event
   * and fills in when the registry chunk arrives (the page then says `data-registry="ready"`), so this
   * waits until both have happened and the text has settled.
   */
  async rowDetails(rowSelector: string, index = 0, timeoutMs = 5_000): Promise<string> {
    const read = () =>
      this.driver.evaluate<string | null>(
        `document.documentElement.dataset.registry !== 'ready' ? null : (document.querySelectorAll(${JSON.stringify(rowSelector)})[${index}]?.querySelector('details[open] > .more')?.textContent ?? '').replace(/\\s+/g, ' ').trim()`,
      );
    const deadline = Date.now() + timeoutMs;
    let last = await read();
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      const now = await read();
      if ((now !== null && now !== '' && now === last) || Date.now() > deadline) return now ?? '';
      last = now;
    }
  }

  /** Picks a format and the redaction box, presses Copy, and returns what reached the clipboard. */
  async copyExport(format: string, redact = true): Promise<string> {
    const before = await this.driver.evaluate<number>(HOOK_COPY_SCRIPT);
    await this.setExportOptions(format, redact);
    await this.driver.click('[data-testid="export-copy"]');
    const done = await this.waitFor((s) => s.exportStatus.startsWith('Copied') || s.exportStatus.startsWith('Could not'));
    if (!done.exportStatus.startsWith('Copied')) throw new Error(`copy failed: ${done.exportStatus}`);
    const copies = await this.driver.evaluate<string[]>('window.__siCopies');
    if (copies.length <= before) throw new Error('the popup did not use the clipboard');
    return copies.at(-1) ?? '';
  }

  /** Presses "Save as file" with the anchor's click recorded instead of downloaded; returns name and content. */
  async saveExportRecorded(format: string, redact = true): Promise<{ name: string; text: string }> {
    const before = await this.driver.evaluate<number>(HOOK_DOWNLOAD_SCRIPT);
    await this.setExportOptions(format, redact);
    await this.driver.click('[data-testid="export-save"]');
    await this.waitFor((s) => s.exportStatus.startsWith('Saved') || s.exportStatus.startsWith('Could not'));
    return this.driver.evaluate<{ name: string; text: string }>(`(async () => {
      const list = window.__siDownloads;
      if (list.length <= ${before}) throw new Error('nothing was offered for download');
      const last = list[list.length - 1];
      return { name: last.name, text: await (await fetch(last.href)).text() };
    })()`);
  }

  async setExportOptions(format: string, redact: boolean): Promise<void> {
    await this.driver.select('[data-testid="export-format"]', format);
    const checked = await this.driver.evaluate<boolean>(`document.querySelector('[data-testid="export-redact"]').checked`);
    if (checked !== redact) await this.driver.click('[data-testid="export-redact"]');
  }

  /** axe-core's violations of the given impacts on the page as it is now. */
  async axe(impacts: readonly string[] = ['serious', 'critical']): Promise<AxeViolation[]> {
    const loaded = await this.driver.evaluate<boolean>('typeof window.axe === "object"');
    if (!loaded) await this.driver.evaluate<unknown>(`(() => { ${AXE_SOURCE}\n; return true; })()`);
    const violations = await this.driver.evaluate<AxeViolation[]>(`(async () => {
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
    })()`);
    return violations.filter((v) => v.impact !== null && impacts.includes(v.impact));
  }

  /** Where the focus is: the element's test id, role and accessible text, and whether a focus ring shows. */
  focused(): Promise<{ testid: string; tag: string; text: string; outline: string }> {
    return this.driver.evaluate(`(() => {
      const el = document.activeElement;
      const style = el ? getComputedStyle(el) : undefined;
      return {
        testid: el?.dataset?.testid ?? '', tag: el?.tagName.toLowerCase() ?? '',
        text: (el?.getAttribute('aria-label') ?? el?.textContent ?? '').replace(/\\s+/g, ' ').trim().slice(0, 80),
        outline: style ? style.outlineStyle + ' ' + style.outlineWidth : '',
      };
    })()`);
  }
}
